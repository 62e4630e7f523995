/**
 * Training rounds (formats.md "Training rounds: reference assessments"):
 * `round.json` may carry `training.references[]: { contestant, path, sha256 }`,
 * each a consensus-stage `.kvbedomning` at `reference/<file>.kvbedomning` in
 * the bundle, signed with the same key as the round. The source `round build`
 * reads names the same paths without hashes.
 */
import { z } from 'zod';
import { evidenceAnchorSchema, LIMITS } from '../domain/assessment';
import { FORMAT_VERSION, formatId, sha256Field, text, type FormatProblem } from './common';
import { ASSESSMENT_EXTENSION, INSTANT_PATTERN, MAX_CRITERIA } from './assessment-file';

export const REFERENCE_FOLDER = 'reference/';

/** Why a reference path is unsafe or malformed; null when it is a plain `reference/<name>.kvbedomning`. */
export function referencePathProblem(path: string): string | null {
  if (path.includes('\\')) return 'sökvägen får inte innehålla bakåtsnedstreck (\\)';
  if (path.startsWith('/')) return 'sökvägen får inte börja med /';
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return 'sökvägen får inte innehålla "." eller ".."';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'sökvägen innehåller otillåtna tecken';
  const name = path.slice(REFERENCE_FOLDER.length);
  if (!path.startsWith(REFERENCE_FOLDER) || name.includes('/') || !name.endsWith(`.${ASSESSMENT_EXTENSION}`) || name.length <= ASSESSMENT_EXTENSION.length + 1) {
    return `sökvägen ska ha formen reference/<filnamn>.${ASSESSMENT_EXTENSION}`;
  }
  return null;
}

const referencePath = () =>
  text(255).superRefine((path, ctx) => {
    const problem = referencePathProblem(path);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const MAX_REFERENCES = 2000;

const sourceReferenceSchema = z.object({ contestant: formatId(), path: referencePath() }).strict();
const manifestReferenceSchema = z.object({ contestant: formatId(), path: referencePath(), sha256: sha256Field() }).strict();

const training = <R extends z.ZodType>(reference: R) =>
  z
    .object({ references: z.array(reference).min(1, 'minst en referensbedömning behövs').max(MAX_REFERENCES, 'högst 2 000 referensbedömningar') })
    .strict()
    .optional();

export const sourceTrainingSchema = training(sourceReferenceSchema);
export const manifestTrainingSchema = training(manifestReferenceSchema);
export type TrainingReference = z.infer<typeof manifestReferenceSchema>;

/** One reference per contestant of the round, one path per reference, no path a document uses. */
export function trainingProblems(round: {
  readonly contestants: readonly { readonly id: string; readonly documents: readonly { readonly path: string }[] }[];
  readonly training?: { readonly references: readonly { readonly contestant: string; readonly path: string }[] } | undefined;
}): FormatProblem[] {
  if (!round.training) return [];
  const problems: FormatProblem[] = [];
  const contestants = new Set(round.contestants.map((c) => c.id));
  const seenContestants = new Set<string>();
  const seenPaths = new Set<string>();
  round.training.references.forEach((reference, r) => {
    const at = ['training', 'references', r];
    if (!contestants.has(reference.contestant)) problems.push({ path: [...at, 'contestant'], message: `den tävlande "${reference.contestant}" finns inte bland de tävlande` });
    if (seenContestants.has(reference.contestant)) {
      problems.push({ path: [...at, 'contestant'], message: `den tävlande "${reference.contestant}" har redan en referensbedömning` });
    }
    const key = reference.path.toLowerCase();
    if (seenPaths.has(key)) problems.push({ path: [...at, 'path'], message: `sökvägen ${reference.path} används redan av en annan referensbedömning` });
    seenContestants.add(reference.contestant);
    seenPaths.add(key);
  });
  return problems;
}

/**
 * What stadsledningskontoret writes to make a reference (`examinator reference
 * sign`): per criterion the agreed score, the reasoning, and the strengths and
 * improvement areas with their evidence; the tool adds the ids, the package,
 * the author (the office) and the signature.
 */
export const REFERENCE_SOURCE_FORMAT = 'examinator.reference-source';

const sourceComment = z.object({ text: z.string().trim().min(1, 'får inte vara tom').max(LIMITS.commentChars), evidence: z.array(evidenceAnchorSchema).max(LIMITS.evidencePerComment) }).strict();

export const referenceSourceSchema = z
  .object({
    format: z.literal(REFERENCE_SOURCE_FORMAT, { error: `ska vara "${REFERENCE_SOURCE_FORMAT}"` }),
    formatVersion: z.literal(FORMAT_VERSION, { error: `ska vara ${FORMAT_VERSION}` }),
    round: z.object({ id: formatId() }).strict(),
    contestant: z.object({ id: formatId() }).strict(),
    exportedAt: z.string().regex(INSTANT_PATTERN, 'ska vara en tidpunkt i UTC som ÅÅÅÅ-MM-DDTHH:MM:SSZ'),
    summary: z.string().max(LIMITS.summaryChars).default(''),
    criteria: z
      .array(
        z
          .object({
            criterionId: formatId(),
            score: z.number().finite().nullable(),
            rationale: z.string().max(LIMITS.noteChars).default(''),
            strengths: z.array(sourceComment).max(LIMITS.commentsPerList),
            improvements: z.array(sourceComment).max(LIMITS.commentsPerList),
          })
          .strict(),
      )
      .min(1, 'minst ett kriterium behövs')
      .max(MAX_CRITERIA, `högst ${MAX_CRITERIA} kriterier`),
  })
  .strict();
export type ReferenceSource = z.infer<typeof referenceSourceSchema>;
