/**
 * A verified round bundle into the database, all in the caller's transaction.
 * Importing the same signed round.json again changes nothing. A different
 * bundle for a round already here replaces it only while nobody has started
 * work in it (no other feature's table holds a row for it); otherwise it is
 * refused, because replacing would throw that work away.
 */
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { storeDocument } from '../documents/ingest';
import type { VerifiedRound } from '../packages/round-bundle-read';
import { storePackage } from '../packages/store';

/** The tables this feature fills from a bundle; any other table with a round_id is someone's work. */
const BUNDLE_TABLES = new Set(['rounds', 'examiners', 'teams', 'team_members', 'contestants', 'contestant_documents']);
/** Choices about a round that are not work in it: who the user is (asked again after a replacement). */
const NOT_WORK = new Set(['round_identity_choices']);

export function roundHasWork(db: Db, roundId: string): boolean {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  return tables
    .filter((table) => !BUNDLE_TABLES.has(table) && !NOT_WORK.has(table))
    .filter((table) => (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).includes('round_id'))
    .some((table) => db.prepare(`SELECT 1 FROM "${table}" WHERE round_id = ? LIMIT 1`).get(roundId) !== undefined);
}

export type StoreRoundResult = 'imported' | 'replaced' | 'unchanged';

export function storeRound(db: Db, verified: VerifiedRound, importedAt: string): StoreRoundResult {
  const { manifest } = verified;
  const round = manifest.round;
  const existing = db.prepare('SELECT manifest FROM rounds WHERE id = ?').get(round.id) as { manifest: Buffer } | undefined;
  if (existing && Buffer.compare(existing.manifest, verified.manifestBytes) === 0) return 'unchanged';
  if (existing) {
    if (roundHasWork(db, round.id)) {
      throw new AppError(
        'round-in-use',
        `Omgången "${round.title}" (${round.id}) finns redan på datorn med annat innehåll, och arbete har påbörjats i den. ` +
          'Den nya filen togs inte emot; kontakta stadsledningskontoret om vilken version som gäller.',
      );
    }
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
    contestant.run(round.id, c.id, c.name, c.organisation, c.class, teamOf.get(c.id)!, i);
    c.documents.forEach((d, k) => document.run(round.id, c.id, k, d.path, d.title, d.mediaType, d.sha256, d.bytes));
  });
  for (const { prepared } of verified.documents) storeDocument(db, prepared, importedAt);
  return existing ? 'replaced' : 'imported';
}
