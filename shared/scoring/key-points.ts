/**
 * The team's key strengths and improvement areas for the jury, chosen by one
 * rule — the same in the jury's workspace and in the sammanställning, which
 * prints it (KEY_POINTS_RULE): the first strength of each
 * of the three criteria the team scored highest, and the first improvement
 * area of each of the three it scored lowest. A score counts by its place on
 * its scale, so criteria on different scales compare; equal places keep the
 * package's order; criteria without such a comment are passed over.
 */

export const KEY_POINTS = 3;

export const KEY_POINTS_RULE =
  'Styrkor: den första styrkan i vart och ett av de tre kriterier där teamet gav högst poäng. Förbättringsområden: det första förbättringsområdet i de tre kriterier med lägst poäng. Vid lika poäng gäller kriteriepaketets ordning; varje punkt är förkortad till en rad.';

/** Longer than any line of a table column; the layout cuts each point to one line. */
const MAX_CHARS = 200;

/** One of the team's key strengths or improvement areas, cut short. */
export interface KeyPoint {
  readonly criterionId: string;
  readonly text: string;
}

export interface KeyPointCriterion {
  readonly id: string;
  readonly scale: { readonly min: number; readonly max: number };
  /** The score the view shows (consensus before a visit at the first meeting); null when not scored (no point then). */
  readonly score: number | null;
  readonly strengths: readonly { readonly text: string }[];
  readonly improvements: readonly { readonly text: string }[];
}

const flat = (text: string) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > MAX_CHARS ? `${one.slice(0, MAX_CHARS - 1)}…` : one;
};

const place = (c: KeyPointCriterion) => (c.scale.max === c.scale.min ? 0 : (c.score! - c.scale.min) / (c.scale.max - c.scale.min));

function firstOf(ordered: readonly KeyPointCriterion[], pick: (c: KeyPointCriterion) => readonly { readonly text: string }[]): KeyPoint[] {
  return ordered
    .filter((c) => pick(c).some((comment) => comment.text.trim() !== ''))
    .slice(0, KEY_POINTS)
    .map((c) => ({ criterionId: c.id, text: flat(pick(c).find((comment) => comment.text.trim() !== '')!.text) }));
}

export function keyPoints(criteria: readonly KeyPointCriterion[]): { strengths: KeyPoint[]; improvements: KeyPoint[] } {
  const scored = criteria.map((c, order) => ({ c, order })).filter(({ c }) => c.score !== null);
  const highest = [...scored].sort((a, b) => place(b.c) - place(a.c) || a.order - b.order).map(({ c }) => c);
  const lowest = [...scored].sort((a, b) => place(a.c) - place(b.c) || a.order - b.order).map(({ c }) => c);
  return { strengths: firstOf(highest, (c) => c.strengths), improvements: firstOf(lowest, (c) => c.improvements) };
}

/** A prize aspect's key texts for the jury: its first strength and first improvement area, each cut to one line (null when none). */
export function aspectKeyPoints(aspect: { readonly strengths: readonly { readonly text: string }[]; readonly improvements: readonly { readonly text: string }[] }): {
  strength: string | null;
  improvement: string | null;
} {
  const first = (list: readonly { readonly text: string }[]) => {
    const found = list.find((comment) => comment.text.trim() !== '');
    return found ? flat(found.text) : null;
  };
  return { strength: first(aspect.strengths), improvement: first(aspect.improvements) };
}
