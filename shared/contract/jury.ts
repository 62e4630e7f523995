/**
 * Domarkommitténs arbetsyta (stadsledningskontoret keeps the jury's record):
 * per meeting and class (or prize) the team results ranked, the jury's
 * choices, decisions and citations, what is still missing, export of the
 * signed decision (.kvbeslut); and a team lead's import of it.
 */
import { z } from 'zod';
import type { Recommendation, Stage } from '../domain/assessment';
import { CITATION_CHARS, DECISIONS, MAX_JURY_MEMBERS, MEETINGS, NOTE_CHARS, type Decision, type Meeting } from '../formats/jury-decision';
import { returns } from './define';
import { fileIdArg } from './packages';

export const MEETING_LABELS: Record<Meeting, string> = { first: 'Första mötet – platsbesök', final: 'Slutmötet – beslut' };
export const DECISION_LABELS: Record<Decision, string> = { winner: 'Vinnare', 'honourable-mention': 'Hedersomnämnande', none: 'Inget pris' };

export interface JuryEntryView {
  readonly contestantId: string;
  readonly name: string;
  readonly code: string;
  readonly teamName: string;
  /** Whether a team result is here to judge by; the reason when not. */
  readonly status: 'shown' | 'hidden' | 'missing';
  readonly reason: string | null;
  /** Rank in the class on this meeting's totals (before the site visit at the first meeting). */
  readonly rank: number | null;
  readonly stage: Stage | null;
  readonly revision: number | null;
  /** Weighted total on the consensus scores, before any site visit. */
  readonly before: number | null;
  /** Weighted total after the site visit; null until a site-visit file is here. */
  readonly after: number | null;
  readonly maxPoints: number | null;
  /** The largest spread of individual scores on one criterion. */
  readonly spread: number | null;
  readonly recommendation: Recommendation | null;
  readonly strengths: readonly string[];
  readonly improvements: readonly string[];
  readonly siteVisit: boolean | null;
  readonly decision: Decision | null;
  readonly citation: string;
  readonly note: string;
}

export interface JuryAwardView {
  readonly kind: 'class' | 'prize';
  readonly id: string;
  readonly title: string;
  readonly entries: readonly JuryEntryView[];
  /** What is missing, each said in one sentence; empty when the class can be exported. */
  readonly missing: readonly string[];
  /** Contestants still without a choice (first meeting) or a decision with its citation (final): the export waits for them. */
  readonly undecided: readonly string[];
}

/** A class of the meeting in the screen's class picker: its size and how many still lack a choice or decision. */
export interface JuryClassSummary {
  readonly kind: 'class';
  readonly id: string;
  readonly title: string;
  readonly contestants: number;
  readonly undecided: number;
}

export interface JuryWorkspace {
  readonly roundId: string;
  readonly title: string;
  readonly exampleMaterial: boolean;
  readonly meeting: Meeting;
  readonly meetingDate: string | null;
  readonly members: readonly string[];
  readonly lastRevision: number;
  /** Every class with contestants (the meeting is complete when none has any undecided). */
  readonly classes: readonly JuryClassSummary[];
  /** The classes shown: the one asked for (the screen's), or every class. */
  readonly awards: readonly JuryAwardView[];
}

export interface ExportedDecision {
  readonly path: string;
  readonly fileName: string;
  readonly revision: number;
  readonly keyId: string;
  readonly exampleMaterial: boolean;
}

/** A decision as a team lead sees it after import: per contestant of the round, what the jury said. */
export interface ReceivedDecisionView {
  readonly roundId: string;
  readonly roundTitle: string;
  readonly meeting: Meeting;
  readonly meetingDate: string;
  readonly revision: number;
  readonly members: readonly string[];
  readonly signerFingerprint: string;
  readonly exampleMaterial: boolean;
  readonly entries: readonly { readonly contestantId: string; readonly name: string; readonly award: string; readonly siteVisit: boolean | null; readonly decision: Decision | null; readonly text: string }[];
}

/** A decision file before import: what it says, and what importing it would do (a new meeting, a newer revision, or nothing). */
export interface DecisionPreview {
  readonly decision: ReceivedDecisionView;
  readonly held: 'new' | 'newer' | 'unchanged';
}

const roundId = z.string().min(1).max(64);
const meeting = z.enum(MEETINGS);
const awardIdArg = z.string().min(1).max(64);
const awardRef = { awardKind: z.enum(['class', 'prize']), awardId: awardIdArg, contestantId: z.string().min(1).max(64) };

export const juryChannels = {
  /** One class (`awardId`, by default the first); the screen shows one class at a time. */
  'decision:workspace': returns<JuryWorkspace>()(z.object({ roundId, meeting, awardId: awardIdArg.optional() }).strict()),
  'decision:save-meeting': returns<JuryWorkspace>()(
    z
      .object({
        roundId,
        meeting,
        awardId: awardIdArg.optional(),
        meetingDate: z.iso.date().nullable(),
        members: z.array(z.string().trim().min(1).max(300)).max(MAX_JURY_MEMBERS),
      })
      .strict(),
  ),
  /** Answers with the class the screen shows (`shownClass`; by default the entry's own class or the first). */
  'decision:set-entry': returns<JuryWorkspace>()(
    z
      .object({
        roundId,
        meeting,
        ...awardRef,
        shownClass: awardIdArg.optional(),
        siteVisit: z.boolean().nullable().optional(),
        decision: z.enum(DECISIONS).nullable().optional(),
        citation: z.string().max(CITATION_CHARS).optional(),
        note: z.string().max(NOTE_CHARS).optional(),
      })
      .strict(),
  ),
  'decision:export': returns<ExportedDecision | null>()(z.object({ roundId, meeting, keyFileId: fileIdArg }).strict()),
  'decision:preview': returns<DecisionPreview>()(z.object({ fileId: fileIdArg }).strict()),
  'decision:import': returns<ReceivedDecisionView>()(z.object({ fileId: fileIdArg }).strict()),
  'decision:received': returns<ReceivedDecisionView[]>()(z.object({ roundId }).strict()),
} as const;
