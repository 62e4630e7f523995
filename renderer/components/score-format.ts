import { formatNumber } from '../../shared/format';
import type { Scale } from '../../shared/formats/criteria-package';

/** "60 %" / "3": a score as the scale writes it. */
export const scoreText = (score: number, scale: Pick<Scale, 'unit'>) => `${formatNumber(score, 2)}${scale.unit ? `\u00a0${scale.unit}` : ''}`;

/** "612,5 p". */
export const pointsText = (points: number) => `${formatNumber(points, 1)}\u00a0p`;

export const KIND_TITLES = { strength: 'Styrkor', improvement: 'Förbättringsområden', question: 'Frågor att verifiera vid platsbesök' } as const;
export const KIND_SINGULAR = { strength: 'Styrka', improvement: 'Förbättringsområde', question: 'Fråga' } as const;
