/**
 * What an assessment is scored against: the round's criteria package (parsed
 * once per content hash — a package's bytes never change under its hash) and
 * the criteria that apply to the contestant's competition class.
 */
import { appError } from '../../../shared/errors';
import type { CriteriaPackage, Criterion } from '../../../shared/formats/criteria-package';
import { applicableCriteria } from '../../../shared/scoring/points';
import type { Db } from '../db/open';
import { packageContent } from '../packages/store';
import { plucked } from './statements';

const parsed = new Map<string, CriteriaPackage>();
const CACHE_SIZE = 8;

/** The criteria package of a round (cached by its sha256). */
export function roundPackage(db: Db, roundId: string): { sha256: string; pkg: CriteriaPackage } {
  const sha256 = plucked(db, 'SELECT package_sha256 FROM rounds WHERE id = ?').get(roundId) as string | undefined;
  if (sha256 === undefined) throw appError('round-missing');
  let pkg = parsed.get(sha256);
  if (!pkg) {
    pkg = packageContent(db, sha256).content;
    parsed.set(sha256, pkg);
    if (parsed.size > CACHE_SIZE) parsed.delete(parsed.keys().next().value!);
  }
  return { sha256, pkg };
}

export interface ContestantContext {
  readonly pkg: CriteriaPackage;
  readonly packageSha256: string;
  readonly classId: string;
  /** The criteria that apply to the contestant's class, in package order. */
  readonly criteria: readonly Criterion[];
  /** The contestant's documents (sha256), in bundle order. */
  readonly documents: readonly string[];
}

export function contestantContext(db: Db, roundId: string, contestantId: string): ContestantContext {
  const { sha256, pkg } = roundPackage(db, roundId);
  const classId = plucked(db, 'SELECT class_id FROM contestants WHERE round_id = ? AND id = ?').get(roundId, contestantId) as
    | string
    | undefined;
  if (classId === undefined) throw appError('contestant-missing');
  const documents = plucked(db, 'SELECT sha256 FROM contestant_documents WHERE round_id = ? AND contestant_id = ? ORDER BY position')
    .all(roundId, contestantId) as string[];
  return { pkg, packageSha256: sha256, classId, criteria: applicableCriteria(pkg, classId), documents };
}
