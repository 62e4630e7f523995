/**
 * A criteria package's scales: which scores are valid, and which band a score
 * falls in (formats.md: valid when min <= score <= max and (score - min) % step == 0).
 */
import type { Band, Scale } from '../formats/criteria-package';

/** Scales may use fractional steps (0.5): compare in units of the step, with a tolerance. */
const EPSILON = 1e-9;

export function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

type ScaleBounds = Pick<Scale, 'min' | 'max' | 'step'>;

export function isValidScore(scale: ScaleBounds, score: number): boolean {
  if (!Number.isFinite(score) || !(scale.step > 0)) return false;
  if (score < scale.min - EPSILON || score > scale.max + EPSILON) return false;
  const steps = (score - scale.min) / scale.step;
  return Math.abs(steps - Math.round(steps)) <= EPSILON * Math.max(1, Math.abs(steps));
}

/** Every valid score, lowest first (0, 10, …, 100). */
export function validScores(scale: ScaleBounds): number[] {
  if (!(scale.step > 0) || !(scale.max >= scale.min)) return [];
  const count = Math.round((scale.max - scale.min) / scale.step);
  // Rounded to the step's decimals so 0.1 + 0.2 style drift never shows as 0.30000000000000004.
  const decimals = Math.min(10, (String(scale.step).split('.')[1] ?? '').length + (String(scale.min).split('.')[1] ?? '').length);
  return Array.from({ length: count + 1 }, (_, i) => Number((scale.min + i * scale.step).toFixed(decimals)));
}

/** The band a valid score belongs to; null for an invalid score. */
export function bandFor(scale: Pick<Scale, 'min' | 'max' | 'step' | 'bands'>, score: number): Band | null {
  if (!isValidScore(scale, score)) return null;
  return scale.bands.find((band) => score >= band.from - EPSILON && score <= band.to + EPSILON) ?? null;
}
