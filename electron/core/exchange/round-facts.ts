/**
 * What the exchange needs to know about a round on this computer: its package,
 * contestants (class, team, documents), examiners and teams — read once per
 * import batch from the round tables (migration 0002), or taken from a
 * verified bundle.
 */
import type { CriteriaPackage } from '../../../shared/formats/criteria-package';
import type { RoundManifest } from '../../../shared/formats/round';
import type { Db } from '../db/open';
import { packageContent } from '../packages/store';
import { registeredKeyId } from './signer-checks';

type ManifestExaminer = Pick<RoundManifest['examiners'][number], 'id' | 'name' | 'signingKey'>;

function examinerFacts(examiners: readonly ManifestExaminer[]): Map<string, ExaminerFacts> {
  return new Map(examiners.map((e) => [e.id, { id: e.id, name: e.name, keyId: registeredKeyId(e.signingKey, e.name) }]));
}

export interface RoundFacts {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly example: boolean;
  readonly packageSha256: string;
  readonly packageId: string;
  readonly packageRevision: number;
  readonly pkg: CriteriaPackage;
  readonly contestants: ReadonlyMap<string, ContestantFacts>;
  readonly examiners: ReadonlyMap<string, ExaminerFacts>;
  readonly teams: ReadonlyMap<string, TeamFacts>;
}

export interface ExaminerFacts {
  readonly id: string;
  readonly name: string;
  /** The key registered for the examiner in round.json (`signingKey`); null when none is. */
  readonly keyId: string | null;
}

export interface ContestantFacts {
  readonly id: string;
  readonly name: string;
  readonly classId: string;
  readonly teamId: string;
  readonly position: number;
  readonly documents: ReadonlySet<string>;
}

export interface TeamFacts {
  readonly id: string;
  readonly leadId: string;
  readonly members: ReadonlySet<string>;
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
}

// Packages are content-addressed and never change: parse each once (it is most of an import's fixed cost).
const parsedPackages = new Map<string, CriteriaPackage>();

function parsedPackage(db: Db, sha256: string): CriteriaPackage {
  let pkg = parsedPackages.get(sha256);
  if (!pkg) {
    pkg = packageContent(db, sha256).content;
    if (parsedPackages.size >= 20) parsedPackages.clear();
    parsedPackages.set(sha256, pkg);
  }
  return pkg;
}

/** Null when the round is not on this computer. */
export function roundFacts(db: Db, roundId: string): RoundFacts | null {
  const row = db
    .prepare(
      `SELECT r.id, r.title, r.year, r.example, r.package_sha256, p.package_id, p.revision, r.manifest
         FROM rounds r JOIN criteria_packages p ON p.sha256 = r.package_sha256 WHERE r.id = ?`,
    )
    .get(roundId) as RoundRow | undefined;
  if (!row) return null;
  const documents = new Map<string, Set<string>>();
  for (const d of db.prepare('SELECT contestant_id, sha256 FROM contestant_documents WHERE round_id = ?').all(roundId) as { contestant_id: string; sha256: string }[]) {
    documents.set(d.contestant_id, (documents.get(d.contestant_id) ?? new Set()).add(d.sha256));
  }
  const contestants = new Map<string, ContestantFacts>();
  const contestantRows = db
    .prepare('SELECT id, name, class_id, team_id, position FROM contestants WHERE round_id = ? ORDER BY position')
    .all(roundId) as { id: string; name: string; class_id: string; team_id: string; position: number }[];
  for (const c of contestantRows) {
    contestants.set(c.id, { id: c.id, name: c.name, classId: c.class_id, teamId: c.team_id, position: c.position, documents: documents.get(c.id) ?? new Set() });
  }
  // The stored round.json was verified when imported; its examiners carry the registered keys.
  const examiners = examinerFacts((JSON.parse(row.manifest.toString('utf8')) as { examiners: ManifestExaminer[] }).examiners);
  const members = new Map<string, Set<string>>();
  for (const m of db.prepare('SELECT team_id, examiner_id FROM team_members WHERE round_id = ?').all(roundId) as { team_id: string; examiner_id: string }[]) {
    members.set(m.team_id, (members.get(m.team_id) ?? new Set()).add(m.examiner_id));
  }
  const teams = new Map(
    (db.prepare('SELECT id, lead_id FROM teams WHERE round_id = ? ORDER BY position').all(roundId) as { id: string; lead_id: string }[]).map((t) => [
      t.id,
      { id: t.id, leadId: t.lead_id, members: members.get(t.id) ?? new Set<string>() },
    ]),
  );
  return {
    id: row.id,
    title: row.title,
    year: row.year,
    example: row.example === 1,
    packageSha256: row.package_sha256,
    packageId: row.package_id,
    packageRevision: row.revision,
    pkg: parsedPackage(db, row.package_sha256),
    contestants,
    examiners,
    teams,
  };
}

/**
 * The same facts from a verified round bundle, without a database (the CLI's
 * reports check each .kvbedomning against the bundle they were given).
 */
export function roundFactsFromManifest(
  manifest: Pick<RoundManifest, 'round' | 'contestants' | 'examiners' | 'teams'>,
  criteria: { readonly sha256: string; readonly package: CriteriaPackage },
  example: boolean,
): RoundFacts {
  const teamOf = new Map(manifest.teams.flatMap((team) => team.contestants.map((id) => [id, team.id] as const)));
  return {
    id: manifest.round.id,
    title: manifest.round.title,
    year: manifest.round.year,
    example,
    packageSha256: criteria.sha256,
    packageId: criteria.package.id,
    packageRevision: criteria.package.revision,
    pkg: criteria.package,
    contestants: new Map(
      manifest.contestants.map((c, position) => [
        c.id,
        { id: c.id, name: c.name, classId: c.class, teamId: teamOf.get(c.id) ?? '', position, documents: new Set(c.documents.map((d) => d.sha256)) },
      ]),
    ),
    examiners: examinerFacts(manifest.examiners),
    teams: new Map(manifest.teams.map((t) => [t.id, { id: t.id, leadId: t.lead, members: new Set(t.members) }])),
  };
}
