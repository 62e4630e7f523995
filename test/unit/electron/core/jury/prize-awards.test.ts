/** Prizes without scores in domarkommitténs arbetsyta: beside the classes, decided and exported in the signed .kvbeslut. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyDecisionBytes } from '../../../../../electron/core/jury/decision-file';
import { PRIZE_ASSESSMENT_ABSENT } from '../../../../../electron/core/jury/prize-awards';
import { generateKeyPair, readPublicKeyPem } from '../../../../../electron/core/packages/keys';
import { builtInKeys, commandLineKey, trustSet } from '../../../../../electron/core/packages/trust-store';
import { FRAMSTEGET } from '../../../../../shared/formats/prizes';
import { RESOURCES } from '../../../../helpers/bundles';
import { call } from '../../../../helpers/core';
import { prizeCore } from '../../../../helpers/prize-round';
import { tempDir } from '../../../../helpers/temp';

const ROUND = 'ku-2026-ovning';
const SOLROSEN = 'c-solrosen';
const LINDGARDEN = 'c-lindgarden';

async function officeCore() {
  const core = await prizeCore();
  await call(core, 'round:choose-office', { roundId: ROUND, change: false });
  return core;
}

describe('prizes in the jury workspace', () => {
  it('lists each prize beside the classes, with every entrant in the round order and no points', async () => {
    const core = await officeCore();
    const view = await call(core, 'decision:workspace', { roundId: ROUND, meeting: 'first' });
    expect(view.awards.map((a) => [a.kind, a.id, a.title, a.entries.map((e) => e.name)])).toEqual([
      ['class', 'forskola', 'Förskola', ['Förskolan Solrosen']],
      ['prize', 'framsteget', FRAMSTEGET.title, ['Förskolan Solrosen', 'Lindgårdens vård- och omsorgsboende']],
    ]);
    const prize = view.awards[1]!;
    expect(prize.entries[1]).toMatchObject({ rank: null, before: null, after: null, status: 'missing', reason: PRIZE_ASSESSMENT_ABSENT });
    expect(prize.missing).toEqual(['Förskolan Solrosen: inget val om platsbesök.', 'Lindgårdens vård- och omsorgsboende: inget val om platsbesök.']);
  });

  it('takes the jury\'s decisions for prize entrants only, and exports them signed', async () => {
    const core = await officeCore();
    const final = { roundId: ROUND, meeting: 'final' as const };
    await expect(call(core, 'decision:set-entry', { ...final, awardKind: 'class', awardId: 'aldreomsorg', contestantId: LINDGARDEN, decision: 'winner' })).rejects.toThrow('deltar inte i den klassen eller det priset');
    await expect(call(core, 'decision:set-entry', { ...final, awardKind: 'prize', awardId: 'forvandlingspriset', contestantId: LINDGARDEN, decision: 'winner' })).rejects.toThrow('deltar inte i den klassen eller det priset');
    await call(core, 'decision:save-meeting', { ...final, meetingDate: '2027-05-10', members: ['Karin Ek'] });
    await call(core, 'decision:set-entry', { ...final, awardKind: 'class', awardId: 'forskola', contestantId: SOLROSEN, decision: 'none' });
    // A prize's entry answers with the class the screen shows, the prize beside it (one call for the screen).
    const answer = await call(core, 'decision:set-entry', { ...final, awardKind: 'prize', awardId: 'framsteget', contestantId: SOLROSEN, decision: 'none', shownClass: 'forskola' });
    expect(answer.awards.map((a) => [a.kind, a.id])).toEqual([['class', 'forskola'], ['prize', 'framsteget']]);
    expect(answer.awards[1]!.entries.find((e) => e.contestantId === SOLROSEN)?.decision).toBe('none');
    const key = generateKeyPair();
    const keyPath = join(tempDir(), 'kontoret.key.pem');
    writeFileSync(keyPath, key.privatePem);
    const keyFileId = () => core.context.files.register(keyPath).id;
    await expect(call(core, 'decision:export', { ...final, keyFileId: keyFileId() })).rejects.toThrow(/Lindgårdens vård- och omsorgsboende/);
    await call(core, 'decision:set-entry', { ...final, awardKind: 'prize', awardId: 'framsteget', contestantId: LINDGARDEN, decision: 'winner', citation: 'Digital fallprevention som används i hela boendet.' });
    const saved = await call(core, 'decision:export', { ...final, keyFileId: keyFileId() });
    const own = commandLineKey(readPublicKeyPem(Buffer.from(key.publicPem), 'pub'), 'kontoret', RESOURCES);
    const read = verifyDecisionBytes(readFileSync(saved!.path), trustSet(builtInKeys(RESOURCES), [own]));
    expect(read.file.prizes).toEqual([
      {
        id: 'framsteget',
        contestants: [
          { contestant: SOLROSEN, decision: 'none' },
          { contestant: LINDGARDEN, decision: 'winner', citation: 'Digital fallprevention som används i hela boendet.' },
        ],
      },
    ]);
  });
});
