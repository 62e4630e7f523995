import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentBytes, exchangeCore, individualCriteria, SOLROSEN } from '../helpers/exchange';
import { tempDir } from '../helpers/temp';
import { expectAccessible } from './a11y';
import { agreeThroughBridge, invoke, scoreThroughBridge } from './bridge';
import { launch, screenshot } from './harness';
import { samplePath } from '../helpers/samples';

const ROUND = 'ku-2026-ovning';

describe('reports in Chromium', () => {
  it('lists what can be made, previews the first page, and makes a batch into a folder with progress', async () => {
    // Bilal's and Cecilia's files, signed as their installations would.
    const { facts } = await exchangeCore();
    const dir = tempDir();
    const files = ['e-bilal', 'e-cecilia'].map((examinerId, i) => {
      const path = join(dir, `${examinerId}.kvbedomning`);
      writeFileSync(path, assessmentBytes(facts, { author: { examinerId, name: examinerId === 'e-bilal' ? 'Bilal Haddad' : 'Cecilia Ek' }, criteria: individualCriteria(facts, SOLROSEN, i + 2) }));
      return path;
    });

    const { app, page } = await launch();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera fil…' }).click()]);
    await chooser.setFiles(samplePath.round);
    await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång', level: 1 }).waitFor();
    await invoke(page, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
    const own = await scoreThroughBridge(page, ROUND, SOLROSEN, {}, 'Anna');
    await invoke(page, 'assessment:submit', { assessmentId: own });

    // Before the team's consensus: only my own individual bedömning can be made.
    await page.goto(`${app.url}#/omgang/${ROUND}`);
    await page.getByRole('button', { name: 'Rapporter' }).click();
    await page.getByRole('heading', { name: 'Rapporter', level: 1 }).waitFor();
    await page.getByText('Av din inlämnade individuella bedömning, revision 1').waitFor();
    expect(await page.getByRole('button', { name: 'Skapa PDF: Bedömning – Förskolan Solrosen' }).isDisabled()).toBe(true);

    // The team's consensus, made and submitted through the bridge (the consensus screens have their own test).
    await page.goto(`${app.url}#/omgang/${ROUND}`);
    const [importChooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera bedömningar…' }).click()]);
    await importChooser.setFiles(files);
    await page.getByRole('dialog', { name: 'Importera bedömningsfiler' }).getByRole('button', { name: 'Importera 2 filer' }).click();
    await page.getByRole('dialog', { name: 'Importen är klar' }).getByRole('button', { name: 'Stäng' }).click();
    const id = await agreeThroughBridge(page, ROUND, SOLROSEN);
    await invoke(page, 'consensus:set-team', { assessmentId: id, change: { field: 'summary', value: 'Förskolan har ett lärande arbetssätt.\n\nUppföljningen kan bli tätare.' } });
    await invoke(page, 'consensus:set-team', { assessmentId: id, change: { field: 'nextSteps', value: ['Följ upp barnens lärande varje månad.'] } });
    await invoke(page, 'assessment:submit', { assessmentId: id });

    await page.getByRole('button', { name: 'Rapporter' }).click();
    await page.getByText('Av teamets konsensusbedömning, revision 1, från Anna Lind').first().waitFor();
    await page.getByRole('button', { name: 'Förhandsgranska Bedömning – Förskolan Solrosen' }).click();
    await page.locator('canvas[data-rendered="true"]').waitFor();
    await page.getByText(/· \d+ sidor/).waitFor();
    await screenshot(page, 'reports-1-preview');
    await expectAccessible(page, 'reports with a preview');

    await page.getByRole('button', { name: 'Välj alla som kan göras' }).click();
    await page.getByRole('checkbox', { name: 'Koder (A, B, C …) i stället för namn i sammanställningen' }).check();
    await page.getByRole('button', { name: /^Skapa valda \(4\) i en mapp…$/ }).click();
    await page.getByRole('heading', { name: 'Rapporterna är klara' }).waitFor();
    await page.getByText(/^4 av 4 sparade i /).waitFor();
    await screenshot(page, 'reports-2-batch');
    const made = readdirSync(join(app.dataDir, 'exporter')).filter((f) => f.endsWith('.pdf')).sort();
    expect(made).toEqual([
      '2026-aterforingsrapport-forskolan-solrosen.pdf',
      '2026-bedomning-forskolan-solrosen-individuell-anna-lind.pdf',
      '2026-bedomning-forskolan-solrosen.pdf',
      '2026-sammanstallning-forskola-slutmotet-kodad.pdf',
    ]);
    const feedback = execFileSync('pdftotext', ['-layout', join(app.dataDir, 'exporter', made[0]!), '-'], { encoding: 'utf8' });
    expect(feedback).toContain('Följ upp barnens lärande varje månad.');
    expect(feedback).toContain('Förskolan Solrosen');
    const overview = execFileSync('pdftotext', [join(app.dataDir, 'exporter', made[3]!), '-'], { encoding: 'utf8' });
    for (const name of ['Förskolan Solrosen', 'Solrosen', 'Anna Lind']) expect(overview).not.toContain(name);

    // The first meeting's edition, chosen where the sammanställning is made: consensus only, no nomination.
    await page.getByRole('radio', { name: /^Inför domarkommitténs första möte/ }).check();
    await screenshot(page, 'reports-3-first-meeting');
    await page.getByRole('button', { name: 'Skapa PDF: Sammanställning – Förskola' }).click();
    await page.getByText(/^Sparade 2026-sammanstallning-forskola-forsta-motet-kodad\.pdf/).waitFor();
    const first = execFileSync('pdftotext', [join(app.dataDir, 'exporter', '2026-sammanstallning-forskola-forsta-motet-kodad.pdf'), '-'], { encoding: 'utf8' });
    expect(first).toContain('Sammanställning inför domarkommitténs första möte');
    for (const word of ['Vinnare', 'Efter platsbesök', 'Solrosen']) expect(first).not.toContain(word);
  });
});
