/**
 * How much a team's individual scores for one criterion disagree (domain.md,
 * step 4): the spread (max − min, in scale units), the standard deviation,
 * the number of bands the scores span, the mean, and the mean rounded to a
 * valid score — where the consensus score starts.
 */
import type { Scale } from '../formats/criteria-package';
import { bandFor, isValidScore, validScores } from './scale';

type ScaleBounds = Pick<Scale, 'min' | 'max' | 'step'>;

export interface Disagreement {
  /** The scores given (unscored examiners left out). */
  readonly scored: readonly number[];
  readonly min: number | null;
  readonly max: number | null;
  /** max − min; null without any score. */
  readonly spread: number | null;
  readonly mean: number | null;
  /** Population standard deviation of the scores given; null without any score. */
  readonly standardDeviation: number | null;
  /** How many of the scale's bands lie from the lowest score's band to the highest's (1 = all in one band); 0 without scores. */
  readonly bandsSpanned: number;
  /** The mean rounded to the nearest valid score (halves round up); null without scores. */
  readonly suggested: number | null;
  /** The spread reached the package's threshold, so the team must discuss the criterion. */
  readonly mustDiscuss: boolean;
}

/**
 * The nearest valid score to `value`, clamped to the scale; an exact half
 * between two steps goes to the higher one (as a user rounding by hand would).
 */
export function roundToStep(scale: ScaleBounds, value: number): number {
  const scores = validScores(scale);
  if (scores.length === 0) throw new RangeError('the scale has no valid scores');
  const steps = (value - scale.min) / scale.step;
  // A tiny nudge so that 5.499999999 from floating-point sums still counts as the half it is.
  const index = Math.floor(steps + 0.5 + 1e-9);
  return scores[Math.min(scores.length - 1, Math.max(0, index))]!;
}

export function disagreement(scale: Pick<Scale, 'min' | 'max' | 'step' | 'bands'>, scores: readonly (number | null)[], spreadThreshold: number): Disagreement {
  const scored = scores.filter((s): s is number => s !== null && isValidScore(scale, s));
  if (scored.length === 0) {
    return { scored, min: null, max: null, spread: null, mean: null, standardDeviation: null, bandsSpanned: 0, suggested: null, mustDiscuss: false };
  }
  const min = Math.min(...scored);
  const max = Math.max(...scored);
  const mean = scored.reduce((sum, s) => sum + s, 0) / scored.length;
  const variance = scored.reduce((sum, s) => sum + (s - mean) ** 2, 0) / scored.length;
  const low = scale.bands.indexOf(bandFor(scale, min)!);
  const high = scale.bands.indexOf(bandFor(scale, max)!);
  const spread = max - min;
  return {
    scored,
    min,
    max,
    spread,
    mean,
    standardDeviation: Math.sqrt(variance),
    bandsSpanned: high - low + 1,
    suggested: roundToStep(scale, mean),
    // A spread equal to the threshold must be discussed too (formats.md: "at least this much").
    mustDiscuss: spread >= spreadThreshold - 1e-9,
  };
}
