/**
 * Krippendorff's alpha: how well raters agree beyond chance, with any number
 * of raters and values missing (Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability", 2011). The evaluation of a round uses the interval
 * metric with contestants as units and examiners as raters (issue 17).
 *
 * Computed through the coincidence matrix of the paper: every pairable value
 * (one of at least two in its unit) is paired with every other value of its
 * unit, each pair weighted 1 / (m_u − 1); then
 *   α = 1 − D_o / D_e = 1 − (n − 1) · Σ o_ck δ²(c,k) / Σ n_c n_k δ²(c,k).
 * The interval metric takes a shortcut to the same number (`intervalAlpha`).
 * Alpha depends only on the values within each unit, never on which rater
 * gave which, so the input is simply each unit's values.
 */

export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** One unit's values, one per rater; `null` (or a rater left out) where the rater gave none. */
export type UnitValues = readonly (number | null)[];

interface Coincidences {
  /** The distinct pairable values, ascending. */
  readonly values: readonly number[];
  /** o[c][k]: the coincidences of values[c] with values[k]. */
  readonly o: readonly (readonly number[])[];
  /** n_c: the row sums (how often values[c] is paired). */
  readonly marginals: readonly number[];
  /** n: the number of pairable values. */
  readonly total: number;
}

function coincidences(units: readonly UnitValues[]): Coincidences {
  const pairable = units.map((unit) => unit.filter((v): v is number => v !== null)).filter((unit) => unit.length >= 2);
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const o = values.map(() => values.map(() => 0));
  const counts = values.map(() => 0);
  for (const unit of pairable) {
    // Count each value once per unit, then pair counts: c with k (k ≠ c) counts_c·counts_k, c with c counts_c·(counts_c − 1).
    const present: number[] = [];
    for (const v of unit) {
      const c = index.get(v)!;
      if (counts[c] === 0) present.push(c);
      counts[c]! += 1;
    }
    const weight = 1 / (unit.length - 1);
    for (const c of present) {
      for (const k of present) o[c]![k]! += weight * counts[c]! * (c === k ? counts[c]! - 1 : counts[k]!);
    }
    for (const c of present) counts[c] = 0;
  }
  const marginals = o.map((row) => row.reduce((sum, x) => sum + x, 0));
  return { values, o, marginals, total: marginals.reduce((sum, x) => sum + x, 0) };
}

/** δ²(c,k) of the metric, over the distinct values (indices into `values`). */
function differenceFunction(metric: AlphaMetric, { values, marginals }: Coincidences): (c: number, k: number) => number {
  switch (metric) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => (values[c]! - values[k]!) ** 2;
    case 'ratio':
      return (c, k) => {
        const sum = values[c]! + values[k]!;
        return sum === 0 ? 0 : ((values[c]! - values[k]!) / sum) ** 2;
      };
    case 'ordinal': {
      // Cumulative marginals, so Σ_{g=c..k} n_g is one subtraction.
      const cumulative = [0];
      for (const n of marginals) cumulative.push(cumulative.at(-1)! + n);
      return (c, k) => {
        const [low, high] = c <= k ? [c, k] : [k, c];
        return (cumulative[high + 1]! - cumulative[low]! - (marginals[c]! + marginals[k]!) / 2) ** 2;
      };
    }
  }
}

/**
 * Krippendorff's alpha of the units' values under `metric`; `null` where it is
 * undefined: fewer than two pairable values, or no variation at all among
 * them (expected disagreement 0). The ratio metric needs non-negative values.
 */
export function krippendorffAlpha(units: readonly UnitValues[], metric: AlphaMetric): number | null {
  for (const unit of units) {
    for (const v of unit) {
      if (v !== null && !Number.isFinite(v)) throw new RangeError(`not a finite value: ${v}`);
      if (metric === 'ratio' && v !== null && v < 0) throw new RangeError(`the ratio metric needs values >= 0, not ${v}`);
    }
  }
  if (metric === 'interval') return intervalAlpha(units);
  const table = coincidences(units);
  if (table.total < 2) return null;
  const delta = differenceFunction(metric, table);
  let observed = 0;
  let expected = 0;
  const size = table.values.length;
  for (let c = 0; c < size; c++) {
    for (let k = c + 1; k < size; k++) {
      // δ² is symmetric and 0 on the diagonal: each unordered pair counts twice.
      const d = delta(c, k);
      observed += 2 * table.o[c]![k]! * d;
      expected += 2 * table.marginals[c]! * table.marginals[k]! * d;
    }
  }
  if (expected === 0) return null;
  return 1 - ((table.total - 1) * observed) / expected;
}

/**
 * The interval metric without the coincidence matrix: Σ over ordered pairs of
 * (a − b)² is 2m·Σv² − 2(Σv)², so α takes one pass over the values and no
 * memory per distinct value — a round may have thousands of them. Values are
 * centred on their mean first, so large scores lose no precision.
 */
function intervalAlpha(units: readonly UnitValues[]): number | null {
  const pairable = units.map((unit) => unit.filter((v): v is number => v !== null)).filter((unit) => unit.length >= 2);
  const all = pairable.flat();
  const n = all.length;
  if (n < 2) return null;
  const centre = all.reduce((sum, v) => sum + v, 0) / n;
  const pairSquares = (values: readonly number[]) => {
    let sum = 0;
    let squares = 0;
    for (const v of values) {
      sum += v - centre;
      squares += (v - centre) ** 2;
    }
    return 2 * values.length * squares - 2 * sum * sum;
  };
  const expected = pairSquares(all);
  if (expected <= 0) return null;
  const observed = pairable.reduce((total, unit) => total + pairSquares(unit) / (unit.length - 1), 0);
  return 1 - ((n - 1) * observed) / expected;
}

/** The units of a raters × units matrix (Krippendorff's layout: one row per rater). */
export function unitsOfRaterRows(rows: readonly (readonly (number | null)[])[]): UnitValues[] {
  const unitCount = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: unitCount }, (_, u) => rows.map((row) => row[u] ?? null));
}
