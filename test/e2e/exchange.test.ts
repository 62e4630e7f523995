import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyIdOf } from '../../electron/core/packages/keys';
import { assessmentBytes, consensusCriteria, exchangeCore, individualCriteria, newKey, SOLROSEN } from '../helpers/exchange';
import { tempDir } from '../helpers/temp';
import { expectAccessible } from './a11y';
import { launch, screenshot } from './harness';
import { importRound } from './round-session';
import { fingerprint } from '../../shared/fingerprint';


describe('exchanging assessment files in Chromium', () => {
  it('previews, applies, lists what arrived, and refuses a changed key until it is compared and accepted', async () => {
    // The co-examiners' files, signed with keys made here (as their installations would).
    const { facts } = await exchangeCore();
    const bilalKey = newKey();
    const bilalNewKey = newKey();
    const dir = tempDir('examinator-e2e-bedomning-');
    const files = {
      bilal: join(dir, '2026-forskolan-solrosen-individuell-bilal-haddad-r1.kvbedomning'),
      cecilia: join(dir, '2026-forskolan-solrosen-individuell-cecilia-ek-r1.kvbedomning'),
      wrongRound: join(dir, 'annan-omgang.kvbedomning'),
      consensus: join(dir, '2026-forskolan-solrosen-konsensus-anna-lind-r1.kvbedomning'),
      bilalNewKey: join(dir, '2026-forskolan-solrosen-individuell-bilal-haddad-r2.kvbedomning'),
    };
    writeFileSync(files.bilal, assessmentBytes(facts, { key: bilalKey }));
    writeFileSync(files.cecilia, assessmentBytes(facts, { author: { examinerId: 'e-cecilia', name: 'Cecilia Ek' } }));
    writeFileSync(files.wrongRound, assessmentBytes({ ...facts, id: 'ku-2027' }));
    const own = individualCriteria(facts, SOLROSEN);
    writeFileSync(
      files.consensus,
      assessmentBytes(facts, {
        stage: 'consensus',
        author: { examinerId: 'e-anna', name: 'Anna Lind' },
        criteria: consensusCriteria({ 'e-anna': own, 'e-bilal': individualCriteria(facts, SOLROSEN, 2) }),
        team: { recommendation: { siteVisit: true, nomination: null, citation: '' }, summary: 'Stark helhet.', sources: [{ examinerId: 'e-bilal', revision: 1, changeLog: null }] },
      }),
    );
    writeFileSync(files.bilalNewKey, assessmentBytes(facts, { key: bilalNewKey, revision: 2 }));

    const { page } = await launch();
    await importRound(page);
    await page.getByText('Inga bedömningar har kommit in ännu.').waitFor();

    // Preview: what will happen per file, nothing changed yet.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera bedömningar…' }).click()]);
    await chooser.setFiles([files.bilal, files.cecilia, files.consensus, files.wrongRound]);
    const dialog = page.getByRole('dialog', { name: 'Importera bedömningsfiler' });
    await dialog.getByText('Så här blir det om du importerar. Ingenting har ändrats ännu.').waitFor();
    await dialog.getByText(`nyckeln med fingeravtryck ${fingerprint(keyIdOf(bilalKey))} sparas`, { exact: false }).waitFor();
    await dialog.getByText('Filen gäller omgången "ku-2027", som inte finns på den här datorn.', { exact: false }).waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(4);
    await screenshot(page, 'exchange-1-preview');
    await expectAccessible(page, 'import preview (.kvbedomning)');

    await dialog.getByRole('button', { name: 'Importera 3 filer' }).click();
    const done = page.getByRole('dialog', { name: 'Importen är klar' });
    await done.getByText('Importerad: individuell bedömning av Förskolan Solrosen från Bilal Haddad, revision 1.').waitFor();
    await done.getByText('Importerad: individuell bedömning av Förskolan Solrosen från Cecilia Ek, revision 1.').waitFor();
    await screenshot(page, 'exchange-2-applied');
    await expectAccessible(page, 'import result (.kvbedomning)');
    await done.getByRole('button', { name: 'Stäng' }).click();

    // Arrival is listed on the round; content stays hidden (independence).
    const received = page.getByRole('region', { name: 'Inkomna bedömningsfiler' });
    await received.getByRole('rowheader', { name: 'Förskolan Solrosen' }).first().waitFor();
    expect(await received.getByRole('row').count()).toBe(4);
    await received.scrollIntoViewIfNeeded();
    await screenshot(page, 'exchange-3-received');
    await expectAccessible(page, 'round overview with received files');

    // A later file from Bilal signed with another key: refused until compared and accepted.
    const [again] = await Promise.all([page.waitForEvent('filechooser'), received.getByRole('button', { name: 'Importera bedömningar…' }).click()]);
    await again.setFiles(files.bilalNewKey);
    const refused = page.getByRole('dialog', { name: 'Importera bedömningsfiler' });
    await refused.getByText(/^⚠ Annan nyckel$/).waitFor();
    expect(await refused.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
    await refused.getByRole('button', { name: 'Jämför nycklarna…' }).click();
    const keyDialog = page.getByRole('dialog', { name: 'Ny nyckel för Bilal Haddad' });
    await keyDialog.getByText(fingerprint(keyIdOf(bilalKey))).waitFor();
    await keyDialog.getByText(fingerprint(keyIdOf(bilalNewKey))).waitFor();
    await screenshot(page, 'exchange-4-key-change');
    await expectAccessible(page, 'key-change dialog');
    await keyDialog.getByRole('checkbox', { name: 'Jag har jämfört fingeravtrycket med Bilal Haddad, och det stämmer.' }).check();
    await keyDialog.getByRole('button', { name: 'Godta den nya nyckeln' }).click();
    const accepted = page.getByRole('dialog', { name: 'Importera bedömningsfiler' });
    await accepted.getByText('Du har godtagit den nya nyckeln', { exact: false }).waitFor();
    await accepted.getByRole('button', { name: 'Importera 1 fil' }).click();
    await page.getByRole('dialog', { name: 'Importen är klar' }).getByText('Importerad; ersatte den tidigare revisionen', { exact: false }).waitFor();
    await page.getByRole('dialog', { name: 'Importen är klar' }).getByRole('button', { name: 'Stäng' }).click();
    await received.getByText('(ersatte en tidigare)').waitFor();

    // The jury overview is reachable from the round; nothing received is shown before I say who I am.
    await page.getByRole('button', { name: 'Översikt för domarkommittén' }).click();
    await page.getByRole('heading', { name: 'Översikt för domarkommittén', level: 1 }).waitFor();
    await page.getByText('Välj först vem du är i omgången.', { exact: false }).first().waitFor();
    // Every row says the same, as the reports do: the gate before whether a file has come.
    expect(await page.getByText('Teamets konsensusbedömning har inte kommit hit ännu.').count()).toBe(0);
    await screenshot(page, 'exchange-5-jury');
    await expectAccessible(page, 'jury overview');

    // My own signing key in the settings.
    await page.getByRole('button', { name: 'Inställningar' }).click();
    const keySection = page.getByRole('region', { name: 'Min signeringsnyckel' });
    await keySection.getByText(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/).waitFor();
    await keySection.scrollIntoViewIfNeeded();
    await screenshot(page, 'exchange-6-signing-key');
    await expectAccessible(page, 'settings with my signing key');
  });
});
