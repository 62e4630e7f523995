/**
 * Calibration in a training round (formats.md "Training rounds: reference
 * assessments"): after the trainee has submitted their individual assessment
 * of a practice contestant, their work beside the reference assessment
 * (facit) the round carries. The core refuses the comparison before that.
 */
import { z } from 'zod';
import { plainId } from '../domain/ids';
import type { CalibrationSummary, CounterpartHow, CriterionKind, CriterionTrouble } from '../scoring/calibration';
import type { CreatedReport } from './reports';
import { returns } from './define';

export type { CalibrationSummary, Bias, BiasDirection, CounterpartHow } from '../scoring/calibration';

/** One piece of evidence as the comparison shows it. */
export interface CalibrationEvidence {
  /** The document, so the screen can open it at the page in the reader. */
  readonly documentSha256: string;
  readonly documentTitle: string;
  /** PDF page, or Word paragraph (exactly one is set). */
  readonly page: number | null;
  readonly paragraph: number | null;
  readonly quote: string | null;
}

export interface CalibrationComment {
  readonly id: string;
  readonly text: string;
  readonly evidence: readonly CalibrationEvidence[];
}

/** A reference strength or improvement area, and the trainee's comment that covers it (null: none does). */
export interface ReferenceCommentMatch {
  readonly reference: CalibrationComment;
  readonly counterpart: { readonly id: string; readonly text: string; readonly how: CounterpartHow } | null;
}

export interface ScoreSide {
  readonly score: number | null;
  /** The band's label ("Systematiskt"); null when unscored. */
  readonly band: string | null;
}

export interface CriterionCalibration {
  readonly criterionId: string;
  readonly title: string;
  readonly areaTitle: string;
  readonly kind: CriterionKind;
  readonly scale: { readonly min: number; readonly max: number; readonly step: number; readonly unit: string };
  readonly trainee: ScoreSide;
  readonly reference: ScoreSide;
  /** Trainee − reference: in scale units, in the criterion's weighted points, in bands; null unless both scored. */
  readonly difference: number | null;
  /** The difference in percent of the scale's range (what the summary averages). */
  readonly percentDifference: number | null;
  readonly pointsDifference: number | null;
  readonly bandDifference: number | null;
  readonly strengths: readonly ReferenceCommentMatch[];
  readonly improvements: readonly ReferenceCommentMatch[];
  /** The reference's own reasoning for its score (may be empty). */
  readonly rationale: string;
  /** The trainee's comments that cover none of the reference's (shown as "dina övriga"). */
  readonly unmatched: { readonly strengths: readonly CalibrationComment[]; readonly improvements: readonly CalibrationComment[] };
}

export interface CalibrationComparison {
  readonly roundId: string;
  readonly roundTitle: string;
  readonly exampleMaterial: boolean;
  readonly contestant: { readonly id: string; readonly name: string; readonly classTitle: string };
  readonly trainee: { readonly examinerId: string; readonly name: string; readonly revision: number; readonly submittedAt: string };
  /** The reference file: its SHA-256 and the signer's key id (the round's). */
  readonly reference: { readonly sha256: string; readonly keyId: string };
  /** The criteria of the contestant's class, in the package's order. */
  readonly criteria: readonly CriterionCalibration[];
  readonly summary: CalibrationSummary & {
    readonly strengthsCovered: number;
    readonly strengthsTotal: number;
    readonly improvementsCovered: number;
    readonly improvementsTotal: number;
  };
}

/** Per practice contestant of a training round: whether the comparison can be opened now, and why not. */
export interface CalibrationEntry {
  readonly contestantId: string;
  readonly name: string;
  /** Null when the comparison is available; otherwise why not, in Swedish. */
  readonly unavailable: string | null;
}

export interface CalibrationStatus {
  /** Whether the round is a training round (it carries references). */
  readonly training: boolean;
  /** The contestants with a reference, in the round's order (empty when not a training round). */
  readonly entries: readonly CalibrationEntry[];
}

/** The office's calibration overview of a training round (built by electron/core/calibration/overview.ts). */
export interface TraineeCalibration {
  readonly code: string;
  /** Null unless names are shown. */
  readonly name: string | null;
  /** The practice contestants compared (their names). */
  readonly contestants: readonly string[];
  /** Over every compared criterion of every file. */
  readonly summary: CalibrationSummary;
  readonly strengthsCovered: number;
  readonly strengthsTotal: number;
  readonly improvementsCovered: number;
  readonly improvementsTotal: number;
  /** What to work on, in Swedish, most important first; empty when in line with the references. */
  readonly needs: readonly string[];
}

export interface CalibrationOverview {
  readonly round: { readonly id: string; readonly title: string; readonly year: number; readonly exampleMaterial: boolean };
  readonly reportDate: string;
  readonly namesShown: boolean;
  readonly files: number;
  readonly trainees: readonly TraineeCalibration[];
  /** The criteria that trouble most trainees first. */
  readonly criteria: readonly (CriterionTrouble & { readonly title: string; readonly kind: 'process' | 'result' })[];
}

const roundId = plainId;

export const calibrationChannels = {
  'calibration:status': returns<CalibrationStatus>()(z.object({ roundId }).strict()),
  /** Refused (Swedish message) until the user's individual assessment of the contestant is submitted. */
  'calibration:comparison': returns<CalibrationComparison>()(z.object({ roundId, contestantId: plainId }).strict()),
  /** The kalibreringsrapport PDF of the comparison, through a save dialog (null when cancelled). */
  'calibration:create-report': returns<CreatedReport | null>()(z.object({ roundId, contestantId: plainId }).strict()),
  /** Stadsledningskontoret: every trainee's received individual file beside the references; `names` instead of codes E1, E2 … */
  'calibration:overview': returns<CalibrationOverview>()(z.object({ roundId, names: z.boolean() }).strict()),
  'calibration:create-overview': returns<CreatedReport | null>()(z.object({ roundId, names: z.boolean() }).strict()),
} as const;
