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
import { importFiles } from '../../../../helpers/exchange';
import { solrosenPrizeFile } from '../../../../helpers/reports/framsteget';

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
    expect(prize.missing).toEqual([
      `Förskolan Solrosen: ${PRIZE_ASSESSMENT_ABSENT}`,
      'Förskolan Solrosen: inget val om platsbesök.',
      `Lindgårdens vård- och omsorgsboende: ${PRIZE_ASSESSMENT_ABSENT}`,
      'Lindgårdens vård- och omsorgsboende: inget val om platsbesök.',
    ]);
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

  it('shows the team’s written prize assessment once its file is here: its stage and revision, per aspect the first strength and improvement area', async () => {
    const core = await prizeCore();
    const { preview, applied } = await importFiles(core, { 'solrosen.kvbedomning': solrosenPrizeFile().bytes });
    expect(preview.map((p) => p.sha256 !== null), JSON.stringify(preview)).toEqual([true]);
    expect(applied).toHaveLength(1);
    await call(core, 'round:choose-office', { roundId: ROUND, change: false });
    const view = await call(core, 'decision:workspace', { roundId: ROUND, meeting: 'first', awardId: 'forskola' });
    const prize = view.awards.find((a) => a.kind === 'prize')!;
    const [solrosen, lindgarden] = prize.entries;
    expect(solrosen).toMatchObject({ status: 'shown', reason: null, stage: 'site-visit', revision: 1, before: null, rank: null });
    expect(solrosen!.aspects).toEqual([
      { title: 'Nytt', strength: 'Bildloggen är ett eget arbetssätt där barnen själva fotograferar och berättar om dagen för sina vårdnadshavare.', improvement: 'Det framgår inte vad som skiljer bildloggen från liknande digitala verktyg som andra förskolor använder.' },
      { title: 'Skapar värde', strength: 'Vårdnadshavarnas svar om insyn i verksamheten steg från 71 till 89 procent efter införandet.', improvement: 'Värdet för barnens eget lärande beskrivs men visas inte med resultat.' },
      { title: 'Används', strength: 'Bildloggen används varje dag på alla fyra avdelningar och ingår i introduktionen av nya medarbetare.', improvement: null },
    ]);
    expect(lindgarden).toMatchObject({ status: 'missing', reason: PRIZE_ASSESSMENT_ABSENT });
    expect(lindgarden!.aspects).toBeUndefined();
  });
});
