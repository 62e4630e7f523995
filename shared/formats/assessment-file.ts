/**
 * The assessment export (`*.kvbedomning`), formats.md "Assessment export",
 * format version 1. The JSON Schema in resources/schemas/kvbedomning-1.schema.json
 * documents the same structure for other tools; a unit test keeps the two in
 * agreement. The per-criterion content is the domain model of
 * shared/domain/assessment.ts; this file adds the envelope around it and the
 * rules a schema cannot say (ids used once, notes only when chosen, …).
 */
import { z } from 'zod';
import {
  consensusCriterionSchema,
  criterionAssessmentSchema,
  LIMITS,
  recommendationSchema,
  type ConsensusCriterion,
  type CriterionAssessment,
} from '../domain/assessment';
import { MAX_PRIZE_ASPECTS, MAX_ROUND_PRIZES } from './prizes';
import { addProblems, checkHeader, FORMAT_VERSION, formatId, integer, issueMessage, sha256Field, signatureSchema, text, type FormatProblem, type FormatResult } from './common';

export const ASSESSMENT_FORMAT = 'examinator.assessment';
export const ASSESSMENT_EXTENSION = 'kvbedomning';
/** A real file is tens of kilobytes; this bounds what is read before anything is parsed. */
export const MAX_ASSESSMENT_FILE_BYTES = 8 * 1024 * 1024;
export const MAX_CRITERIA = 200;
export const MAX_TEAM_SOURCES = 20;
export const MAX_NEXT_STEPS = 20;

/** UTC instants as the app writes them (`toISOString()`), seconds or milliseconds. */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** An Ed25519 public key as SPKI PEM (formats.md, "Signing"). */
export const PUBLIC_KEY_PATTERN = /^-----BEGIN PUBLIC KEY-----\r?\n[A-Za-z0-9+/=\r\n]{1,400}-----END PUBLIC KEY-----\r?\n?$/;

const instant = () => z.string().regex(INSTANT_PATTERN, 'ska vara en tidpunkt i UTC som ÅÅÅÅ-MM-DDTHH:MM:SSZ');

/** Digest of a hash-chained change log: how many entries, and the last entry's hash. */
export const changeLogDigestSchema = z
  .object({ entries: integer().min(0, 'får inte vara negativt').max(10_000_000, 'är orimligt stort'), finalHash: sha256Field() })
  .strict();

const authorSchema = z
  .object({
    examinerId: formatId(),
    name: text(300),
    publicKey: z.string().max(1000, 'är för lång').regex(PUBLIC_KEY_PATTERN, 'ska vara en publik nyckel i PEM-format (-----BEGIN PUBLIC KEY-----)'),
  })
  .strict();

/** An individual assessment a consensus was built from: who, which revision, its change log. */
const teamSourceSchema = z
  .object({ examinerId: formatId(), revision: integer().min(1, 'ska vara minst 1'), changeLog: changeLogDigestSchema.nullable() })
  .strict();

/** A list of full sentences for the feedback report (next steps, key themes), `noun` naming it in the limit's message. */
const feedbackItems = (noun: string) =>
  z
    .array(z.string().trim().min(1, 'får inte vara tom').max(LIMITS.commentChars, `får vara högst ${LIMITS.commentChars} tecken`))
    .max(MAX_NEXT_STEPS, `högst ${MAX_NEXT_STEPS} ${noun}`)
    .optional();

const teamSchema = z
  .object({
    recommendation: recommendationSchema,
    /** The key themes, one paragraph each (separated by a blank line). */
    summary: z.string().max(LIMITS.summaryChars, `får vara högst ${LIMITS.summaryChars} tecken`),
    /** Suggested next steps for the contestant's feedback report. */
    nextSteps: feedbackItems('nästa steg'),
    /** The team's own words to the unit (Till den tävlande enheten), paragraphs separated by a blank line; the feedback report opens with it. */
    toContestant: z.string().max(LIMITS.summaryChars, `får vara högst ${LIMITS.summaryChars} tecken`).optional(),
    /** Key themes for the contestant's feedback report, one each. */
    keyThemes: feedbackItems('huvudteman'),
    sources: z.array(teamSourceSchema).max(MAX_TEAM_SOURCES, `högst ${MAX_TEAM_SOURCES} underlag`),
  })
  .strict();

