/**
 * Documents and criteria packages as the rounds use them: which rounds and
 * contestants a document belongs to, whether an example round uses it, how
 * many rounds use a package, and searching one round's documents. The
 * documents and packages features sit below the rounds and know nothing of
 * them, so the calls that show both are answered here.
 */
import type { Handlers } from '../../../shared/contract';
import type { DocumentUse, RoundSearchDocument } from '../../../shared/contract/documents';
import { normaliseWhitespace } from '../../../shared/documents/text';
import type { CoreContext } from '../context';
import { plucked, prepared } from '../db/statements';
import type { Db } from '../db/open';
import { importDocumentFile } from '../documents/import-file';
import { documentUnits, getDocument, listDocuments, type StoredDocument } from '../documents/repository';
import { searchUnits } from '../documents/search';
import { getPackage, listPackages, type StoredPackage } from '../packages/store';
import { roundMissing } from './model';
import { roundTitle } from './repository';

function documentUses(db: Db, sha256: string): DocumentUse[] {
  return prepared(
    db,
    `SELECT r.id AS roundId, r.title AS roundTitle, c.id AS contestantId, c.name AS contestantName, cd.title
       FROM contestant_documents cd
       JOIN contestants c ON c.round_id = cd.round_id AND c.id = cd.contestant_id
       JOIN rounds r ON r.id = cd.round_id
      WHERE cd.sha256 = ?
      ORDER BY r.year DESC, r.title, c.position`,
  ).all(sha256) as DocumentUse[];
}

const withUses = (db: Db, document: StoredDocument) => ({ ...document, usedBy: documentUses(db, document.sha256) });

/** True when a round signed with the example key uses the document. */
function inExampleRound(db: Db, sha256: string): boolean {
  const sql = `SELECT 1 FROM contestant_documents cd JOIN rounds r ON r.id = cd.round_id WHERE cd.sha256 = ? AND r.example = 1 LIMIT 1`;
  return prepared(db, sql).get(sha256) !== undefined;
}

/** The round's documents in the round's order (contestant, then document), with the contestant's name. */
function roundDocuments(db: Db, roundId: string): Omit<RoundSearchDocument, 'hits' | 'total'>[] {
  return prepared(
    db,
    `SELECT cd.sha256, cd.title, c.name AS contestantName, d.unit_kind AS unitKind
       FROM contestant_documents cd
       JOIN contestants c ON c.round_id = cd.round_id AND c.id = cd.contestant_id
       JOIN documents d ON d.sha256 = cd.sha256
      WHERE cd.round_id = ? ORDER BY c.position, cd.position`,
  ).all(roundId) as Omit<RoundSearchDocument, 'hits' | 'total'>[];
}

function withRoundCount<P extends StoredPackage>(db: Db, pkg: P): P & { roundCount: number } {
  return { ...pkg, roundCount: plucked(db, 'SELECT COUNT(*) FROM rounds WHERE package_sha256 = ?').get(pkg.sha256) as number };
}

export function useHandlers(ctx: CoreContext) {
  const db = () => ctx.store.db;
  return {
    'document:import': async ({ fileId }) => withUses(db(), await importDocumentFile(ctx, fileId)),
    'document:list': () => listDocuments(db()).map((document) => withUses(db(), document)),
    'document:open': ({ sha256 }) => ({
      ...withUses(db(), getDocument(db(), sha256)),
      units: documentUnits(db(), sha256).map((unit) => ({ number: unit.number, hasText: unit.hasText })),
      exampleMaterial: inExampleRound(db(), sha256),
    }),
    'document:search-round': ({ roundId, query }) => {
      const title = roundTitle(db(), roundId);
      if (title === undefined) throw roundMissing();
      const hits = searchUnits(
        db(),
        { sql: 'u.document_sha256 IN (SELECT sha256 FROM contestant_documents WHERE round_id = ?)', params: [roundId] },
        query,
      );
      const documents = roundDocuments(db(), roundId)
        .map((doc) => {
          const list = hits.get(doc.sha256) ?? [];
          return { ...doc, hits: list, total: list.reduce((sum, hit) => sum + hit.count, 0) };
        })
        .filter((doc) => doc.hits.length > 0);
      return { query: normaliseWhitespace(query), roundTitle: title, documents, total: documents.reduce((sum, doc) => sum + doc.total, 0) };
    },
    'package:list': () => listPackages(db()).map((pkg) => withRoundCount(db(), pkg)),
    'package:get': ({ sha256 }) => withRoundCount(db(), getPackage(db(), sha256)),
  } satisfies Partial<Handlers>;
}
