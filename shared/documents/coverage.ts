/**
 * The coverage map of one document: which pages (or paragraphs) are cited by
 * which criteria, which pages nobody has cited, which criteria have no
 * evidence in it. Pure, so the viewer and reports compute it the same way.
 */
export interface Citation {
  readonly criterionId: string;
  /** The page or paragraph the evidence was found at; null when the anchor is lost. */
  readonly unit: number | null;
}

export interface CoverageCell {
  readonly unit: number;
  /** Criterion ids citing this unit, in the order of `criterionIds` (then by first citation). */
  readonly criteria: readonly string[];
}

export interface Coverage {
  readonly cells: readonly CoverageCell[];
  readonly uncited: readonly number[];
  readonly criteriaWithoutEvidence: readonly string[];
}

export function computeCoverage(
  unitNumbers: readonly number[],
  citations: readonly Citation[],
  criterionIds: readonly string[] = [],
): Coverage {
  const order = new Map(criterionIds.map((id, index) => [id, index]));
  const byUnit = new Map<number, string[]>();
  const cited = new Set<string>();
  for (const citation of citations) {
    if (citation.unit === null) continue;
    cited.add(citation.criterionId);
    const list = byUnit.get(citation.unit) ?? [];
    if (!list.includes(citation.criterionId)) list.push(citation.criterionId);
    byUnit.set(citation.unit, list);
  }
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const cells = unitNumbers.map((unit) => ({
    unit,
    criteria: [...(byUnit.get(unit) ?? [])].sort((a, b) => rank(a) - rank(b)),
  }));
  return {
    cells,
    uncited: cells.filter((cell) => cell.criteria.length === 0).map((cell) => cell.unit),
    criteriaWithoutEvidence: criterionIds.filter((id) => !cited.has(id)),
  };
}
