/**
 * Intraclass correlations of Shrout & Fleiss, "Intraclass correlations: uses
 * in assessing rater reliability" (1979): n targets each rated by the same k
 * judges, every rating present. ICC(1,·) treats each target's judges as
 * drawn anew, ICC(2,·) the judges as a random sample rating every target,
 * ICC(3,·) these judges as the only ones of interest; (·,1) is the
 * reliability of one judge, (·,k) of the mean of the k judges.
 */

export interface IntraclassCorrelations {
  readonly icc11: number | null;
  readonly icc21: number | null;
  readonly icc31: number | null;
  readonly icc1k: number | null;
  readonly icc2k: number | null;
  readonly icc3k: number | null;
}

const ratio = (numerator: number, denominator: number): number | null => (denominator === 0 ? null : numerator / denominator);

/**
 * The six ICCs of a targets × judges table (one row per target, the same
 * number of ratings in each); `null` where one is undefined (fewer than two
 * targets or judges, or a zero denominator).
 */
export function intraclassCorrelations(ratings: readonly (readonly number[])[]): IntraclassCorrelations {
  const n = ratings.length;
  const k = ratings[0]?.length ?? 0;
  if (ratings.some((row) => row.length !== k)) throw new RangeError('every target needs a rating from every judge');
  if (n < 2 || k < 2) return { icc11: null, icc21: null, icc31: null, icc1k: null, icc2k: null, icc3k: null };

  const grand = ratings.flat().reduce((sum, x) => sum + x, 0) / (n * k);
  const targetMeans = ratings.map((row) => row.reduce((sum, x) => sum + x, 0) / k);
  const judgeMeans = Array.from({ length: k }, (_, j) => ratings.reduce((sum, row) => sum + row[j]!, 0) / n);
  const total = ratings.flat().reduce((sum, x) => sum + (x - grand) ** 2, 0);
  const betweenTargets = k * targetMeans.reduce((sum, m) => sum + (m - grand) ** 2, 0);
  const betweenJudges = n * judgeMeans.reduce((sum, m) => sum + (m - grand) ** 2, 0);

  const bms = betweenTargets / (n - 1);
  const wms = (total - betweenTargets) / (n * (k - 1));
  const jms = betweenJudges / (k - 1);
  const ems = (total - betweenTargets - betweenJudges) / ((n - 1) * (k - 1));

  return {
    icc11: ratio(bms - wms, bms + (k - 1) * wms),
    icc21: ratio(bms - ems, bms + (k - 1) * ems + (k * (jms - ems)) / n),
    icc31: ratio(bms - ems, bms + (k - 1) * ems),
    icc1k: ratio(bms - wms, bms),
    icc2k: ratio(bms - ems, bms + (jms - ems) / n),
    icc3k: ratio(bms - ems, bms),
  };
}
