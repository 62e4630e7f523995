/**
 * The round's feedback policy (formats.md "Feedback policy"): `round.feedback`
 * says, for every återföringsrapport of the round, whether scores appear (none,
 * band labels only, or points), whether the examiners are named, who sends
 * the report and whom the contestant contacts. Without it: no scores, no names.
 */
import { z } from 'zod';
import { text } from './common';

export const FEEDBACK_SCORES = ['none', 'bands', 'points'] as const;
export type FeedbackScores = (typeof FEEDBACK_SCORES)[number];

/** The set-up's and the reports' words for each choice. */
export const FEEDBACK_SCORE_LABELS: Record<FeedbackScores, string> = {
  none: 'Inga poäng',
  bands: 'Bara nivåernas namn',
  points: 'Poäng',
};

export const emailField = () => text(254).regex(/^[^\s@]+@[^\s@]+$/, 'är ingen e-postadress');

export const feedbackPolicySchema = z
  .object({
    scores: z.enum(FEEDBACK_SCORES, { error: 'ska vara "none", "bands" eller "points"' }),
    examinerNames: z.boolean({ error: 'ska vara true eller false' }),
    sender: text(300),
    contact: z
      .object({
        name: text(300),
        email: emailField(),
        phone: text(40)
          .regex(/^[0-9+() -]+$/, 'får bara innehålla siffror, mellanslag, +, - och parenteser')
          .optional(),
      })
      .strict(),
  })
  .strict();

export type FeedbackPolicy = z.infer<typeof feedbackPolicySchema>;

/** What governs a round's feedback: its own policy, or (without one) no scores and no names. */
export interface EffectiveFeedbackPolicy {
  readonly scores: FeedbackScores;
  readonly examinerNames: boolean;
  readonly sender: string | null;
  readonly contact: FeedbackPolicy['contact'] | null;
}

export function effectiveFeedbackPolicy(policy: FeedbackPolicy | undefined): EffectiveFeedbackPolicy {
  if (!policy) return { scores: 'none', examinerNames: false, sender: null, contact: null };
  return { scores: policy.scores, examinerNames: policy.examinerNames, sender: policy.sender, contact: policy.contact };
}
