/**
 * Ids that other parts of a package or round refer to, and what follows when
 * one changes: a renamed examiner stays lead and member of their team, a
 * renamed scale stays the scale of its criteria. Pure: each function returns
 * a changed copy and leaves what it was given alone.
 */

/** Ids in a round that teams refer to. */
export type RoundReferenceKind = 'examiner' | 'contestant';
/** Ids in a criteria package that criteria refer to. */
export type PackageReferenceKind = 'scale' | 'class';

interface TeamShape {
  readonly lead: string;
  readonly members: readonly string[];
  readonly contestants: readonly string[];
}
interface CriterionShape {
  readonly scale: string;
  readonly classes?: readonly string[];
}

const swap = (list: readonly string[], from: string, to: string) => list.map((id) => (id === from ? to : id));

interface DeclaredShape {
  readonly examiner: string;
  readonly contestant: string;
}

/** The round with every reference to `from` (a team's lead, members or contestants, a declared conflict) now `to`. */
export function renameInRound<R extends { readonly teams: readonly TeamShape[]; readonly declaredConflicts?: readonly DeclaredShape[] }>(
  round: R,
  kind: RoundReferenceKind,
  from: string,
  to: string,
): R {
  const teams = round.teams.map((team) =>
    kind === 'examiner'
      ? { ...team, lead: team.lead === from ? to : team.lead, members: swap(team.members, from, to) }
      : { ...team, contestants: swap(team.contestants, from, to) },
  );
  if (!round.declaredConflicts) return { ...round, teams };
  const declaredConflicts = round.declaredConflicts.map((declared) => ({ ...declared, [kind]: declared[kind] === from ? to : declared[kind] }));
  return { ...round, teams, declaredConflicts };
}

/** The package with every criterion's reference to scale or class `from` now `to`. */
export function renameInPackage<P extends { readonly areas: readonly { readonly criteria: readonly CriterionShape[] }[] }>(
  pkg: P,
  kind: PackageReferenceKind,
  from: string,
  to: string,
): P {
  const areas = pkg.areas.map((area) => ({
    ...area,
    criteria: area.criteria.map((criterion) =>
      kind === 'scale'
        ? { ...criterion, scale: criterion.scale === from ? to : criterion.scale }
        : criterion.classes
          ? { ...criterion, classes: swap(criterion.classes, from, to) }
          : criterion,
    ),
  }));
  return { ...pkg, areas };
}

/**
 * Whether changing the id of item `index` from its current value to `to`
 * should carry its references along: only when the old id was that item's
 * alone and the new one is not another item's (else references would merge).
 */
export function renameCarriesReferences(ids: readonly string[], index: number, to: string): boolean {
  const from = ids[index];
  if (from === undefined || from === to) return false;
  const others = ids.filter((_, i) => i !== index);
  return !others.includes(from) && !others.includes(to);
}

/** Ids in `referenced` that are not among `existing`, in order, once each: references left dangling. */
export function danglingIds(referenced: readonly string[], existing: readonly string[]): string[] {
  const known = new Set(existing);
  return [...new Set(referenced.filter((id) => !known.has(id)))];
}
