/**
 * The initials the reports print for a team's examiners ("Anna Lind" → "AL"),
 * unique within the team: when two would be equal, both get the first two
 * letters of each name part ("AnLi", "AnLa"), and a number if even that is not
 * enough.
 */

function parts(name: string): string[] {
  return name
    .split(/[\s-]+/u)
    .map((part) => part.replace(/[^\p{L}]/gu, ''))
    .filter((part) => part.length > 0);
}

function letters(name: string, count: number): string {
  const found = parts(name).map((part) => part.charAt(0).toUpperCase() + part.slice(1, count).toLowerCase());
  return found.length > 0 ? found.join('') : '?';
}

/** By examiner id, for the examiners in the order given. */
export function teamInitials(examiners: readonly { readonly id: string; readonly name: string }[]): Map<string, string> {
  const first = examiners.map((e) => letters(e.name, 1));
  const clash = (list: readonly string[], i: number) => list.filter((x) => x === list[i]).length > 1;
  const second = first.map((initials, i) => (clash(first, i) ? letters(examiners[i]!.name, 2) : initials));
  const seen = new Map<string, number>();
  const result = new Map<string, string>();
  second.forEach((initials, i) => {
    let unique = initials;
    if (clash(second, i)) {
      const n = (seen.get(initials) ?? 0) + 1;
      seen.set(initials, n);
      unique = `${initials}${n}`;
    }
    result.set(examiners[i]!.id, unique);
  });
  return result;
}
