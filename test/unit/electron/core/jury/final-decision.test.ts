import { describe, expect, it } from 'vitest';
import { decisionsInFile, prizeDecisionInFile } from '../../../../../electron/core/jury/final-decision';
import { decisionText } from '../../../../../electron/core/reports/feedback-text';
import type { UnsignedDecisionFile } from '../../../../../shared/formats/jury-decision';
import { finalMeetingContent } from '../../../../helpers/decisions';

const IDS = { roundId: 'ku-2026-ovning', packageId: 'p', packageRevision: 1, packageSha256: 'e'.repeat(64) };

/** The final meeting with two winners in Förskola. */
function twoWinners(): UnsignedDecisionFile {
  const file = finalMeetingContent(IDS);
  return {
    ...file,
    meeting: 'final',
    classes: [
      {
        id: 'forskola',
        contestants: [
          { contestant: 'c-solrosen', decision: 'winner', citation: 'För barnens röst.' },
          { contestant: 'c-ekorren', decision: 'winner', citation: 'För Ekorrstigen.' },
          { contestant: 'c-blaklinten', decision: 'none' },
        ],
      },
    ],
  } as UnsignedDecisionFile;
}

describe("the jury's final decision per contestant", () => {
  it('counts the winners of each class, so a sole winner is not "one of the winners"', () => {
    const sole = decisionsInFile(finalMeetingContent(IDS) as never);
    expect(sole.get('c-solrosen')).toMatchObject({ classId: 'forskola', decision: 'winner', winners: 1 });
    expect(sole.get('c-lindgarden')).toMatchObject({ classId: 'aldreomsorg', decision: 'none', citation: '', winners: 0 });
    const two = decisionsInFile(twoWinners() as never);
    expect(['c-solrosen', 'c-ekorren', 'c-blaklinten'].map((id) => two.get(id)!.winners)).toEqual([2, 2, 2]);
    // A prize's decision carries no class count.
    expect(prizeDecisionInFile(twoWinners() as never, 'framsteget', 'c-solrosen')).toBeNull();
  });

  it('says "klassens vinnare" for a sole winner and "en av klassens 2 vinnare" for two', () => {
    const base = { classTitle: 'Förskola', meetingDate: '2027-03-15', citation: [] };
    const model = { contestant: { id: 'c-solrosen', name: 'Förskolan Solrosen', organisation: 'Norrby' } } as const;
    expect(decisionText(model as never, { ...base, decision: 'winner', winners: 1 })).toBe(
      'Domarkommittén fattade sitt beslut om tävlingsklassen Förskola den 15 mars 2027. Förskolan Solrosen är klassens vinnare: stort grattis till er alla!',
    );
    expect(decisionText(model as never, { ...base, decision: 'winner', winners: 2 })).toContain('Förskolan Solrosen är en av klassens 2 vinnare: stort grattis');
    expect(decisionText(model as never, { ...base, decision: 'none', winners: 2 })).toContain('Förskolan Solrosen fick inte utmärkelsen den här gången.');
  });
});
