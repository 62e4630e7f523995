/**
 * How a set of numbers is spread: count, mean, the five-number summary.
 * Quartiles interpolate linearly between order statistics (Hyndman & Fan's
 * type 7, as Excel's KVARTIL.INK / QUARTILE.INC and R's default), so the
 * evaluation's numbers match what a reader recomputes in the workbook.
 */
export interface Distribution {
  readonly count: number;
  readonly mean: number;
  readonly min: number;
  readonly lowerQuartile: number;
  readonly median: number;
  readonly upperQuartile: number;
  readonly max: number;
}

/** The p-quantile (0 ≤ p ≤ 1) of values already sorted ascending. */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
}

/** The distribution of the values; null without any. */
export function distribution(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    mean: sorted.reduce((sum, v) => sum + v, 0) / sorted.length,
    min: sorted[0]!,
    lowerQuartile: quantileOfSorted(sorted, 0.25),
    median: quantileOfSorted(sorted, 0.5),
    upperQuartile: quantileOfSorted(sorted, 0.75),
    max: sorted.at(-1)!,
  };
}

/** The mean of the values; null without any. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}
