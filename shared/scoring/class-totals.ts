/**
 * Points per competition class: a criterion that names classes counts only
 * for them, one without `classes` for every class. Tolerant of a draft being
 * edited (a missing or non-numeric `points` counts as 0), so the editor can
 * show the totals while the package is still invalid.
 */
export interface ClassTotal {
  readonly classId: string;
  readonly title: string;
  readonly points: number;
  readonly criteria: number;
}

interface PackageLike {
  readonly classes?: readonly { readonly id?: unknown; readonly title?: unknown }[];
  readonly areas?: readonly { readonly criteria?: readonly { readonly points?: unknown; readonly classes?: readonly unknown[] }[] }[];
}

export function classTotals(pkg: PackageLike): ClassTotal[] {
  const criteria = (pkg.areas ?? []).flatMap((area) => area.criteria ?? []);
  return (pkg.classes ?? []).map((competitionClass) => {
    const classId = typeof competitionClass.id === 'string' ? competitionClass.id : '';
    const applicable = criteria.filter((c) => !c.classes || c.classes.includes(classId));
    return {
      classId,
      title: typeof competitionClass.title === 'string' && competitionClass.title !== '' ? competitionClass.title : classId,
      points: applicable.reduce((sum, c) => sum + (typeof c.points === 'number' && Number.isFinite(c.points) ? c.points : 0), 0),
      criteria: applicable.length,
    };
  });
}

/** Whether every class gets the same total (then one total says it all). */
export function totalsDiffer(totals: readonly ClassTotal[]): boolean {
  return totals.some((t) => t.points !== totals[0]?.points || t.criteria !== totals[0]?.criteria);
}
