/**
 * What an assessment contains, independent of storage: the one model that the
 * scoring workspace edits, the .kvbedomning export carries, consensus merges and
 * the PDF reports render. (Storage is the core's; the file envelope is the
 * exchange format's.)
 */
import { z } from 'zod';
import { itemId, plainId, sha256Hex } from './ids';

export const LIMITS = {
  commentChars: 10_000,
  quoteChars: 2_000,
  contextChars: 300,
  evidencePerComment: 50,
  commentsPerList: 200,
  questionsPerCriterion: 50,
  noteChars: 20_000,
  summaryChars: 50_000,
} as const;

/**
 * Where a passage is: a PDF page, or for DOCX (which has no stable pages) a
 * paragraph number that every copy computes identically. The quote with its
 * context lets the passage be found again after re-import.
 */
export const evidenceAnchorSchema = z
  .object({
    documentSha256: sha256Hex,
    page: z.number().int().min(1).max(100_000).optional(),
    paragraph: z.number().int().min(1).max(1_000_000).optional(),
    quote: z.string().max(LIMITS.quoteChars).optional(),
    prefix: z.string().max(LIMITS.contextChars).optional(),
    suffix: z.string().max(LIMITS.contextChars).optional(),
  })
  .strict()
  .refine((a) => (a.page === undefined) !== (a.paragraph === undefined), {
    message: 'ett belägg anger antingen sida eller stycke',
  });
export type EvidenceAnchor = z.infer<typeof evidenceAnchorSchema>;

/** Where a merged (team) comment came from. */
export const commentSourceSchema = z
  .object({ commentId: itemId, examinerId: plainId, initials: z.string().min(1).max(8) })
  .strict();
export type CommentSource = z.infer<typeof commentSourceSchema>;

export const commentSchema = z
  .object({
    id: itemId,
    text: z.string().trim().min(1).max(LIMITS.commentChars),
    evidence: z.array(evidenceAnchorSchema).max(LIMITS.evidencePerComment),
    /** Only in consensus: the individual comments this one was merged from. */
    sources: z.array(commentSourceSchema).max(100).optional(),
  })
  .strict();
export type Comment = z.infer<typeof commentSchema>;

export const questionSchema = z.object({ id: itemId, text: z.string().trim().min(1).max(LIMITS.commentChars) }).strict();
export type SiteVisitQuestion = z.infer<typeof questionSchema>;

export const commentKinds = ['strength', 'improvement'] as const;
export type CommentKind = (typeof commentKinds)[number];
/** The lists a criterion holds: strengths, improvement areas and questions for the site visit. */
export const listKinds = ['strength', 'improvement', 'question'] as const;
export type ListKind = (typeof listKinds)[number];

/** One examiner's (or the team's) work on one criterion. */
export const criterionAssessmentSchema = z
  .object({
    criterionId: plainId,
    score: z.number().finite().nullable(),
    /** Advisory ratings of the scale's attributes, on the same scale. */
    attributes: z.record(plainId, z.number().finite()),
    strengths: z.array(commentSchema).max(LIMITS.commentsPerList),
    improvements: z.array(commentSchema).max(LIMITS.commentsPerList),
    siteVisitQuestions: z.array(questionSchema).max(LIMITS.questionsPerCriterion),
    /** Present only when its author chose to include it. */
    privateNote: z.string().max(LIMITS.noteChars).optional(),
  })
  .strict();
export type CriterionAssessment = z.infer<typeof criterionAssessmentSchema>;

/** Consensus adds, per criterion, where the agreed score came from and why. */
export const consensusCriterionSchema = criterionAssessmentSchema
  .extend({
    individualScores: z
      .array(z.object({ examinerId: plainId, score: z.number().finite().nullable() }).strict())
      .max(20),
    rationale: z.string().max(LIMITS.noteChars),
    discussed: z.boolean(),
    /** After the site visit: the score before and after, and why it changed. */
    siteVisit: z
      .object({
        scoreBefore: z.number().finite().nullable(),
        scoreAfter: z.number().finite().nullable(),
        note: z.string().max(LIMITS.noteChars),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ConsensusCriterion = z.infer<typeof consensusCriterionSchema>;

export const nominations = ['winner', 'honourable-mention', 'none'] as const;
export type Nomination = (typeof nominations)[number];

export const recommendationSchema = z
  .object({
    siteVisit: z.boolean().nullable(),
    nomination: z.enum(nominations).nullable(),
    citation: z.string().max(LIMITS.summaryChars),
  })
  .strict();
export type Recommendation = z.infer<typeof recommendationSchema>;

export const stages = ['individual', 'consensus', 'site-visit'] as const;
export type Stage = (typeof stages)[number];
