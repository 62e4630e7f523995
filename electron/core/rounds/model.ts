/**
 * The one read model of a round: its package, contestants (class, team,
 * documents), examiners (with the keys round.json registers) and teams — read
 * from the round tables (migration 0002), or taken from a verified bundle
 * without a database (the CLI's reports).
 */
import { appError, type AppError } from '../../../shared/errors';
import type { CriteriaPackage } from '../../../shared/formats/criteria-package';
import type { Prize } from '../../../shared/formats/prizes';
import type { RoundManifest } from '../../../shared/formats/round';
import { prepared } from '../db/statements';
import type { Db } from '../db/open';
import { publicKeyOfPem } from '../packages/keys';
import { parsedPackage } from '../packages/store';

export interface RoundFacts {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly example: boolean;
  readonly packageSha256: string;
  readonly packageId: string;
  readonly packageRevision: number;
  readonly pkg: CriteriaPackage;
  /** The signed round.json as verified when it was imported (or read). */
  readonly manifest: RoundManifest;
  /** The round's prizes without scores (none in older rounds), in its order. */
  readonly prizes: readonly Prize[];
  /** In the round's order. */
  readonly contestants: ReadonlyMap<string, ContestantFacts>;
  /** In the round's order. */
  readonly examiners: ReadonlyMap<string, ExaminerFacts>;
  /** In the round's order. */
  readonly teams: ReadonlyMap<string, TeamFacts>;
}

/** A round as stored on this computer. */
export interface StoredRound extends RoundFacts {
  readonly importedAt: string;
  readonly signerKeyId: string;
}

export interface ExaminerFacts {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly organisation: string;
  /** The key registered for the examiner in round.json (`signingKey`); null when none is. */
  readonly keyId: string | null;
}

export interface ContestantFacts {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  /** The class of the scored award; null for a contestant taking part only in prizes. */
  readonly classId: string | null;
  /** The prize ids the contestant takes part in (none in older rounds). */
  readonly prizes: readonly string[];
  readonly teamId: string;
  readonly position: number;
  /** The contestant's documents (sha256), in the round's order. */
  readonly documents: ReadonlySet<string>;
}

export interface TeamFacts {
  readonly id: string;
  readonly leadId: string;
  /** In the round's examiner order. */
  readonly members: ReadonlySet<string>;
}

/** The contestant's class in the scored award; a contestant taking part only in prizes has no scored assessment. */
export function scoredClass(contestant: Pick<ContestantFacts, 'name' | 'classId'>): string {
  if (contestant.classId === null) throw appError('contestant-prize-only', { name: contestant.name });
  return contestant.classId;
}

/** The one error for a round that is not on this computer. */
export function roundMissing(): AppError {
  return appError('round-missing');
}

/** The key id of a key registered in round.json (already checked to be an Ed25519 SPKI PEM). */
function registeredKeyId(pem: string | undefined, examinerName: string): string | null {
  if (pem === undefined) return null;
  return publicKeyOfPem(pem, `Signeringsnyckeln för ${examinerName} i omgången`).keyId;
}

interface RoundRow {
  id: string;
  title: string;
  year: number;
  example: number;
  package_sha256: string;
  package_id: string;
  revision: number;
  manifest: Buffer;
  imported_at: string;
  signer_key_id: string;
}

const grouped = <T>(rows: readonly T[], key: (row: T) => string, value: (row: T) => string) => {
  const groups = new Map<string, Set<string>>();
  for (const row of rows) groups.set(key(row), (groups.get(key(row)) ?? new Set()).add(value(row)));
  return groups;
};

