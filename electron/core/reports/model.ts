/**
 * The report view models: plain, fully computed data that the PDF layouts
 * render. Whoever builds a model (from the database, from imported
 * .kvbedomning files, or a test fixture) has already done every lookup and
 * every piece of scoring math; the layouts only place, format and tag.
 *
 * What a model does not carry cannot leak into a PDF: no model has a field for
 * an examiner's private note, and the feedback model has no field for scores
 * unless the round asks for them.
 */
import type { Nomination, Recommendation, Stage } from '../../../shared/domain/assessment';

export interface ReportRound {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  /** Signed with the shipped example key: every page says it is övningsmaterial. */
  readonly exampleMaterial: boolean;
}

export interface ReportPackage {
  readonly title: string;
  readonly revision: number;
}

export interface ReportContestant {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly classId: string;
  readonly classTitle: string;
}

export interface ReportExaminer {
  readonly name: string;
  readonly initials: string;
  readonly role: 'lead' | 'member';
}

/** A passage in the verksamhetsbeskrivning: a PDF page or (DOCX) a paragraph, optionally quoted. */
export interface ReportEvidence {
  readonly page?: number;
  readonly paragraph?: number;
  readonly quote?: string;
}

export interface ReportComment {
  readonly text: string;
  readonly evidence: readonly ReportEvidence[];
}

/** A team comment and the initials of the examiners whose comments it was merged from. */
export interface TeamComment extends ReportComment {
  readonly sourceInitials: readonly string[];
}

/** A criterion's scale: scores run from min to max in steps; unit is "%" or empty. */
export interface ReportScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly unit: string;
}

/** A score with what it means: the band label and the criterion's weighted points. */
export interface ScoreValue {
  readonly score: number;
  readonly band: string;
  readonly points: number;
}

/** The team's recommendation, as the assessment file carries it (the draft citation is empty when none is written). */
export type { Recommendation };

// ── Bedömning (for the jury) ───────────────────────────────────────────────

/** The individual examiners' scores behind a consensus score. */
export interface IndividualScores {
  readonly scores: readonly { readonly initials: string; readonly score: number | null }[];
  /** Over the examiners who scored; null when nobody did. */
  readonly min: number | null;
  readonly max: number | null;
  readonly spread: number | null;
  /** The spread reached the package's threshold, so the team had to discuss it. */
  readonly spreadReached: boolean;
}

export interface BedomningCriterion {
  readonly id: string;
  readonly title: string;
  readonly kind: 'process' | 'result';
  readonly pointsAvailable: number;
  readonly scale: ReportScale;
  /** The score this report stands for (consensus, after the site visit, or one examiner's); null = not scored. */
  readonly result: ScoreValue | null;
  /** Null when the report is built from one examiner's assessment. */
  readonly individual: IndividualScores | null;
  /** The team's rationale for the agreed score; empty when none. */
  readonly rationale: string;
  /** Present once the site visit has been recorded for this criterion. */
  readonly siteVisit: { readonly before: ScoreValue | null; readonly after: ScoreValue | null; readonly note: string } | null;
  readonly strengths: readonly TeamComment[];
  readonly improvements: readonly TeamComment[];
  readonly siteVisitQuestions: readonly string[];
}

export interface BedomningArea {
  readonly id: string;
  readonly title: string;
  readonly pointsAvailable: number;
  /** Sum of the scored criteria's weighted points; null when none is scored. */
  readonly points: number | null;
  readonly criteria: readonly BedomningCriterion[];
}

/** Digest of one examiner's change log: how many entries and the hash that chains them all. */
export interface ChangeLogDigest {
  readonly examinerName: string;
  readonly initials: string;
  readonly entries: number;
  readonly finalHash: string;
  /** Whose assessment the log belongs to: an examiner's individual one, or the team's the lead keeps. */
  readonly stage: Stage;
  readonly revision: number;
}

