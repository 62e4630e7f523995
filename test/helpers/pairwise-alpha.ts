/**
 * Krippendorff's interval alpha written out from its definition, pair by pair
 * (not through a coincidence matrix as the app computes it), for tests that
 * check the evaluation against an independent computation:
 * 1 − D_o / D_e with D_o = Σ_u Σ_{i≠j} (v_ui − v_uj)² / (m_u − 1) / n and
 * D_e = Σ_{i≠j} (v_i − v_j)² / (n (n − 1)), over the units with two values or more.
 */
export function pairwiseAlpha(units: readonly (readonly number[])[]): number | null {
  const pairable = units.filter((u) => u.length >= 2);
  const all = pairable.flat();
  const n = all.length;
  const squares = (values: readonly number[]) => values.reduce((sum, a, i) => sum + values.reduce((s, b, j) => s + (i === j ? 0 : (a - b) ** 2), 0), 0);
  const within = pairable.reduce((sum, u) => sum + squares(u) / (u.length - 1), 0);
  const total = squares(all);
  return n < 2 || total === 0 ? null : 1 - ((n - 1) * within) / total;
}