/** Null when the round is not on this computer. */
export function findRound(db: Db, roundId: string): StoredRound | null {
  const row = prepared(
    db,
    `SELECT r.id, r.title, r.year, r.example, r.package_sha256, p.package_id, p.revision, r.manifest, r.imported_at, r.signer_key_id
       FROM rounds r JOIN criteria_packages p ON p.sha256 = r.package_sha256 WHERE r.id = ?`,
  ).get(roundId) as RoundRow | undefined;
  if (!row) return null;
  // The stored round.json was verified when imported; its examiners carry the registered keys.
  const manifest = JSON.parse(row.manifest.toString('utf8')) as RoundManifest;
  const signingKeys = new Map(manifest.examiners.map((e) => [e.id, e.signingKey]));
  const documents = grouped(
    prepared(db, 'SELECT contestant_id, sha256 FROM contestant_documents WHERE round_id = ? ORDER BY contestant_id, position').all(roundId) as {
      contestant_id: string;
      sha256: string;
    }[],
    (d) => d.contestant_id,
    (d) => d.sha256,
  );
  const contestantRows = prepared(db, 'SELECT id, name, organisation, class_id, team_id, position FROM contestants WHERE round_id = ? ORDER BY position').all(
    roundId,
  ) as { id: string; name: string; organisation: string; class_id: string | null; team_id: string; position: number }[];
  const prizesOf = new Map(manifest.contestants.map((c) => [c.id, c.prizes ?? []]));
  const examinerRows = prepared(db, 'SELECT id, name, email, organisation FROM examiners WHERE round_id = ? ORDER BY position').all(roundId) as {
    id: string;
    name: string;
    email: string;
    organisation: string;
  }[];
  const members = grouped(
    prepared(
      db,
      `SELECT m.team_id, m.examiner_id FROM team_members m JOIN examiners e ON e.round_id = m.round_id AND e.id = m.examiner_id
        WHERE m.round_id = ? ORDER BY e.position`,
    ).all(roundId) as { team_id: string; examiner_id: string }[],
    (m) => m.team_id,
    (m) => m.examiner_id,
  );
  const teamRows = prepared(db, 'SELECT id, lead_id FROM teams WHERE round_id = ? ORDER BY position').all(roundId) as { id: string; lead_id: string }[];
  return {
    id: row.id,
    title: row.title,
    year: row.year,
    example: row.example === 1,
    packageSha256: row.package_sha256,
    packageId: row.package_id,
    packageRevision: row.revision,
    pkg: parsedPackage(db, row.package_sha256),
    manifest,
    prizes: manifest.round.prizes ?? [],
    importedAt: row.imported_at,
    signerKeyId: row.signer_key_id,
    contestants: new Map(
      contestantRows.map((c) => [
        c.id,
        { id: c.id, name: c.name, organisation: c.organisation, classId: c.class_id, prizes: prizesOf.get(c.id) ?? [], teamId: c.team_id, position: c.position, documents: documents.get(c.id) ?? new Set() },
      ]),
    ),
    examiners: new Map(examinerRows.map((e) => [e.id, { ...e, keyId: registeredKeyId(signingKeys.get(e.id), e.name) }])),
    teams: new Map(teamRows.map((t) => [t.id, { id: t.id, leadId: t.lead_id, members: members.get(t.id) ?? new Set<string>() }])),
  };
}

/** The round, or the one round-missing error. */
export function getRound(db: Db, roundId: string): StoredRound {
  const round = findRound(db, roundId);
  if (!round) throw roundMissing();
  return round;
}

/**
 * The same facts from a verified round bundle, without a database (the CLI's
 * reports check each .kvbedomning against the bundle they were given).
 */
export function roundFactsFromManifest(
  manifest: RoundManifest,
  criteria: { readonly sha256: string; readonly package: CriteriaPackage },
  example: boolean,
): RoundFacts {
  const teamOf = new Map(manifest.teams.flatMap((team) => team.contestants.map((id) => [id, team.id] as const)));
  const examinerOrder = new Map(manifest.examiners.map((e, position) => [e.id, position]));
  return {
    id: manifest.round.id,
    title: manifest.round.title,
    year: manifest.round.year,
    example,
    packageSha256: criteria.sha256,
    packageId: criteria.package.id,
    packageRevision: criteria.package.revision,
    pkg: criteria.package,
    manifest,
    prizes: manifest.round.prizes ?? [],
    contestants: new Map(
      manifest.contestants.map((c, position) => [
        c.id,
        {
          id: c.id,
          name: c.name,
          organisation: c.organisation,
          classId: c.class ?? null,
          prizes: c.prizes ?? [],
          teamId: teamOf.get(c.id) ?? '',
          position,
          documents: new Set(c.documents.map((d) => d.sha256)),
        },
      ]),
    ),
    examiners: new Map(
      manifest.examiners.map((e) => [e.id, { id: e.id, name: e.name, email: e.email, organisation: e.organisation, keyId: registeredKeyId(e.signingKey, e.name) }]),
    ),
    teams: new Map(
      manifest.teams.map((t) => [
        t.id,
        { id: t.id, leadId: t.lead, members: new Set([...t.members].sort((a, b) => (examinerOrder.get(a) ?? 0) - (examinerOrder.get(b) ?? 0))) },
      ]),
    ),
  };
}