/**
 * A prize entry's written assessment (formats.md "Prizes without scores"):
 * per aspect strengths, improvement areas and site-visit questions with
 * evidence, never a score. In a team file the comments carry their sources.
 */
const aspectAssessmentSchema = criterionAssessmentSchema.omit({ criterionId: true, score: true, attributes: true }).extend({ aspectId: formatId() }).strict();

const prizeAssessmentSchema = z
  .object({
    prizeId: formatId(),
    aspects: z.array(aspectAssessmentSchema).min(1, 'minst en aspekt behövs').max(MAX_PRIZE_ASPECTS, `högst ${MAX_PRIZE_ASPECTS} aspekter`),
  })
  .strict();

/** Absent in a file about a contestant that enters no prize (and in files from before prizes). */
const prizesPart = z.array(prizeAssessmentSchema).max(MAX_ROUND_PRIZES, `högst ${MAX_ROUND_PRIZES} priser`).optional();

/** What the file is about; `stage` follows it in each variant. */
const header = {
  format: z.literal(ASSESSMENT_FORMAT, { error: `ska vara "${ASSESSMENT_FORMAT}"` }),
  formatVersion: z.literal(FORMAT_VERSION, { error: `ska vara ${FORMAT_VERSION}` }),
  round: z.object({ id: formatId() }).strict(),
  criteriaPackage: z.object({ id: formatId(), revision: integer().min(1, 'ska vara minst 1'), sha256: sha256Field() }).strict(),
  contestant: z.object({ id: formatId() }).strict(),
};

const envelope = {
  author: authorSchema,
  revision: integer().min(1, 'ska vara minst 1').max(1_000_000, 'är orimligt stort'),
  exportedAt: instant(),
  /** The author's choice: private notes travel only when this is true. */
  includesPrivateNotes: z.boolean(),
  /** The author's change log for this assessment, when the app keeps one. */
  changeLog: changeLogDigestSchema.nullable(),
  signature: signatureSchema,
};

const individualFileSchema = z
  .object({
    ...header,
    stage: z.literal('individual'),
    ...envelope,
    criteria: z.array(criterionAssessmentSchema).max(MAX_CRITERIA, `högst ${MAX_CRITERIA} kriterier`),
    prizes: prizesPart,
  })
  .strict();

const teamFileSchema = z
  .object({
    ...header,
    stage: z.enum(['consensus', 'site-visit']),
    ...envelope,
    criteria: z.array(consensusCriterionSchema).max(MAX_CRITERIA, `högst ${MAX_CRITERIA} kriterier`),
    prizes: prizesPart,
    team: teamSchema,
  })
  .strict();

/**
 * Paths of members named "__proto__": zod's records drop them silently (and the
 * signature would still cover them), so they are refused as the schema does.
 * Iterative, so hostile nesting cannot exhaust the stack.
 */
function protoKeyPaths(json: unknown): (string | number)[][] {
  interface Visit { readonly value: object; readonly key: string | number; readonly parent: Visit | null }
  const pathOf = (visit: Visit | null): (string | number)[] => (visit?.parent ? [...pathOf(visit.parent), visit.key] : []);
  const found: (string | number)[][] = [];
  if (typeof json !== 'object' || json === null) return found;
  // Paths are made only for a hit: building one per node cost more than the rest of the check.
  const stack: Visit[] = [{ value: json, key: '', parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    const array = Array.isArray(value);
    if (!array && Object.prototype.hasOwnProperty.call(value, '__proto__')) found.push([...pathOf(visit), '__proto__']);
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, key: array ? Number(key) : key, parent: visit });
    }
  }
  return found;
}

/** The structure alone: exactly what the JSON Schema says (the agreement test compares the two). */
export const assessmentFileStructure = z.preprocess(
  (json, ctx) => {
    for (const path of protoKeyPaths(json)) ctx.addIssue({ code: 'custom', message: 'fältnamnet "__proto__" är inte tillåtet', path, input: json });
    return json;
  },
  z.discriminatedUnion('stage', [individualFileSchema, teamFileSchema], { error: 'ska vara "individual", "consensus" eller "site-visit"' }),
);