/** A signed file a report is built from: who wrote it, which stage and revision, which bytes, which key. */
export interface ReportBasisFile {
  readonly author: string;
  readonly stage: Stage;
  readonly revision: number;
  /** SHA-256 of the file's bytes; null for an assessment made on this computer that is read from its store. */
  readonly sha256: string | null;
  /** The signer's fingerprint, as shown everywhere (shared/fingerprint.ts). */
  readonly fingerprint: string;
}

export interface BedomningModel {
  readonly round: ReportRound;
  readonly package: ReportPackage;
  readonly contestant: ReportContestant;
  readonly team: readonly ReportExaminer[];
  /** Which assessment this is: the team's consensus (before/after the site visit) or one examiner's. */
  readonly basis: { readonly stage: Stage; readonly author: ReportExaminer | null };
  /** The report's date, "YYYY-MM-DD". */
  readonly reportDate: string;
  /** The team's overall summary; empty when none. */
  readonly summary: string;
  readonly areas: readonly BedomningArea[];
  readonly totals: {
    readonly pointsAvailable: number;
    readonly points: number;
    /** The total before the site visit, when the site visit changed anything. */
    readonly pointsBeforeSiteVisit: number | null;
    readonly scoredCriteria: number;
    readonly criteria: number;
  };
  readonly recommendation: Recommendation;
  /** Team members (names) who never submitted an individual assessment the team's could build on. */
  readonly notSubmitted: readonly string[];
  /** After the site visit: the day the team submitted its assessment after it ("YYYY-MM-DD"); null before. */
  readonly siteVisitDate: string | null;
  readonly spreadThreshold: number;
  /** For the traceability appendix (spårbarhetsbilaga); null when the data is not available. */
  readonly changeLogs: readonly ChangeLogDigest[] | null;
  /** The file this report is built from; null when the caller did not say (a preview from the builder alone). */
  readonly basisFile: ReportBasisFile | null;
}

// ── Återföringsrapport (for the contestant): see feedback-model.ts ─────────

export type { AterforingArea, AterforingModel } from './feedback-model';

// ── Sammanställning (jury overview per class) ──────────────────────────────

export interface SammanstallningEntry {
  /** 1-based; contestants with equal totals share a rank. */
  readonly rank: number;
  /** A, B, C … — always set; the only identity shown when the model is anonymous. */
  readonly code: string;
  /** Null in an anonymous model: the names never enter it. */
  readonly name: string | null;
  readonly organisation: string | null;
  readonly stage: Stage;
  readonly total: number;
  /** Aligned with the model's areas. */
  readonly areaPoints: readonly (number | null)[];
  /** Aligned with the model's criteria: the consensus score and the individual spread. */
  readonly scores: readonly (number | null)[];
  readonly spreads: readonly (number | null)[];
  readonly recommendation: { readonly siteVisit: boolean | null; readonly nomination: Nomination | null };
  /** Team members (names) who never submitted an individual assessment the team's could build on. */
  readonly notSubmitted: readonly string[];
  /** The team file this entry is built from. */
  readonly file: ReportBasisFile | null;
}

export interface SammanstallningModel {
  readonly round: ReportRound;
  readonly package: ReportPackage;
  readonly class: { readonly id: string; readonly title: string };
  readonly reportDate: string;
  readonly anonymous: boolean;
  readonly spreadThreshold: number;
  readonly pointsAvailable: number;
  readonly areas: readonly { readonly id: string; readonly title: string; readonly pointsAvailable: number }[];
  readonly criteria: readonly { readonly id: string; readonly title: string; readonly areaId: string; readonly unit: string }[];
  /** In rank order. */
  readonly entries: readonly SammanstallningEntry[];
  /** The class's contestants without a team assessment, in the round's order; names null when anonymous. */
  readonly missing: readonly { readonly code: string; readonly name: string | null; readonly organisation: string | null }[];
}
