/** Ranks and blinding codes for the sammanställning and the jury's file: pure math, for whoever builds either. */

/** A, B, … Z, AA, AB, … — the code of the contestant at `index` (0-based). */
export function contestantCode(index: number): string {
  let code = '';
  let n = index;
  do {
    code = String.fromCharCode(65 + (n % 26)) + code;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return code;
}

/** Competition ranks for totals in any order: equal totals share a rank, the next rank skips (1, 2, 2, 4). */
export function competitionRanks(totals: readonly number[]): number[] {
  return totals.map((total) => 1 + totals.filter((other) => other > total + 1e-9).length);
}
