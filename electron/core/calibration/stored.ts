/**
 * What calibration needs from this computer: the training round's references
 * (verified when the round was imported, kept verbatim by migration 0012) and
 * the user's own latest submitted individual assessment of a contestant.
 * Nothing here shows a reference before that assessment was submitted.
 */
import type { CriterionAssessment } from '../../../shared/domain/assessment';
import { appError } from '../../../shared/errors';
import { parseAssessmentFile, type TeamAssessmentFile } from '../../../shared/formats/assessment-file';
import { findAssessment, latestSubmitted } from '../assessments';
import type { Db } from '../db/open';
import { plucked, prepared } from '../db/statements';
import { parseJsonBytes } from '../packages/json-bytes';
import { currentViewer } from '../rounds/identity';
import type { StoredRound } from '../rounds/model';

export interface StoredReference {
  readonly sha256: string;
  readonly file: TeamAssessmentFile;
}

/** The contestants of the round that carry a reference, in the round's order. */
export function referencedContestants(db: Db, round: StoredRound): string[] {
  const referenced = new Set(plucked(db, 'SELECT contestant_id FROM training_references WHERE round_id = ?').all(round.id) as string[]);
  return [...round.contestants.keys()].filter((id) => referenced.has(id));
}

export function storedReference(db: Db, roundId: string, contestantId: string): StoredReference | null {
  const row = prepared(db, 'SELECT sha256, bytes FROM training_references WHERE round_id = ? AND contestant_id = ?').get(roundId, contestantId) as
    | { sha256: string; bytes: Buffer }
    | undefined;
  if (!row) return null;
  // Verified (signature, round, package, content) when the round was imported; read again only for its shape.
  const parsed = parseAssessmentFile(parseJsonBytes(row.bytes, 'Referensbedömningen'));
  if (!parsed.ok || parsed.value.stage !== 'consensus') throw appError('reference-not-consensus', { path: contestantId });
  return { sha256: row.sha256, file: parsed.value };
}

export interface SubmittedTrainee {
  readonly examinerId: string;
  readonly name: string;
  readonly revision: number;
  readonly submittedAt: string;
  readonly criteria: readonly CriterionAssessment[];
}

/** The user's latest submitted individual assessment of the contestant; refuses (in Swedish) before there is one. */
export function submittedTrainee(db: Db, round: StoredRound, contestantId: string): SubmittedTrainee {
  const contestant = round.contestants.get(contestantId);
  if (!contestant) throw appError('contestant-missing');
  const viewer = currentViewer(db, round.id);
  if (viewer.kind !== 'examiner') throw appError('calibration-no-trainee');
  const assessment = findAssessment(db, { roundId: round.id, contestantId, examinerId: viewer.examiner.id, stage: 'individual' });
  const submitted = assessment ? latestSubmitted(db, assessment) : null;
  if (!submitted) throw appError('calibration-not-submitted', { name: contestant.name });
  return {
    examinerId: viewer.examiner.id,
    name: viewer.examiner.name,
    revision: submitted.revision,
    submittedAt: submitted.submittedAt,
    criteria: submitted.criteria as readonly CriterionAssessment[],
  };
}
