/**
 * The jury's decision (`*.kvbeslut`), formats.md "Jury decision", format
 * version 1: one meeting of domarkommittén — the first (which contestants get a
 * site visit) or the final (winner, honourable mention or none, with a
 * citation) — per class of the scored award and per prize of the round, in one
 * shape, with the team files it rests on. Signed by stadsledningskontoret.
 * resources/schemas/kvbeslut-1.schema.json documents the same structure; a unit
 * test keeps the two in agreement.
 */
import { z } from 'zod';
import { INSTANT_PATTERN } from './assessment-file';
import { addProblems, checkHeader, FORMAT_VERSION, formatId, integer, isoDate, parseWith, sha256Field, signatureSchema, type FormatProblem, type FormatResult } from './common';

export const DECISION_FORMAT = 'examinator.jury-decision';
export const DECISION_EXTENSION = 'kvbeslut';
/** 1,000 contestants with citations and their basis fit in a few megabytes. */
export const MAX_DECISION_FILE_BYTES = 16 * 1024 * 1024;
export const MAX_JURY_MEMBERS = 30;
export const MAX_AWARD_CONTESTANTS = 1000;
export const MAX_BASIS_FILES = 5000;
export const CITATION_CHARS = 4000;
export const NOTE_CHARS = 2000;

export const MEETINGS = ['first', 'final'] as const;
export type Meeting = (typeof MEETINGS)[number];
export const DECISIONS = ['winner', 'honourable-mention', 'none'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Text that says something: not empty, not only white space. */
const saying = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'saknas' : 'ska vara text') })
    .max(max, `får vara högst ${max} tecken`)
    .regex(/\S/, 'får inte vara tom');

const instant = () => z.string().regex(INSTANT_PATTERN, 'ska vara en tidpunkt i UTC som ÅÅÅÅ-MM-DDTHH:MM:SSZ');

/** First meeting: whether the contestant gets a site visit, and the jury's note. */
const siteVisitChoiceSchema = z
  .object({ contestant: formatId(), siteVisit: z.boolean({ error: 'ska vara true eller false' }), note: saying(NOTE_CHARS).optional() })
  .strict();

/** Final meeting: a winner and an honourable mention carry a citation (motivering); "none" carries none. */
const awardedSchema = z
  .object({ contestant: formatId(), decision: z.enum(['winner', 'honourable-mention']), citation: saying(CITATION_CHARS) })
  .strict();
const notAwardedSchema = z.object({ contestant: formatId(), decision: z.literal('none') }).strict();
const finalDecisionSchema = z.discriminatedUnion('decision', [awardedSchema, notAwardedSchema], {
  error: (issue) =>
    typeof issue.input === 'object' && issue.input !== null && !('decision' in issue.input) ? 'beslut saknas' : 'ska vara "winner", "honourable-mention" eller "none"',
});

/** A class of the scored award or a prize: every contestant in it, once. */
const award = <E extends z.ZodType>(entry: E) =>
  z.object({ id: formatId(), contestants: z.array(entry).min(1, 'minst en tävlande').max(MAX_AWARD_CONTESTANTS, `högst ${MAX_AWARD_CONTESTANTS} tävlande`) }).strict();

const basisFileSchema = z
  .object({
    sha256: sha256Field(),
    contestant: formatId(),
    stage: z.enum(['consensus', 'site-visit'], { error: 'ska vara "consensus" eller "site-visit"' }),
    revision: integer().min(1, 'ska vara minst 1').max(1_000_000, 'är orimligt stort'),
    author: z.object({ examinerId: formatId(), name: saying(300) }).strict(),
    keyId: sha256Field(),
  })
  .strict();

const header = {
  format: z.literal(DECISION_FORMAT, { error: `ska vara "${DECISION_FORMAT}"` }),
  formatVersion: z.literal(FORMAT_VERSION, { error: `ska vara ${FORMAT_VERSION}` }),
  round: z.object({ id: formatId() }).strict(),
  criteriaPackage: z.object({ id: formatId(), revision: integer().min(1, 'ska vara minst 1'), sha256: sha256Field() }).strict(),
};

const envelope = {
  meetingDate: isoDate(),
  jury: z.array(z.object({ name: saying(300) }).strict()).min(1, 'minst en ledamot').max(MAX_JURY_MEMBERS, `högst ${MAX_JURY_MEMBERS} ledamöter`),
  revision: integer().min(1, 'ska vara minst 1').max(1_000_000, 'är orimligt stort'),
  exportedAt: instant(),
  basis: z.array(basisFileSchema).max(MAX_BASIS_FILES, `högst ${MAX_BASIS_FILES} underlag`),
};

