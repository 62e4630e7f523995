/**
 * What happens in the demo round: per team, the three examiners' scores and
 * observations per criterion of each contestant (scripts/), the team's
 * decisions, the site visits and the dates; then the jury's two meetings
 * (jury-script.ts). Everything is fixed, so every run tells the same story.
 *
 * Each observation is written once, in the team's words, with a cue: a few
 * words from the contestant's own document (see evidence.ts). Who wrote which
 * observation follows from `authorship`; each examiner's voice is added by
 * `inVoice`, and where two or three wrote the same thing the lead merges their
 * comments in the consensus and edits the text back to the team's words.
 */
import type { Nomination } from '../../../shared/domain/assessment';
import { aspectKey } from '../../../shared/domain/prize-aspects';
import { appError } from '../../../shared/errors';

/** Team's words, then the cue (a phrase of the document; "=…" quotes it exactly). */
export type Observation = readonly [text: string, cue: string];

/** What the team writes on a row of the assessment: strengths and improvement areas, and perhaps a question for the site visit. */
export interface WrittenScript {
  readonly strengths: readonly Observation[];
  readonly improvements: readonly Observation[];
  readonly question?: string;
}

/** A prize aspect (Nytt, Skapar värde, Används): written only, never scored. */
export type AspectScript = WrittenScript;

export interface CriterionScript extends WrittenScript {
  /** The team's members in the order of `TeamScript.members`: the lead, then the second and third. */
  readonly scores: readonly [number, number, number];
  /** The team's score when it lands elsewhere than the rounded mean the consensus starts from. */
  readonly agreed?: number;
  readonly rationale?: string;
  /** What the site visit changed, if the jury chooses one. */
  readonly visit?: { readonly score: number; readonly note: string };
}

export interface ContestantScript {
  readonly contestantId: string;
  /** Every criterion of the package; none for a contestant taking part only in prizes. */
  readonly criteria: Readonly<Record<string, CriterionScript>>;
  /** Per prize the contestant enters, per aspect: what the team writes. */
  readonly prizes?: Readonly<Record<string, Readonly<Record<string, AspectScript>>>>;
  readonly team: {
    readonly summary: readonly string[];
    readonly nextSteps: readonly string[];
    /** Whether the team recommends a site visit (when absent: yes). */
    readonly siteVisit?: boolean;
    readonly nomination: Nomination;
    readonly citation: string;
  };
}

/** A team's three members: the lead (0), then the second (1) and third (2), as in `CriterionScript.scores`. */
export type MemberPosition = 0 | 1 | 2;

export interface TeamScript {
  readonly teamId: string;
  /** Examiner ids, lead first. */
  readonly members: readonly [string, string, string];
  /** In the round's order. */
  readonly contestants: readonly ContestantScript[];
  /** Per member (in `members` order), per contestant (in `contestants` order): when they sit down to assess it. */
  readonly individual: readonly [readonly string[], readonly string[], readonly string[]];
  /** Per contestant: the team's consensus meeting, and the site visit if the jury chooses one. */
  readonly consensus: readonly string[];
  readonly siteVisit: readonly string[];
  /** Whose individual assessment of a contestant is also printed as a bedömning of its own. */
  readonly individualReport?: Readonly<Record<string, MemberPosition>>;
}

/** Which of a row's observations each member wrote (by index), and who asks the site-visit question. */
export function authorship(member: MemberPosition, criterionIndex: number, c: WrittenScript) {
  const three = c.strengths.length >= 3;
  const two = c.improvements.length >= 2;
  const odd = criterionIndex % 2 === 1;
  const written = [
    { strengths: [0, 1], improvements: [0] },
    { strengths: three ? [0, 2] : [0], improvements: [two ? 1 : 0] },
    { strengths: three && odd ? [1, 2] : [1], improvements: two && !odd ? [0, 1] : [0] },
  ][member]!;
  const asks = c.question !== undefined && member === (odd ? 2 : 0);
  return { ...written, question: asks };
}

const VOICE: Record<MemberPosition, { readonly strength: readonly string[]; readonly improvement: readonly string[]; readonly asPrefix: boolean }> = {
  // The lead writes as the team will: plainly.
  0: { strength: [''], improvement: [''], asPrefix: false },
  // The second looks for figures and follow-up.
  1: {
    strength: ['Siffrorna i beskrivningen styrker detta.', 'Det är konkret och går att följa upp.', 'Här syns en tydlig koppling mellan arbetssätt och resultat.'],
    improvement: ['Här skulle mätbara uppgifter stärka beskrivningen.', 'Det bör följas upp med tydliga mått.'],
    asPrefix: false,
  },
  // The third asks what the organisation learns.
  2: {
    strength: ['Ett gott exempel på lärande:', 'Särskilt värt att lyfta fram:', 'Väl beskrivet:'],
    improvement: ['Att arbeta vidare med:', 'En fråga för det fortsatta lärandet:'],
    asPrefix: true,
  },
};

/** A row of the contestant's assessment as the script has it: its place (for `authorship`), what is written, and the scores when it is a criterion. */
export interface ScriptRow {
  readonly key: string;
  readonly index: number;
  readonly written: WrittenScript;
  readonly criterion: CriterionScript | null;
}

/** The rows the team writes on, in the script's order: the criteria, then each prize's aspects (keyed as the assessment keys them). */
export function scriptRows(script: ContestantScript): ScriptRow[] {
  const criteria = Object.entries(script.criteria).map(([key, c]) => ({ key, written: c, criterion: c }));
  const aspects = Object.entries(script.prizes ?? {}).flatMap(([prizeId, aspects]) =>
    Object.entries(aspects).map(([aspectId, a]) => ({ key: aspectKey(prizeId, aspectId), written: a, criterion: null })),
  );
  return [...criteria, ...aspects].map((row, index) => ({ ...row, index }));
}

/** The script's row for a row of the assessment (a criterion's id or an aspect's key). */
export function rowOf(script: ContestantScript, key: string): ScriptRow {
  const found = scriptRows(script).find((r) => r.key === key);
  if (!found) throw appError('demo-script-missing', { criterionId: key });
  return found;
}

/** The observation as this member wrote it. */
export function inVoice(member: MemberPosition, kind: 'strength' | 'improvement', text: string, turn: number): string {
  const voice = VOICE[member];
  const words = voice[kind][turn % voice[kind].length]!;
  if (words === '') return text;
  return voice.asPrefix ? `${words} ${text}` : `${text} ${words}`;
}

/**
 * The round's days, in UTC, beyond each team's own (teams.ts): individual work
 * before 15 September, consensus before 29 September, the jury's first meeting
 * at the end of September, site visits in October, the final meeting after them.
 */
export const TIMELINE = {
  installed: '2026-08-24T07:30:00.000Z',
  /** Stadsledningskontoret receives the teams' consensus files; the jury chooses the site visits. */
  firstMeeting: '2026-09-30T07:30:00.000Z',
  /** The site-visit files are in: the scores are exported for the jury. */
  office: '2026-10-20T07:30:00.000Z',
  finalMeeting: '2026-10-22T07:30:00.000Z',
  /** The jury's reports (bedömning, sammanställning): before the final meeting. */
  reportDate: '2026-10-20',
  /** The letters to the units, which tell the final meeting's decision: after it. */
  feedbackDate: '2026-10-26',
  /** Each action the core records takes this long. */
  stepSeconds: 47,
} as const;
