/**
 * Calibration from files (the CLI and the demo): a trainee's exported,
 * verified individual `.kvbedomning` beside the reference the verified
 * training round carries for that contestant. An exported file is submitted
 * by definition (only a submitted assessment is exported).
 */
import type { CalibrationComparison } from '../../../shared/contract/calibration';
import { appError } from '../../../shared/errors';
import type { AssessmentFile } from '../../../shared/formats/assessment-file';
import type { CriteriaPackage } from '../../../shared/formats/criteria-package';
import type { RoundManifest } from '../../../shared/formats/round';
import type { VerifiedReference } from '../rounds/training-references';
import { compareWithReference } from './compare';

export interface TrainingRound {
  readonly manifest: RoundManifest;
  readonly pkg: CriteriaPackage;
  readonly example: boolean;
  readonly references: readonly VerifiedReference[];
}

type FileContent = Omit<AssessmentFile, 'signature'>;

export function compareFile(round: TrainingRound, file: FileContent): CalibrationComparison {
  const contestant = round.manifest.contestants.find((c) => c.id === file.contestant.id);
  if (!contestant) throw appError('contestant-missing');
  if (round.references.length === 0) throw appError('calibration-not-training', { title: round.manifest.round.title });
  if (file.stage !== 'individual') throw appError('calibration-not-individual', { name: contestant.name });
  const reference = round.references.find((r) => r.contestantId === contestant.id);
  if (!reference) throw appError('calibration-no-reference', { name: contestant.name });
  return compareWithReference({
    round: round.manifest,
    pkg: round.pkg,
    exampleMaterial: round.example,
    contestantId: contestant.id,
    trainee: { examinerId: file.author.examinerId, name: file.author.name, revision: file.revision, submittedAt: file.exportedAt, criteria: file.criteria },
    reference: { sha256: reference.sha256, keyId: reference.file.signature.keyId, criteria: reference.file.criteria },
  });
}
