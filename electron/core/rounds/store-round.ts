/**
 * A verified round bundle into the database, all in the caller's transaction.
 * Importing the same signed round.json again changes nothing. A different
 * bundle for a round already here replaces it only when signed by the same key
 * (or another trusted key the user confirmed; never the example key over
 * another), and only while nobody has started work in it (no other feature's
 * table holds a row for it), because replacing would throw that work away.
 * Who the user said they are is kept across a replacement.
 */
import { AppError, appError, errorMessage } from '../../../shared/errors';
import type { Db } from '../db/open';
import { storeDocument } from '../documents/ingest';
import type { VerifiedRound } from './round-bundle-read';
import { storePackage } from '../packages/store';

/** The tables this feature fills from a bundle; any other table with a round_id is someone's work. */
const BUNDLE_TABLES = new Set(['rounds', 'examiners', 'teams', 'team_members', 'contestants', 'contestant_documents', 'training_references']);
/** Choices about a round that are not work in it: who the user is (kept across a replacement). */
const NOT_WORK = new Set(['round_identity_choices', 'round_office_choices']);

export function roundHasWork(db: Db, roundId: string): boolean {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  return tables
    .filter((table) => !BUNDLE_TABLES.has(table) && !NOT_WORK.has(table))
    .filter((table) => (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).includes('round_id'))
    .some((table) => db.prepare(`SELECT 1 FROM "${table}" WHERE round_id = ? LIMIT 1`).get(roundId) !== undefined);
}

export type StoreRoundResult = 'imported' | 'replaced' | 'unchanged';

/** Another trusted key than the round's: only the user, after comparing both fingerprints, may let it replace the round. */
export class ReplaceNeedsConfirmation extends AppError {
  constructor(
    readonly title: string,
    readonly currentKeyId: string,
    readonly newKeyId: string,
  ) {
    super('round-other-signer', errorMessage('round-other-signer', { title, currentKeyId, newKeyId }));
  }
}

/**
 * formats.md "Replacing a round": the same key may replace; the example key
 * never replaces a round signed with any other; another trusted key only with
 * the user's confirmation of that very key (`confirmedKeyId`).
 */
function checkSigner(existing: { signer_key_id: string; example: number }, verified: VerifiedRound, confirmedKeyId: string | null): void {
  const newKeyId = verified.signer.keyId;
  if (existing.signer_key_id === newKeyId) return;
  const title = verified.manifest.round.title;
  if (verified.example) {
    throw appError('round-example-replaces', { title, existingKeyId: existing.signer_key_id, newKeyId });
  }
  if (confirmedKeyId !== newKeyId) throw new ReplaceNeedsConfirmation(title, existing.signer_key_id, newKeyId);
}

interface Choice {
  readonly kind: 'examiner' | 'office';
  readonly seq: number;
  readonly examinerId: string | null;
  readonly at: string;
}

/** Who the user said they are in the round, every choice, to put back after a replacement. */
function choicesOf(db: Db, roundId: string): Choice[] {
  return db
    .prepare(
      `SELECT 'examiner' AS kind, seq, examiner_id AS examinerId, chosen_at AS at FROM round_identity_choices WHERE round_id = ?
       UNION ALL SELECT 'office', seq, NULL, chosen_at FROM round_office_choices WHERE round_id = ? ORDER BY seq`,
    )
    .all(roundId, roundId) as Choice[];
}

/**
 * Puts the choices back; one whose examiner is not in the new round is
 * dropped. Returns the examiner id of the user's current choice when it was.
 */
function restoreChoices(db: Db, roundId: string, choices: readonly Choice[]): string | null {
  const exists = db.prepare('SELECT 1 FROM examiners WHERE round_id = ? AND id = ?');
  const examiner = db.prepare('INSERT INTO round_identity_choices (round_id, seq, examiner_id, chosen_at) VALUES (?, ?, ?, ?)');
  const office = db.prepare('INSERT INTO round_office_choices (round_id, seq, chosen_at) VALUES (?, ?, ?)');
  for (const c of choices) {
    if (c.kind === 'office') office.run(roundId, c.seq, c.at);
    else if (exists.get(roundId, c.examinerId)) examiner.run(roundId, c.seq, c.examinerId, c.at);
  }
  const current = choices.at(-1);
  return current?.kind === 'examiner' && !exists.get(roundId, current.examinerId) ? current.examinerId : null;
}

