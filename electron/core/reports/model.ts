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
import type { KeyPoint } from '../../../shared/scoring/key-points';
import type { Nomination, Recommendation, Stage } from '../../../shared/domain/assessment';
import type { Decision } from '../../../shared/formats/jury-decision';

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
  /** Null in an anonymised report: no examiner's name enters it. */
  readonly author: string | null;
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
  readonly basis: { readonly stage: Stage; readonly revision: number; readonly author: ReportExaminer | null };
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

/** Which jury meeting the sammanställning is made for: the first sees consensus scores only. */
export type SammanstallningMeeting = 'first' | 'final';

/** A criterion's score with its band label (the package's descriptor of the score's band). */
export interface BandedScore {
  readonly score: number;
  readonly band: string;
}

/** One of the team's key strengths or improvement areas, cut short; see shared/scoring/key-points.ts for the rule. */
export type { KeyPoint };

export interface SammanstallningEntry {
  /** 1-based; contestants with equal totals share a rank. */
  readonly rank: number;
  /** A, B, C … — always set; the only identity shown when the model is anonymous. */
  readonly code: string;
  /** Null in an anonymous model: the names never enter it. */
  readonly name: string | null;
  readonly organisation: string | null;
  /** The team file the row comes from: its stage and revision. */
  readonly stage: Stage;
  readonly revision: number;
  /** The team's consensus total, before any site visit. */
  readonly before: number;
  /** The total after the site visit; null without one, and always in the first meeting's edition. */
  readonly after: number | null;
  /** What the row is ranked on: the consensus total at the first meeting, the result (after ?? before) at the final. */
  readonly total: number;
  /** Aligned with the model's areas: the edition's points (consensus at the first meeting, the result at the final). */
  readonly areaPoints: readonly (number | null)[];
  /** Aligned with the model's criteria: the edition's score with its band, and the individual spread. */
  readonly scores: readonly (BandedScore | null)[];
  readonly spreads: readonly (number | null)[];
  readonly keyPoints: { readonly strengths: readonly KeyPoint[]; readonly improvements: readonly KeyPoint[] };
  /** The team's proposal; the nomination is always null in the first meeting's edition. */
  readonly recommendation: { readonly siteVisit: boolean | null; readonly nomination: Nomination | null };
  /** The jury's own decision at the final meeting, when its signed decision is at hand; never the team's proposal. */
  readonly jury: { readonly decision: Decision; readonly citation: string } | null;
  /** Team members (names) who never submitted an individual assessment the team's could build on; empty when anonymous. */
  readonly notSubmitted: readonly string[];
  /** The team file this entry is built from (its author null when anonymous). */
  readonly file: ReportBasisFile | null;
}

/** The jury's signed decision of the final meeting, as far as the sammanställning shows it. */
export interface SammanstallningDecision {
  readonly meetingDate: string;
  readonly revision: number;
  /** By contestant id. */
  readonly byContestant: ReadonlyMap<string, { readonly decision: Decision; readonly citation: string }>;
}

export interface SammanstallningModel {
  readonly round: ReportRound;
  readonly package: ReportPackage;
  readonly class: { readonly id: string; readonly title: string };
  readonly reportDate: string;
  readonly meeting: SammanstallningMeeting;
  readonly anonymous: boolean;
  /** The jury's decision shown beside the team's proposals (final meeting only); null when it has not decided. */
  readonly jury: { readonly meetingDate: string; readonly revision: number } | null;
  readonly spreadThreshold: number;
  readonly pointsAvailable: number;
  readonly areas: readonly { readonly id: string; readonly title: string; readonly pointsAvailable: number }[];
  readonly criteria: readonly { readonly id: string; readonly title: string; readonly areaId: string; readonly unit: string }[];
  /** In rank order. */
  readonly entries: readonly SammanstallningEntry[];
  /** The class's contestants without a team assessment, in the round's order; names null when anonymous. */
  readonly missing: readonly { readonly code: string; readonly name: string | null; readonly organisation: string | null }[];
}
