/** Jury decisions (.kvbeslut) for the övningsomgång, made with the app's own builder; free of vitest. */
import type { KeyObject } from 'node:crypto';
import { createPublicKey } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDecisionFile } from '../../electron/core/jury/decision-file';
import { publicPemOf } from '../../electron/core/packages/keys';
import { serializeDocument, signDocument } from '../../electron/core/packages/signing';
import type { UnsignedDecisionFile } from '../../shared/formats/jury-decision';

type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests edit anywhere

export interface DecisionRoundIds {
  readonly roundId: string;
  readonly packageId: string;
  readonly packageRevision: number;
  readonly packageSha256: string;
}

const header = (round: DecisionRoundIds) => ({
  format: 'examinator.jury-decision' as const,
  formatVersion: 1 as const,
  round: { id: round.roundId },
  criteriaPackage: { id: round.packageId, revision: round.packageRevision, sha256: round.packageSha256 },
  meetingDate: '2027-03-15',
  jury: [{ name: 'Karin Ek' }, { name: 'Per Berg' }],
  revision: 1,
  exportedAt: '2027-03-15T15:00:00.000Z',
  basis: [{ sha256: 'c'.repeat(64), contestant: 'c-solrosen', stage: 'consensus' as const, revision: 2, author: { examinerId: 'e-anna', name: 'Anna Lind' }, keyId: 'd'.repeat(64) }],
  prizes: [],
});

/** The övningsomgång's first meeting: a site visit for Solrosen, none for Lindgården. */
export function firstMeetingContent(round: DecisionRoundIds): UnsignedDecisionFile {
  return {
    ...header(round),
    meeting: 'first',
    classes: [
      { id: 'forskola', contestants: [{ contestant: 'c-solrosen', siteVisit: true, note: 'Tydligast resultat i klassen' }] },
      { id: 'aldreomsorg', contestants: [{ contestant: 'c-lindgarden', siteVisit: false }] },
    ],
  };
}

/** The final meeting: Solrosen wins its class, Lindgården's class has no winner. */
export function finalMeetingContent(round: DecisionRoundIds): UnsignedDecisionFile {
  return {
    ...header(round),
    meeting: 'final',
    classes: [
      { id: 'forskola', contestants: [{ contestant: 'c-solrosen', decision: 'winner', citation: 'För ett systematiskt förbättringsarbete som når varje barn.' }] },
      { id: 'aldreomsorg', contestants: [{ contestant: 'c-lindgarden', decision: 'none' }] },
    ],
  };
}

/** Signed as the app signs it; `edit` changes the content first (and may break it: signed as is). */
export function decisionBytes(content: UnsignedDecisionFile, key: KeyObject, edit?: (file: Json) => void): Buffer {
  if (!edit) return buildDecisionFile(content, key).bytes;
  const file = structuredClone(content) as Json;
  edit(file);
  // Signed without the builder's checks, so a broken decision still carries a valid signature.
  return serializeDocument(signDocument(file, key));
}

/** The key's public half as a .pem file in `dir` (for --trust). */
export function publicKeyFile(key: KeyObject, dir: string, name = 'kontoret.pem'): string {
  const path = join(dir, name);
  writeFileSync(path, publicPemOf(createPublicKey(key)));
  return path;
}