export type IndividualAssessmentFile = z.infer<typeof individualFileSchema>;
export type TeamAssessmentFile = z.infer<typeof teamFileSchema>;
export type AssessmentFile = z.infer<typeof assessmentFileStructure>;
export type AssessmentTeamPart = z.infer<typeof teamSchema>;
export type ChangeLogDigest = z.infer<typeof changeLogDigestSchema>;
export type PrizeAssessment = z.infer<typeof prizeAssessmentSchema>;
export type AspectAssessment = z.infer<typeof aspectAssessmentSchema>;
export type UnsignedAssessmentFile = DistributiveOmit<AssessmentFile, 'signature'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

type AnyCriterion = CriterionAssessment | ConsensusCriterion;

type WrittenRow = Pick<AnyCriterion, 'strengths' | 'improvements' | 'siteVisitQuestions' | 'privateNote'>;

function commentLists(criterion: WrittenRow) {
  return [
    ['strengths', criterion.strengths],
    ['improvements', criterion.improvements],
  ] as const;
}

/** The rules beyond the structure (the JSON Schema's description lists them too). */
export function assessmentFileProblems(file: UnsignedAssessmentFile): FormatProblem[] {
  const problems: FormatProblem[] = [];
  if (Number.isNaN(Date.parse(file.exportedAt))) problems.push({ path: ['exportedAt'], message: 'är ingen verklig tidpunkt' });
  const criterionIds = new Set<string>();
  const itemIds = new Set<string>();
  const useItemId = (id: string, path: (string | number)[]) => {
    if (itemIds.has(id)) problems.push({ path, message: `id:t ${id} används redan i filen` });
    itemIds.add(id);
  };
  /** The rules every written row (a criterion or a prize aspect) follows. */
  const checkWritten = (row: WrittenRow, at: (string | number)[]) => {
    if (row.privateNote !== undefined && !file.includesPrivateNotes) {
      problems.push({ path: [...at, 'privateNote'], message: 'innehåller en privat anteckning fast filen säger att privata anteckningar inte ingår' });
    }
    for (const [list, comments] of commentLists(row)) {
      comments.forEach((comment, k) => {
        useItemId(comment.id, [...at, list, k, 'id']);
        if (file.stage === 'individual' && comment.sources !== undefined) {
          problems.push({ path: [...at, list, k, 'sources'], message: 'en individuell bedömning kan inte ha sammanslagna källor' });
        }
      });
    }
    row.siteVisitQuestions.forEach((question, k) => useItemId(question.id, [...at, 'siteVisitQuestions', k, 'id']));
  };
  file.criteria.forEach((criterion: AnyCriterion, c) => {
    const at = ['criteria', c];
    if (criterionIds.has(criterion.criterionId)) problems.push({ path: [...at, 'criterionId'], message: `kriteriet ${criterion.criterionId} står två gånger` });
    criterionIds.add(criterion.criterionId);
    checkWritten(criterion, at);
    if ('individualScores' in criterion) {
      const examiners = new Set<string>();
      criterion.individualScores.forEach((entry, k) => {
        if (examiners.has(entry.examinerId)) problems.push({ path: [...at, 'individualScores', k, 'examinerId'], message: `examinatorn ${entry.examinerId} står två gånger` });
        examiners.add(entry.examinerId);
      });
    }
  });
  const prizeIds = new Set<string>();
  (file.prizes ?? []).forEach((prize, p) => {
    const at = ['prizes', p];
    if (prizeIds.has(prize.prizeId)) problems.push({ path: [...at, 'prizeId'], message: `priset ${prize.prizeId} står två gånger` });
    prizeIds.add(prize.prizeId);
    const aspectIds = new Set<string>();
    prize.aspects.forEach((aspect, a) => {
      const aspectAt = [...at, 'aspects', a];
      if (aspectIds.has(aspect.aspectId)) problems.push({ path: [...aspectAt, 'aspectId'], message: `aspekten ${aspect.aspectId} står två gånger` });
      aspectIds.add(aspect.aspectId);
      checkWritten(aspect, aspectAt);
    });
  });
  if (file.stage !== 'individual') {
    const examiners = new Set<string>();
    file.team.sources.forEach((source, k) => {
      if (examiners.has(source.examinerId)) problems.push({ path: ['team', 'sources', k, 'examinerId'], message: `examinatorn ${source.examinerId} står två gånger` });
      examiners.add(source.examinerId);
    });
  }
  return problems;
}

