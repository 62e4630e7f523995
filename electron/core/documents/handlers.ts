import type { Handlers } from '../../../shared/contract';
import type { DocxBlock, RoundSearchDocument } from '../../../shared/contract/documents';
import { normaliseWhitespace } from '../../../shared/documents/text';
import { appError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { anchorFromSelection, resolveAnchors } from './anchors';
import { extractDocx } from './docx-text';
import { importDocumentFile } from './import-file';
import { documentContent, documentUnits, getDocument, isExampleMaterial, listDocuments } from './repository';
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
    'document:import': ({ fileId }) => importDocumentFile(ctx, fileId),
    'document:list': () => listDocuments(ctx.store.db),
    'document:open': ({ sha256 }) => {
      const db = ctx.store.db;
      return {
        ...getDocument(db, sha256),
        units: documentUnits(db, sha256).map((unit) => ({ number: unit.number, hasText: unit.hasText })),
        exampleMaterial: isExampleMaterial(db, sha256),
      };
    },
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
    'document:search-round': ({ roundId, query }) => {
      const db = ctx.store.db;
      const round = db.prepare('SELECT title FROM rounds WHERE id = ?').pluck().get(roundId) as string | undefined;
      if (round === undefined) throw appError('round-missing');
      const docs = db
        .prepare(
          `SELECT cd.sha256, cd.title, c.name AS contestantName, d.unit_kind AS unitKind
             FROM contestant_documents cd
             JOIN contestants c ON c.round_id = cd.round_id AND c.id = cd.contestant_id
             JOIN documents d ON d.sha256 = cd.sha256
            WHERE cd.round_id = ? ORDER BY c.position, cd.position`,
        )
        .all(roundId) as Omit<RoundSearchDocument, 'hits' | 'total'>[];
      const hits = searchUnits(
        db,
        { sql: 'u.document_sha256 IN (SELECT sha256 FROM contestant_documents WHERE round_id = ?)', params: [roundId] },
        query,
      );
      const documents = docs
        .map((doc) => {
          const list = hits.get(doc.sha256) ?? [];
          return { ...doc, hits: list, total: list.reduce((sum, hit) => sum + hit.count, 0) };
        })
        .filter((doc) => doc.hits.length > 0);
      return {
        query: normaliseWhitespace(query),
        roundTitle: round,
        documents,
        total: documents.reduce((sum, doc) => sum + doc.total, 0),
      };
    },
    'document:anchor': (input) => anchorFromSelection(ctx.store.db, input),
    'document:resolve-anchors': ({ anchors, inDocument }) => resolveAnchors(ctx.store.db, anchors, inDocument),
  } satisfies Partial<Handlers>;
}