const meetingSchema = <M extends Meeting, E extends z.ZodType>(meeting: M, entry: E) =>
  z
    .object({
      ...header,
      meeting: z.literal(meeting),
      ...envelope,
      classes: z.array(award(entry)).max(100, 'högst 100 klasser'),
      prizes: z.array(award(entry)).max(20, 'högst 20 priser'),
      signature: signatureSchema,
    })
    .strict();

const firstMeetingSchema = meetingSchema('first', siteVisitChoiceSchema);
const finalMeetingSchema = meetingSchema('final', finalDecisionSchema);

/** The structure alone: exactly what the JSON Schema says (the agreement test compares the two). */
export const decisionFileStructure = z.discriminatedUnion('meeting', [firstMeetingSchema, finalMeetingSchema], {
  error: 'ska vara "first" eller "final"',
});

export type DecisionFile = z.infer<typeof decisionFileStructure>;
export type FirstMeetingFile = z.infer<typeof firstMeetingSchema>;
export type FinalMeetingFile = z.infer<typeof finalMeetingSchema>;
export type SiteVisitChoice = z.infer<typeof siteVisitChoiceSchema>;
export type FinalDecision = z.infer<typeof finalDecisionSchema>;
export type BasisFile = z.infer<typeof basisFileSchema>;
export type UnsignedDecisionFile = DecisionFile extends infer F ? (F extends unknown ? Omit<F, 'signature'> : never) : never;

/** Names compared as a person reads them: case, width and spacing aside. */
const personKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');

function usedOnce<T>(items: readonly T[], key: (item: T) => string, at: (index: number) => (string | number)[], message: (item: T) => string): FormatProblem[] {
  const seen = new Set<string>();
  const problems: FormatProblem[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) problems.push({ path: at(index), message: message(item) });
    seen.add(k);
  });
  return problems;
}

/** The rules beyond the structure (the JSON Schema's description lists them too). */
export function decisionFileProblems(file: UnsignedDecisionFile): FormatProblem[] {
  const problems: FormatProblem[] = [];
  if (Number.isNaN(Date.parse(file.exportedAt))) problems.push({ path: ['exportedAt'], message: 'är ingen verklig tidpunkt' });
  problems.push(...usedOnce(file.jury, (m) => personKey(m.name), (i) => ['jury', i, 'name'], (m) => `ledamoten ${m.name.trim()} står två gånger`));
  problems.push(...usedOnce(file.basis, (b) => b.sha256, (i) => ['basis', i, 'sha256'], (b) => `filen ${b.sha256.slice(0, 12)}… står två gånger i underlaget`));
  for (const list of ['classes', 'prizes'] as const) {
    const awards: readonly { id: string; contestants: readonly { contestant: string }[] }[] = file[list];
    const noun = list === 'classes' ? 'klassen' : 'priset';
    problems.push(...usedOnce(awards, (a) => a.id, (i) => [list, i, 'id'], (a) => `${noun} ${a.id} står två gånger`));
    awards.forEach((a, i) =>
      problems.push(...usedOnce(a.contestants, (c) => c.contestant, (k) => [list, i, 'contestants', k, 'contestant'], (c) => `den tävlande ${c.contestant} står två gånger i ${noun} ${a.id}`)),
    );
  }
  return problems;
}

export const decisionFileSchema = decisionFileStructure.superRefine((file, ctx) => addProblems(ctx, decisionFileProblems(file)));

/** What the export validates before it signs. */
export const unsignedDecisionFileSchema = z
  .discriminatedUnion('meeting', [firstMeetingSchema.omit({ signature: true }), finalMeetingSchema.omit({ signature: true })])
  .superRefine((file, ctx) => addProblems(ctx, decisionFileProblems(file)));

const NOUN = 'ett beslut från domarkommittén (.kvbeslut)';

/** Header first (a newer format version is named as such), then structure and rules. */
export function parseDecisionFile(json: unknown): FormatResult<DecisionFile> {
  const refusal = checkHeader(json, DECISION_FORMAT, NOUN);
  if (refusal) return { ok: false, ...refusal };
  return parseWith(decisionFileSchema, json, 'Beslutsfilen är ogiltig', 'decision-invalid');
}

export function parseUnsignedDecisionFile(json: unknown): FormatResult<UnsignedDecisionFile> {
  return parseWith(unsignedDecisionFileSchema, json, 'Beslutet kan inte exporteras', 'decision-invalid');
}
