/**
 * Exchange of assessment files (.kvbedomning): the installation's signing key,
 * importing with a preview, what has arrived, and the jury overview.
 */
import { z } from 'zod';
import type { Nomination, Recommendation, Stage } from '../domain/assessment';
import { itemId, sha256Hex } from '../domain/ids';
import { returns } from './define';
import { fileIdArg } from './packages';

export const STAGE_LABELS: Record<Stage, string> = {
  individual: 'individuell bedömning',
  consensus: 'konsensusbedömning',
  'site-visit': 'bedömning efter platsbesök',
};

/** The team's proposed award, in the same words on every screen, PDF and spreadsheet. */
export const NOMINATION_LABELS: Record<Nomination, string> = {
  winner: 'Vinnare',
  'honourable-mention': 'Hedersomnämnande',
  none: 'Ingen utmärkelse',
};

/** This installation's public signing key (the private part never leaves the secret store). */
export interface InstallationKey {
  readonly keyId: string;
  readonly publicKeyPem: string;
}

/** What a file says it is, with the names this computer knows for its ids. */
export interface AssessmentFileHeader {
  readonly roundId: string;
  readonly roundTitle: string | null;
  readonly contestantId: string;
  readonly contestantName: string | null;
  readonly stage: Stage;
  readonly examinerId: string;
  readonly examinerName: string;
  readonly revision: number;
  readonly exportedAt: string;
  readonly keyId: string;
}

/**
 * new: nothing from this author for this contestant and stage yet; newer: replaces
 * the revision held; same: already here, nothing changes; older: ignored;
 * key-changed: signed with another key than the one pinned (the user may accept it);
 * refused: with the reason in `message`.
 */
export type PreviewStatus = 'new' | 'newer' | 'same' | 'older' | 'key-changed' | 'refused';

export interface KeyFacts {
  readonly keyId: string;
  /** The key pinned for the author before this file; null when this file pins the first. */
  readonly pinnedKeyId: string | null;
  /** The user accepted this key change for this import. */
  readonly accepted: boolean;
  /** The round registers the author's key and this file is signed with it. */
  readonly registered?: boolean;
}

export interface AssessmentPreviewItem {
  readonly fileId: string;
  readonly fileName: string;
  /** Of the file's bytes; apply refuses a file that changed since the preview. Null when unreadable. */
  readonly sha256: string | null;
  readonly status: PreviewStatus;
  readonly message: string;
  readonly header: AssessmentFileHeader | null;
  readonly heldRevision: number | null;
  readonly key: KeyFacts | null;
}

export type AppliedStatus = 'added' | 'replaced' | 'unchanged' | 'ignored' | 'refused';

export interface AssessmentApplyItem {
  readonly fileId: string;
  readonly fileName: string;
  readonly status: AppliedStatus;
  readonly message: string;
}

/** A file that has arrived: always visible (independence hides content, never arrival). */
export interface ReceivedAssessmentView {
  readonly contestantId: string;
  readonly contestantName: string;
  readonly stage: Stage;
  readonly examinerId: string;
  readonly examinerName: string;
  readonly revision: number;
  readonly exportedAt: string;
  readonly importedAt: string;
  readonly keyId: string;
  /** Earlier revisions kept (consensus freezes on one revision and may compare). */
  readonly earlierRevisions: number;
}

export interface JuryCriterionScore {
  readonly criterionId: string;
  readonly score: number | null;
  /** max − min of the individual scores; null with fewer than one score. */
  readonly spread: number | null;
  readonly individual: readonly { readonly examinerId: string; readonly score: number | null }[];
}

export type JuryRow =
  | {
      readonly status: 'shown';
      readonly contestantId: string;
      readonly name: string;
      readonly code: string;
      readonly teamId: string;
      /** The team as people know it: by its lead, never its id. */
      readonly teamName: string;
      readonly stage: Stage;
      readonly revision: number;
      readonly rank: number;
      readonly total: number;
      readonly maxPoints: number;
      readonly criteria: readonly JuryCriterionScore[];
      readonly recommendation: Recommendation;
      /** Team members (names) who never submitted an individual assessment the team's could build on. */
      readonly notSubmitted: readonly string[];
    }
  | {
      readonly status: 'hidden' | 'missing';
      readonly contestantId: string;
      readonly name: string;
      readonly code: string;
      readonly teamId: string;
      readonly teamName: string;
      /** Why nothing is shown (independence, or no consensus file yet). */
      readonly reason: string;
    };

export interface JuryClass {
  readonly classId: string;
  readonly title: string;
  readonly criteria: readonly { readonly id: string; readonly title: string; readonly points: number }[];
  readonly rows: readonly JuryRow[];
}

export interface JuryOverview {
  readonly roundId: string;
  readonly title: string;
  readonly year: number;
  readonly exampleMaterial: boolean;
  readonly examiners: readonly { readonly id: string; readonly name: string }[];
  readonly classes: readonly JuryClass[];
}

/** An exported .kvbedomning: where it was saved and which revision it became. */
export interface ExportedAssessmentView {
  readonly path: string;
  readonly fileName: string;
  readonly revision: number;
  readonly keyId: string;
}

export interface SavedExport {
  readonly path: string;
  readonly fileName: string;
}

const roundId = z.string().min(1).max(64);
const acceptedKeys = z
  .array(z.object({ roundId, examinerId: z.string().min(1).max(64), keyId: sha256Hex }).strict())
  .max(200);
export type AcceptedKey = z.infer<typeof acceptedKeys>[number];

export const exchangeChannels = {
  'identity:get': returns<InstallationKey>()(z.object({}).strict()),
  /** Saves my public signing key as a .pem for stadsledningskontoret to register in the round; null when the user cancelled. */
  'identity:save-public-key': returns<SavedExport | null>()(z.object({}).strict()),
  /** Reads and checks the files, and says per file what importing would do; changes nothing. */
  'assessment:preview-import': returns<AssessmentPreviewItem[]>()(
    z.object({ fileIds: z.array(fileIdArg).min(1).max(200), acceptedKeys }).strict(),
  ),
  /** Applies each file all-or-nothing in its own transaction, in order. */
  'assessment:apply-import': returns<AssessmentApplyItem[]>()(
    z.object({ items: z.array(z.object({ fileId: fileIdArg, sha256: sha256Hex }).strict()).min(1).max(200), acceptedKeys }).strict(),
  ),
  /** Signs and saves one of my submitted assessments; null when the save dialog was cancelled. */
  'assessment:export': returns<ExportedAssessmentView | null>()(
    z.object({ assessmentId: itemId, includePrivateNotes: z.boolean() }).strict(),
  ),
  /** Saves the assessment's hash-chained change log as JSON (verifiable with `examinator assessment verify-log`). */
  'assessment:export-log': returns<SavedExport | null>()(z.object({ assessmentId: itemId, includePrivateNotes: z.boolean() }).strict()),
  'assessment:received': returns<ReceivedAssessmentView[]>()(z.object({ roundId }).strict()),
  'jury:overview': returns<JuryOverview>()(z.object({ roundId }).strict()),
  'jury:export': returns<SavedExport | null>()(
    z.object({ roundId, format: z.enum(['xlsx', 'csv']), hideNames: z.boolean() }).strict(),
  ),
} as const;