export interface StoredRound {
  readonly status: StoreRoundResult;
  /** After a replacement: the examiner the user had said they are, who is not in the new round (so they must choose again). */
  readonly lostIdentity: string | null;
}

export function storeRound(db: Db, verified: VerifiedRound, importedAt: string, confirmedKeyId: string | null = null): StoredRound {
  const { manifest } = verified;
  const round = manifest.round;
  const existing = db.prepare('SELECT manifest, signer_key_id, example FROM rounds WHERE id = ?').get(round.id) as
    | { manifest: Buffer; signer_key_id: string; example: number }
    | undefined;
  if (existing && Buffer.compare(existing.manifest, verified.manifestBytes) === 0) return { status: 'unchanged', lostIdentity: null };
  let choices: Choice[] = [];
  if (existing) {
    checkSigner(existing, verified, confirmedKeyId);
    if (roundHasWork(db, round.id)) {
      throw appError('round-in-use', { title: round.title, id: round.id });
    }
    choices = choicesOf(db, round.id);
    db.prepare('DELETE FROM rounds WHERE id = ?').run(round.id);
  }

  storePackage(db, verified.criteria, importedAt);
  db.prepare(
    `INSERT INTO rounds (id, title, year, package_sha256, deadline_individual, deadline_consensus, deadline_site_visits,
                         deadline_jury, signer_key_id, example, manifest, bundle_sha256, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    round.id,
    round.title,
    round.year,
    verified.criteria.sha256,
    round.deadlines.individual,
    round.deadlines.consensus,
    round.deadlines.siteVisits,
    round.deadlines.jury,
    verified.signer.keyId,
    verified.example ? 1 : 0,
    verified.manifestBytes,
    verified.bundleSha256,
    importedAt,
  );
  const examiner = db.prepare('INSERT INTO examiners (round_id, id, name, email, organisation, position) VALUES (?, ?, ?, ?, ?, ?)');
  manifest.examiners.forEach((e, i) => examiner.run(round.id, e.id, e.name, e.email, e.organisation, i));
  const team = db.prepare('INSERT INTO teams (round_id, id, lead_id, position) VALUES (?, ?, ?, ?)');
  const member = db.prepare('INSERT INTO team_members (round_id, team_id, examiner_id) VALUES (?, ?, ?)');
  const teamOf = new Map<string, string>();
  manifest.teams.forEach((t, i) => {
    team.run(round.id, t.id, t.lead, i);
    for (const id of t.members) member.run(round.id, t.id, id);
    for (const id of t.contestants) teamOf.set(id, t.id);
  });
  const contestant = db.prepare(
    'INSERT INTO contestants (round_id, id, name, organisation, class_id, team_id, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const document = db.prepare(
    `INSERT INTO contestant_documents (round_id, contestant_id, position, path, title, media_type, sha256, bytes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  manifest.contestants.forEach((c, i) => {
    contestant.run(round.id, c.id, c.name, c.organisation, c.class ?? null, teamOf.get(c.id)!, i);
    c.documents.forEach((d, k) => document.run(round.id, c.id, k, d.path, d.title, d.mediaType, d.sha256, d.bytes));
  });
  for (const { prepared } of verified.documents) storeDocument(db, prepared, importedAt);
  const reference = db.prepare('INSERT INTO training_references (round_id, contestant_id, path, sha256, bytes) VALUES (?, ?, ?, ?, ?)');
  for (const r of verified.references) reference.run(round.id, r.contestantId, r.path, r.sha256, r.bytes);
  const lostIdentity = restoreChoices(db, round.id, choices);
  return { status: existing ? 'replaced' : 'imported', lostIdentity };
}