/** Structure and rules together: what the app accepts. */
export const assessmentFileSchema = assessmentFileStructure.superRefine((file, ctx) => addProblems(ctx, assessmentFileProblems(file)));

/** What the builder validates before it signs (the same rules, no signature yet). */
export const unsignedAssessmentFileSchema = z
  .discriminatedUnion('stage', [individualFileSchema.omit({ signature: true }), teamFileSchema.omit({ signature: true })])
  .superRefine((file, ctx) => addProblems(ctx, assessmentFileProblems(file)));

const LIST_NOUNS: Record<string, string> = {
  strengths: 'styrka',
  improvements: 'förbättringsområde',
  evidence: 'belägg',
  siteVisitQuestions: 'fråga',
  individualScores: 'individuell poäng',
  prizes: 'pris',
  aspects: 'aspekt',
  sources: 'källa',
};

/** "kriteriet 2.1, styrka 2, belägg 1, fältet "page"" — where in the file a problem is. */
export function describeAssessmentLocation(root: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  const field: string[] = [];
  let node: unknown = root;
  path.forEach((segment, i) => {
    const next = (node as Record<PropertyKey, unknown> | undefined)?.[segment as never];
    if (typeof segment === 'number') {
      const list = String(path[i - 1] ?? '');
      const criterionId = (next as { criterionId?: unknown } | undefined)?.criterionId;
      const prizeId = (next as { prizeId?: unknown } | undefined)?.prizeId;
      const aspectId = (next as { aspectId?: unknown } | undefined)?.aspectId;
      if (list === 'criteria' && typeof criterionId === 'string') parts.push(`kriteriet ${criterionId.slice(0, 64)}`);
      else if (list === 'prizes' && typeof prizeId === 'string') parts.push(`priset ${prizeId.slice(0, 64)}`);
      else if (list === 'aspects' && typeof aspectId === 'string') parts.push(`aspekten ${aspectId.slice(0, 64)}`);
      else parts.push(`${LIST_NOUNS[list] ?? (list === 'criteria' ? 'kriteriet' : 'post')} ${segment + 1}`);
      field.length = 0;
    } else if (typeof path[i + 1] !== 'number') {
      field.push(String(segment));
    }
    node = next;
  });
  if (field.length > 0) parts.push(`fältet "${field.join('.')}"`);
  return parts.join(', ');
}

function parseWithLocation<T>(schema: z.ZodType<T>, json: unknown, lead: string): FormatResult<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const [first] = parsed.error.issues;
  const where = first ? describeAssessmentLocation(json, first.path) : '';
  const more = parsed.error.issues.length > 1 ? ` (och ${parsed.error.issues.length - 1} fel till)` : '';
  return { ok: false, code: 'assessment-invalid', message: `${lead}: ${where ? `${where}: ` : ''}${first ? issueMessage(first) : 'okänt fel'}${more}.` };
}

/** Header first (a newer format version is named as such), then structure and rules. */
export function parseAssessmentFile(json: unknown): FormatResult<AssessmentFile> {
  const refusal = checkHeader(json, ASSESSMENT_FORMAT, 'en bedömningsfil (.kvbedomning)');
  if (refusal) return { ok: false, ...refusal };
  return parseWithLocation(assessmentFileSchema, json, 'Bedömningsfilen är ogiltig');
}

/** The content an export is about to sign; refusals say the assessment cannot be exported. */
export function parseUnsignedAssessmentFile(json: unknown): FormatResult<UnsignedAssessmentFile> {
  return parseWithLocation(unsignedAssessmentFileSchema, json, 'Bedömningen kan inte exporteras');
}
