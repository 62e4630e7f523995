/**
 * Criteria packages in the database: stored verbatim (the signed bytes are the
 * evidence) and read back re-validated. The same content twice is one row; a
 * different package claiming an id and revision already held is refused.
 */
import { appError } from '../../../shared/errors';
import type { PackageSummary, PackageView } from '../../../shared/contract/packages';
import { parseSignedCriteriaPackage, type CriteriaPackage } from '../../../shared/formats/criteria-package';
import type { Db } from '../db/open';
import { parseJsonBytes } from './json-bytes';
import type { VerifiedPackage } from './criteria-file';

/**
 * 'unchanged' when these exact bytes are here, 'new' when nothing claims this
 * id and revision; a different package with the same id and revision is refused.
 */
export function assertStorable(
  db: Db,
  pkg: { readonly id: string; readonly revision: number },
  sha256: string,
  advice = 'Ett ändrat paket måste ha en högre revision; kontakta stadsledningskontoret.',
): 'unchanged' | 'new' {
  const existing = db
    .prepare('SELECT sha256 FROM criteria_packages WHERE sha256 = ? OR (package_id = ? AND revision = ?)')
    .all(sha256, pkg.id, pkg.revision) as { sha256: string }[];
  if (existing.some((row) => row.sha256 === sha256)) return 'unchanged';
  if (existing.length > 0) {
    throw appError('package-revision-conflict', { id: pkg.id, revision: pkg.revision, advice });
  }
  return 'new';
}

/** 'stored', or 'unchanged' when these exact bytes were already here. */
export function storePackage(db: Db, verified: VerifiedPackage, importedAt: string): 'stored' | 'unchanged' {
  const pkg = verified.package;
  if (assertStorable(db, pkg, verified.sha256) === 'unchanged') return 'unchanged';
  db.prepare(
    `INSERT INTO criteria_packages (sha256, package_id, revision, title, year, signer_key_id, example, content, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(verified.sha256, pkg.id, pkg.revision, pkg.title, pkg.year, verified.signer.keyId, verified.signer.example ? 1 : 0, verified.bytes, importedAt);
  return 'stored';
}

interface PackageRow {
  sha256: string;
  package_id: string;
  revision: number;
  title: string;
  year: number;
  signer_key_id: string;
  example: number;
  imported_at: string;
}

const SELECT = `SELECT p.sha256, p.package_id, p.revision, p.title, p.year, p.signer_key_id, p.example, p.imported_at
                  FROM criteria_packages p`;

/** A stored package; how many rounds use it is the rounds' to say (rounds/uses.ts). */
export type StoredPackage = Omit<PackageSummary, 'roundCount'>;

function summary(row: PackageRow): StoredPackage {
  return {
    sha256: row.sha256,
    id: row.package_id,
    revision: row.revision,
    title: row.title,
    year: row.year,
    exampleMaterial: row.example === 1,
    signerKeyId: row.signer_key_id,
    importedAt: row.imported_at,
  };
}

export function listPackages(db: Db): StoredPackage[] {
  return (db.prepare(`${SELECT} ORDER BY p.year DESC, p.package_id, p.revision DESC`).all() as PackageRow[]).map(summary);
}

/** The stored bytes, parsed again: what was valid at import stays the single source. */
export function packageContent(db: Db, sha256: string): { bytes: Buffer; content: CriteriaPackage } {
  const row = db.prepare('SELECT content FROM criteria_packages WHERE sha256 = ?').get(sha256) as { content: Buffer } | undefined;
  if (!row) throw appError('package-missing');
  const parsed = parseSignedCriteriaPackage(parseJsonBytes(row.content, 'Det lagrade kriteriepaketet'));
  if (!parsed.ok) throw new Error(`stored package ${sha256} no longer parses: ${parsed.message}`);
  return { bytes: row.content, content: parsed.value.package };
}

// Packages are content-addressed and never change: parse each once (it is most of an edit's and an import's fixed cost).
const parsedPackages = new Map<string, CriteriaPackage>();
const PARSED_PACKAGES_KEPT = 8;

/** The criteria package stored under a content hash, parsed once per process (the one cache of parsed packages). */
export function parsedPackage(db: Db, sha256: string): CriteriaPackage {
  let pkg = parsedPackages.get(sha256);
  if (!pkg) {
    pkg = packageContent(db, sha256).content;
    parsedPackages.set(sha256, pkg);
    if (parsedPackages.size > PARSED_PACKAGES_KEPT) parsedPackages.delete(parsedPackages.keys().next().value!);
  }
  return pkg;
}

export function getPackage(db: Db, sha256: string): Omit<PackageView, 'roundCount'> {
  const row = db.prepare(`${SELECT} WHERE p.sha256 = ?`).get(sha256) as PackageRow | undefined;
  if (!row) throw appError('package-missing');
  return { ...summary(row), content: packageContent(db, sha256).content };
}
