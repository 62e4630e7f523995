/** The round set-up's prizes: ids that contestants refer to (`contestants[].prizes`), and the Framsteget preset. */
import { FRAMSTEGET, type Prize } from '../../../../shared/formats/prizes';
import { nextId, setIn } from '../form/paths';
import type { RoundDraft } from './templates';

const NONE: readonly never[] = [];

/** The draft's prizes; round.json may leave them out (one empty list, so a store selector stays stable). */
export const draftPrizes = (draft: RoundDraft): readonly Prize[] => (draft.round as { prizes?: Prize[] }).prizes ?? NONE;

/** A contestant's prize ids; an empty list is left out of round.json. */
export const contestantPrizes = (contestant: RoundDraft['contestants'][number]): readonly string[] =>
  (contestant as { prizes?: string[] }).prizes ?? NONE;

export const withContestantPrizes = (draft: RoundDraft, index: number, prizes: readonly string[]): RoundDraft =>
  setIn(draft, ['contestants', index, 'prizes'], prizes.length > 0 ? [...prizes] : undefined);

/**
 * The draft with prize `index` given a new id (`change` returns it) or, when
 * `change` returns null, taken out of every contestant's list. The prize
 * itself is renamed here; removing it from the list is the caller's.
 */
export function withPrizeEntries(draft: RoundDraft, index: number, change: (id: string) => string | null): RoundDraft {
  const from = draftPrizes(draft)[index]?.id;
  if (from === undefined) return draft;
  const to = change(from);
  let next = to === null ? draft : setIn(draft, ['round', 'prizes', index, 'id'], to);
  next.contestants.forEach((contestant, c) => {
    const listed = contestantPrizes(contestant);
    if (!listed.includes(from)) return;
    next = withContestantPrizes(next, c, to === null ? listed.filter((id) => id !== from) : listed.map((id) => (id === from ? to : id)));
  });
  return next;
}

/** Framsteget as the 2021 programme describes it, under an id the round does not use yet. */
export function framstegetPreset(prizes: readonly Prize[]): Prize {
  const taken = prizes.some((p) => p.id === FRAMSTEGET.id);
  return { ...structuredClone(FRAMSTEGET), id: taken ? nextId(prizes, `${FRAMSTEGET.id}-`) : FRAMSTEGET.id };
}

export const newPrize = (prizes: readonly Prize[]): Prize => ({ id: nextId(prizes, 'pris-'), title: '', description: '', aspects: [newAspect([])] });
export const newAspect = (aspects: readonly Prize['aspects'][number][]) => ({ id: nextId(aspects, 'aspekt-'), title: '', description: '' });
