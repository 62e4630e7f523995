/**
 * Narrow reads of the round tables for the paths that run on every edit or
 * keystroke, where loading the whole round (model.ts) would cost more than the
 * edit: each is one or two cached statements. Together with model.ts, the only
 * SQL outside the migrations that reads rounds, contestants, examiners and teams.
 */
import { appError } from '../../../shared/errors';
import type { CriteriaPackage, Criterion } from '../../../shared/formats/criteria-package';
import { applicableCriteria } from '../../../shared/scoring/points';
import { prizeSections, type PrizeSection } from '../../../shared/domain/prize-aspects';
import type { Prize } from '../../../shared/formats/prizes';
import type { RoundManifest } from '../../../shared/formats/round';
import { plucked, prepared } from '../db/statements';
import type { Db } from '../db/open';
import { parsedPackage } from '../packages/store';
import { roundMissing } from './model';

/** The criteria package of a round. */
export function roundPackage(db: Db, roundId: string): { sha256: string; pkg: CriteriaPackage } {
  const sha256 = plucked(db, 'SELECT package_sha256 FROM rounds WHERE id = ?').get(roundId) as string | undefined;
  if (sha256 === undefined) throw roundMissing();
  return { sha256, pkg: parsedPackage(db, sha256) };
}

/** What an assessment of a contestant is made of: the criteria of its class and the aspects of its prizes. */
export interface ContestantContext {
  readonly pkg: CriteriaPackage;
  readonly packageSha256: string;
  readonly name: string;
  /** The class of the scored award; null for a contestant taking part only in prizes. */
  readonly classId: string | null;
  /** The criteria that apply to the contestant's class, in package order (none without a class). */
  readonly criteria: readonly Criterion[];
  /** The prizes the contestant enters, each with its aspects (assessed in writing, without points). */
  readonly prizes: readonly PrizeSection[];
  /** The contestant's documents (sha256), in bundle order. */
  readonly documents: readonly string[];
}

interface RoundPrizes {
  readonly prizes: readonly Prize[];
  readonly entered: ReadonlyMap<string, readonly string[]>;
}

/** The prizes of a stored round.json, parsed once per bundle (an edit must not parse the manifest). */
const prizesByBundle = new Map<string, RoundPrizes>();
const PRIZES_KEPT = 8;

function roundPrizes(db: Db, roundId: string, bundleSha256: string): RoundPrizes {
  let found = prizesByBundle.get(bundleSha256);
  if (!found) {
    const manifest = plucked(db, 'SELECT manifest FROM rounds WHERE id = ?').get(roundId) as Buffer;
    // The stored round.json was verified when the round was imported.
    const parsed = JSON.parse(manifest.toString('utf8')) as RoundManifest;
    found = { prizes: parsed.round.prizes ?? [], entered: new Map(parsed.contestants.map((c) => [c.id, c.prizes ?? []])) };
    prizesByBundle.set(bundleSha256, found);
    if (prizesByBundle.size > PRIZES_KEPT) prizesByBundle.delete(prizesByBundle.keys().next().value!);
  }
  return found;
}

/** The round's package, the contestant's class, prizes and documents — one statement (an edit runs it every time). */
export function contestantContext(db: Db, roundId: string, contestantId: string): ContestantContext {
  const row = prepared(
    db,
    `SELECT r.package_sha256, r.bundle_sha256, c.name, c.class_id,
            (SELECT json_group_array(sha256) FROM (SELECT sha256 FROM contestant_documents
              WHERE round_id = r.id AND contestant_id = c.id ORDER BY position)) AS documents
       FROM rounds r LEFT JOIN contestants c ON c.round_id = r.id AND c.id = ? WHERE r.id = ?`,
  ).get(contestantId, roundId) as
    | { package_sha256: string; bundle_sha256: string; name: string | null; class_id: string | null; documents: string }
    | undefined;
  if (!row) throw roundMissing();
  if (row.name === null) throw appError('contestant-missing');
  const pkg = parsedPackage(db, row.package_sha256);
  const round = roundPrizes(db, roundId, row.bundle_sha256);
  return {
    pkg,
    packageSha256: row.package_sha256,
    name: row.name,
    classId: row.class_id,
    criteria: row.class_id === null ? [] : applicableCriteria(pkg, row.class_id),
    prizes: prizeSections(round.prizes, round.entered.get(contestantId) ?? []),
    documents: JSON.parse(row.documents) as string[],
  };
}

/** The class of a context's scored award, or the refusal for a contestant taking part only in prizes. */
export function contextClass(context: ContestantContext): string {
  if (context.classId === null) throw appError('contestant-prize-only', { name: context.name });
  return context.classId;
}

/** The examiner's name, or undefined when the round has no such examiner. */
export function examinerName(db: Db, roundId: string, examinerId: string): string | undefined {
  return plucked(db, 'SELECT name FROM examiners WHERE round_id = ? AND id = ?').get(roundId, examinerId) as string | undefined;
}

/** Each examiner's place in the round's order. */
export function examinerPositions(db: Db, roundId: string): ReadonlyMap<string, number> {
  const rows = prepared(db, 'SELECT id, position FROM examiners WHERE round_id = ?').all(roundId) as { id: string; position: number }[];
  return new Map(rows.map((row) => [row.id, row.position]));
}

/** True when the examiner is in the team that assesses the contestant. */
export function assessesContestant(db: Db, roundId: string, contestantId: string, examinerId: string): boolean {
  const sql = `SELECT 1 FROM contestants c JOIN team_members m ON m.round_id = c.round_id AND m.team_id = c.team_id
                WHERE c.round_id = ? AND c.id = ? AND m.examiner_id = ?`;
  return prepared(db, sql).get(roundId, contestantId, examinerId) !== undefined;
}

/** The team that assesses a contestant: its lead and its members in the round's order. */
export interface ContestantTeamRow {
  readonly teamId: string;
  readonly leadId: string;
  readonly contestantName: string;
  readonly members: readonly { readonly id: string; readonly name: string }[];
}

export function teamOf(db: Db, roundId: string, contestantId: string): ContestantTeamRow {
  const row = prepared(
    db,
    'SELECT c.name, c.team_id, t.lead_id FROM contestants c JOIN teams t ON t.round_id = c.round_id AND t.id = c.team_id WHERE c.round_id = ? AND c.id = ?',
  ).get(roundId, contestantId) as { name: string; team_id: string; lead_id: string } | undefined;
  if (!row) throw appError('contestant-missing');
  const members = prepared(
    db,
    `SELECT e.id, e.name FROM team_members m JOIN examiners e ON e.round_id = m.round_id AND e.id = m.examiner_id
      WHERE m.round_id = ? AND m.team_id = ? ORDER BY e.position`,
  ).all(roundId, row.team_id) as { id: string; name: string }[];
  return { teamId: row.team_id, leadId: row.lead_id, contestantName: row.name, members };
}

/** The titles of the rounds on this computer, newest year first. */
export function roundTitles(db: Db): string[] {
  return plucked(db, 'SELECT title FROM rounds ORDER BY year DESC, title').all() as string[];
}

/** The round's title, or undefined when it is not on this computer. */
export function roundTitle(db: Db, roundId: string): string | undefined {
  return plucked(db, 'SELECT title FROM rounds WHERE id = ?').get(roundId) as string | undefined;
}
