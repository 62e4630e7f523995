/** A scale and its ranges in words, the Swedish way: "10–20 %", "0–100 %, i steg om 10". */
import { formatNumber } from '../format';
import type { Scale } from '../formats/criteria-package';

const NBSP = '\u00a0';

/** "10–20 %", "0 %", "1–5". */
export function rangeText(from: number, to: number, unit?: string): string {
  const suffix = unit ? `${NBSP}${unit}` : '';
  return from === to ? `${formatNumber(from, 2)}${suffix}` : `${formatNumber(from, 2)}–${formatNumber(to, 2)}${suffix}`;
}

/** "0–100 %, i steg om 10". */
export function scaleSpan(scale: Pick<Scale, 'min' | 'max' | 'step' | 'unit'>): string {
  return `${rangeText(scale.min, scale.max, scale.unit)}, i steg om ${formatNumber(scale.step, 2)}`;
}
