import type { Handlers } from '../../../shared/contract';
import type { DocxBlock } from '../../../shared/contract/documents';
import { normaliseWhitespace } from '../../../shared/documents/text';
import { appError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { anchorFromSelection, resolveAnchors } from './anchors';
import { extractDocx } from './docx-text';
import { documentContent, documentUnits, getDocument } from './repository';
import { searchUnits } from './search';

/** A DOCX's blocks take mammoth ~1 s to compute; the content of a hash never changes, so keep a few. */
const DOCX_CACHE_SIZE = 4;

export function documentHandlers(ctx: CoreContext) {
  const docxBlocks = new Map<string, DocxBlock[]>();
  const blocksOf = async (sha256: string) => {
    const document = getDocument(ctx.store.db, sha256);
    if (document.format !== 'docx') throw appError('document-not-docx');
    let blocks = docxBlocks.get(sha256);
    if (!blocks) {
      blocks = (await extractDocx(documentContent(ctx.store.db, sha256), document.fileName)).blocks;
      docxBlocks.set(sha256, blocks);
      if (docxBlocks.size > DOCX_CACHE_SIZE) docxBlocks.delete(docxBlocks.keys().next().value!);
    }
    return blocks;
  };
  return {
    'document:bytes': ({ sha256 }) => ({ base64: documentContent(ctx.store.db, sha256).toString('base64') }),
    'document:docx-blocks': ({ sha256 }) => blocksOf(sha256),
    'document:text': ({ sha256 }) => documentUnits(ctx.store.db, sha256).map((u) => ({ unit: u.number, text: u.text })),
    'document:search': ({ sha256, query }) => {
      const db = ctx.store.db;
      const document = getDocument(db, sha256);
      const hits = searchUnits(db, { sql: 'u.document_sha256 = ?', params: [sha256] }, query).get(sha256) ?? [];
      return {
        query: normaliseWhitespace(query),
        hits,
        total: hits.reduce((sum, hit) => sum + hit.count, 0),
        unsearchable: document.pagesWithoutText,
      };
    },
    'document:anchor': (input) => anchorFromSelection(ctx.store.db, input),
    'document:resolve-anchors': ({ anchors, inDocument }) => resolveAnchors(ctx.store.db, anchors, inDocument),
  } satisfies Partial<Handlers>;
}
