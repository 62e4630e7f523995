import { describe, expect, it } from 'vitest';
import { contestantPrizes, draftPrizes, framstegetPreset, withPrizeEntries } from '../../../../../renderer/features/authoring/round-setup/prize-entries';
import { newContestant, newRoundDraft, type RoundDraft } from '../../../../../renderer/features/authoring/round-setup/templates';
import { FRAMSTEGET } from '../../../../../shared/formats/prizes';

/** Two prizes; c-1 entered for both, c-2 only for the second. */
function draft(): RoundDraft {
  const base = newRoundDraft('2027-01-15');
  const prizes = [framstegetPreset([]), { ...framstegetPreset([]), id: 'forvandling', title: 'Förvandlingspriset' }];
  return {
    ...base,
    round: { ...base.round, prizes },
    contestants: [{ ...newContestant('c-1'), prizes: ['framsteget', 'forvandling'] }, { ...newContestant('c-2'), prizes: ['forvandling'] }],
  } as unknown as RoundDraft;
}

describe('prizes in the round set-up draft', () => {
  it('offers Framsteget with its three aspects, under a free id when it is already there', () => {
    expect(framstegetPreset([])).toEqual(FRAMSTEGET);
    expect(framstegetPreset([FRAMSTEGET]).id).toBe('framsteget-2');
    expect(framstegetPreset([]).aspects).not.toBe(FRAMSTEGET.aspects);
  });

  it('carries a renamed prize into every entrant’s list, in place', () => {
    const renamed = withPrizeEntries(draft(), 1, () => 'forvandlingspriset');
    expect(draftPrizes(renamed).map((p) => p.id)).toEqual(['framsteget', 'forvandlingspriset']);
    expect(renamed.contestants.map(contestantPrizes)).toEqual([['framsteget', 'forvandlingspriset'], ['forvandlingspriset']]);
  });

  it('takes a removed prize out of every list, leaving out a list that becomes empty', () => {
    const removed = withPrizeEntries(draft(), 1, () => null);
    expect(removed.contestants[0]).toHaveProperty('prizes', ['framsteget']);
    expect(removed.contestants[1]).not.toHaveProperty('prizes');
    expect(draftPrizes(removed)).toHaveLength(2);
  });
});
