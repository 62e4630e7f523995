/**
 * Framsteget assessed as examiners do it, in Chromium: two examiners each
 * write a prize-only entry's aspects at the desk (keyboard, evidence from the
 * page shown, a reload in the middle, a double click), submit and export; the
 * team lead takes the other's file in, takes both examiners' comments per
 * aspect (provenance shown), submits and exports. The database and the
 * exported files are read back. Needs prize-exchange (export) and
 * prize-consensus (the aspects at consensus) merged.
 */
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAssessmentFile } from '../../shared/formats/assessment-file';
import { bundleFile } from '../helpers/bundles';
import { pdfText } from '../helpers/pdf';
import { withFramsteget } from '../helpers/prize-round';
import { expectAccessible } from './a11y';
import { waitForTextFocus } from './desk';
import { launch, screenshot, type Page } from './harness';
import { chooseWho, importAssessments, importRound } from './round-session';

const LINDGARDEN = 'Lindgårdens vård- och omsorgsboende';
const aspectTitle = (page: Page) => page.locator('#criterion-title');
/** Waits until the panel shows the aspect (its title, then "✓ Klar" once done). */
const showsAspect = (page: Page, title: string) => expect.poll(() => aspectTitle(page).textContent()).toMatch(new RegExp(`^${title}(✓ Klar)?$`));
const aspectList = (page: Page) => page.getByRole('navigation', { name: 'Kriterier och prisaspekter' });

/** Joins the round with Framsteget as `name`. */
async function joinAs(page: Page, bundle: string, name: string): Promise<void> {
  await importRound(page, bundle);
  await chooseWho(page, new RegExp(name));
  await page.getByRole('heading', { name: new RegExp(`Du är ${name}`) }).waitFor();
}

/** Writes one comment from the keyboard: S or F, the text, Esc (the focus back on the aspect's title). */
async function writeComment(page: Page, key: 's' | 'f', text: string): Promise<void> {
  await page.keyboard.press(key);
  await waitForTextFocus(page);
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('criterion-title');
}

/** Lindgården's three aspects at the desk, as the examiner works; then submitted and exported. Returns the exported file. */
async function assessAndExport(page: Page, dataDir: string, voice: string, shots: boolean): Promise<string> {
  await page.getByRole('button', { name: `Bedöm: ${LINDGARDEN}` }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(LINDGARDEN) }).waitFor();
  await page.locator('.pdf-page[data-unit="1"] .textLayer span').first().waitFor();
  // A prize-only entry: its aspects, nothing to score.
  expect(await aspectTitle(page).textContent()).toBe('Nytt');
  await page.getByText('Något nytt för verksamheten: ett nytt arbetssätt', { exact: false }).waitFor();
  expect(await page.getByRole('radiogroup').count()).toBe(0);
  expect(await page.getByText('Totalt').count()).toBe(0);
  await aspectList(page).getByText('0 av 3 aspekter klara').waitFor();

  // Nytt: a strength with the page shown as evidence (B), from the keyboard.
  await writeComment(page, 's', `${voice}: fallpreventionen är ett nytt arbetssätt för boendet.`);
  await page.keyboard.press('b');
  await page.locator('.comments.strength .evidence-chip').first().waitFor();
  expect(await page.locator('.comments.strength .evidence-chip').first().textContent()).toContain('s. 1');
  await aspectList(page).getByText('1 av 3 aspekter klara').waitFor();
  if (shots) {
    await page.waitForTimeout(300);
    await screenshot(page, 'prize-desk-1-aspect');
    await expectAccessible(page, 'the desk with a prize aspect open');
  }

  // Asking to submit now names the open aspects, and leads to one.
  await page.getByRole('button', { name: 'Lämna in min bedömning…' }).click();
  const missing = page.getByRole('dialog', { name: 'Det här saknas innan du kan lämna in' });
  await missing.getByText('2 av 3 aspekter är inte klara', { exact: false }).waitFor();
  expect(await missing.getByRole('button').allTextContents()).toEqual(['Framsteget: Skapar värde', 'Framsteget: Används', 'Stäng']);
  if (shots) await screenshot(page, 'prize-desk-2-missing');
  await missing.getByRole('button', { name: 'Framsteget: Skapar värde' }).click();
  await showsAspect(page, 'Skapar värde');

  // Skapar värde: an improvement area; the page is reloaded in the middle and keeps it.
  const improvement = `${voice}: värdet för de boende visas inte med resultat.`;
  await writeComment(page, 'f', improvement);
  await expect.poll(() => page.getByText(/^Sparat \d\d:\d\d$/).count()).toBe(1);
  await page.reload();
  await showsAspect(page, 'Skapar värde');
  await expect.poll(() => page.getByLabel('Förbättringsområde 1', { exact: true }).inputValue()).toBe(improvement);
  await aspectList(page).getByText('2 av 3 aspekter klara').waitFor();

  // Används (J): "Lägg till styrka" clicked twice makes one strength; a site-visit question and a private note.
  await page.locator('.pdf-page[data-unit="1"] .textLayer span').first().waitFor();
  await aspectTitle(page).focus();
  await page.keyboard.press('j');
  await showsAspect(page, 'Används');
  await page.getByRole('button', { name: 'Lägg till styrka' }).dblclick();
  await waitForTextFocus(page);
  await page.keyboard.type(`${voice}: verktyget används på alla avdelningar varje dag.`);
  await page.getByRole('button', { name: 'Lägg till fråga' }).click();
  await waitForTextFocus(page);
  await page.keyboard.type('Hur används verktyget på natten?');
  await page.getByRole('textbox', { name: /Egen anteckning/ }).fill(`${voice}s anteckning om Används.`);
  await page.getByRole('textbox', { name: /Egen anteckning/ }).blur();
  expect(await page.getByRole('region', { name: 'Styrkor (1)' }).getByRole('textbox').count()).toBe(1);
  await aspectList(page).getByText('3 av 3 aspekter klara').waitFor();

  await page.getByRole('button', { name: 'Lämna in min bedömning…' }).click();
  const confirm = page.getByRole('dialog', { name: `Lämna in din bedömning av ${LINDGARDEN}?` });
  await confirm.getByText('Alla 3 aspekter är klara.', { exact: false }).waitFor();
  await confirm.getByRole('button', { name: 'Lämna in' }).click();
  await page.getByText(/Inlämnad \d+ \w+ \d{4} \d\d:\d\d/).waitFor();
  await page.getByRole('button', { name: 'Exportera…' }).click();
  await page.getByRole('dialog', { name: /Exportera din bedömning/ }).getByRole('button', { name: 'Exportera…' }).click();
  const saved = await page.getByText(/^Sparade (.+\.kvbedomning) \(revision 1\)/).textContent();
  const path = join(dataDir, 'exporter', /Sparade (\S+\.kvbedomning)/.exec(saved ?? '')![1]!);
  expect(existsSync(path)).toBe(true);
  return path;
}

describe('a Framsteget entry assessed by a team in Chromium', () => {
  it('two examiners write the aspects at the desk, submit and export; the lead merges both into the team\'s assessment, exports it and makes the prisbedömning', { timeout: 240_000 }, async () => {
    const bundle = await bundleFile({ editRound: withFramsteget }, 'framsteget.kvomgang');
    const anna = await launch();
    const bilal = await launch();
    await joinAs(anna.page, bundle, 'Anna Lind');
    await joinAs(bilal.page, bundle, 'Bilal Haddad');
    // The round screen: a prize-only entry shows its prize and counts aspects.
    const card = bilal.page.getByRole('listitem').filter({ has: bilal.page.getByRole('heading', { name: LINDGARDEN }) });
    await card.getByText('0 av 3 aspekter klara').waitFor();
    await bilal.page.getByText('0 av 20 kriterier och aspekter klara', { exact: false }).waitFor();
    // An entry in the scored award and the prize: the prize is a section of its own after the class's areas.
    await bilal.page.goto(`${bilal.app.url}#/omgang/ku-2026-ovning/bedom/c-solrosen/prize%3Aframsteget%3Aanvands`);
    await showsAspect(bilal.page, 'Används');
    await aspectList(bilal.page).getByText('0 av 17 kriterier och aspekter klara').waitFor();
    expect(await aspectList(bilal.page).getByRole('button').last().textContent()).toBe('○Används, inte påbörjad');
    await aspectList(bilal.page).getByRole('button', { name: /^Används/ }).scrollIntoViewIfNeeded();
    await bilal.page.locator('.pdf-page[data-unit="1"] .textLayer span').first().waitFor();
    await screenshot(bilal.page, 'prize-desk-0-class-and-prize');
    await bilal.page.getByRole('link', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' }).or(bilal.page.getByRole('button', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' })).first().click();

    const files = {
      bilal: await assessAndExport(bilal.page, bilal.app.dataDir, 'Bilal', true),
      anna: await assessAndExport(anna.page, anna.app.dataDir, 'Anna', false),
    };

    // Bilal's exported file carries the aspects as the prize's written assessment, his private note left home.
    const parsed = parseAssessmentFile(JSON.parse(readFileSync(files.bilal, 'utf8')));
    if (!parsed.ok) throw new Error(parsed.message);
    const file = parsed.value;
    expect(file.criteria).toEqual([]);
    expect(file.prizes?.map((p) => [p.prizeId, p.aspects.map((a) => a.aspectId)])).toEqual([['framsteget', ['nytt', 'skapar-varde', 'anvands']]]);
    const [nytt, skaparVarde, anvands] = file.prizes![0]!.aspects;
    expect(nytt!.strengths).toMatchObject([{ text: 'Bilal: fallpreventionen är ett nytt arbetssätt för boendet.', evidence: [{ page: 1 }] }]);
    expect(skaparVarde!.improvements.map((c) => c.text)).toEqual(['Bilal: värdet för de boende visas inte med resultat.']);
    expect(anvands!.siteVisitQuestions.map((q) => q.text)).toEqual(['Hur används verktyget på natten?']);
    expect(JSON.stringify(file)).not.toContain('anteckning');

    // The database, reopened: the aspects are rows of Bilal's assessment, never scored.
    const db = new Database(join(bilal.app.dataDir, 'examinator.sqlite'), { readonly: true });
    const rows = db
      .prepare("SELECT c.criterion_id AS id, c.score, c.private_note AS note FROM assessment_criteria c JOIN assessments a ON a.id = c.assessment_id WHERE a.contestant_id = 'c-lindgarden' ORDER BY c.position")
      .all();
    db.close();
    expect(rows).toEqual([
      { id: 'prize:framsteget:nytt', score: null, note: '' },
      { id: 'prize:framsteget:skapar-varde', score: null, note: '' },
      { id: 'prize:framsteget:anvands', score: null, note: 'Bilals anteckning om Används.' },
    ]);

    // The lead takes Bilal's file in; the consensus for the prize entry can start.
    const { page } = anna;
    await page.getByRole('button', { name: 'Tävlingsomgångar' }).first().click();
    await page.getByRole('button', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' }).first().click();
    await importAssessments(page, [files.bilal]);
    await page.getByText('Konsensus: 2 av 3 bedömningar här').waitFor();
    await page.getByRole('button', { name: `Förbered konsensus: ${LINDGARDEN}` }).click();
    await page.getByRole('heading', { name: `Konsensus för ${LINDGARDEN}` }).waitFor();
    await page.getByRole('button', { name: 'Starta konsensus' }).click();

    // Per aspect both examiners' comments taken into the team's lists, each showing whose it was.
    const agenda = page.getByRole('navigation', { name: 'Dagordning' });
    const takes: [string, string, string][] = [
      ['Nytt', 'fallpreventionen är ett nytt arbetssätt för boendet.', 'Teamets styrka'],
      ['Skapar värde', 'värdet för de boende visas inte med resultat.', 'Teamets förbättringsområde'],
      ['Används', 'verktyget används på alla avdelningar varje dag.', 'Teamets styrka'],
    ];
    for (const [aspect, text, teamLabel] of takes) {
      await agenda.getByRole('button', { name: new RegExp(`^${aspect}`) }).click();
      const card = page.getByRole('region', { name: aspect });
      for (const voice of ['Anna', 'Bilal']) await card.getByRole('button', { name: `Ta med i teamets lista: ${voice}: ${text}` }).click();
      await expect.poll(() => page.getByRole('textbox', { name: new RegExp(`^${teamLabel} \\d`) }).count()).toBe(2);
      expect(await page.getByRole('textbox', { name: `${teamLabel} 2` }).locator('xpath=ancestor::li[1]').textContent()).toMatch(/Från BH/);
    }
    await screenshot(page, 'prize-consensus-taken');
    await page.getByRole('button', { name: 'Lämna in teamets bedömning…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Lämna in' }).click();
    await page.getByRole('button', { name: 'Exportera…' }).click();
    await page.getByRole('dialog', { name: /Exportera teamets konsensusbedömning/ }).getByRole('button', { name: 'Exportera…' }).click();
    const saved = await page.getByText(/^Sparade \S+-konsensus-\S+\.kvbedomning/).textContent();
    const team = parseAssessmentFile(JSON.parse(readFileSync(join(anna.app.dataDir, 'exporter', /Sparade (\S+\.kvbedomning)/.exec(saved ?? '')![1]!), 'utf8')));
    if (!team.ok) throw new Error(team.message);
    expect(team.value.stage).toBe('consensus');
    expect(team.value.prizes![0]!.aspects.map((a) => [a.aspectId, [...a.strengths, ...a.improvements].map((c) => c.text)])).toEqual(
      takes.map(([, text], i) => [['nytt', 'skapar-varde', 'anvands'][i], [`Anna: ${text}`, `Bilal: ${text}`]]),
    );

    // Reported: the lead makes the prisbedömning from the team's submitted consensus; read back, aspect by aspect in order.
    await page.goto(`${anna.app.url}#/omgang/ku-2026-ovning/rapporter`);
    const prizeReports = page.getByRole('region', { name: 'Per prisbidrag' });
    await prizeReports.getByRole('button', { name: new RegExp(`^Skapa PDF: Prisbedömning – .* – ${LINDGARDEN}$`) }).click();
    const report = await page.getByText(/^Sparade \S+\.pdf/).textContent();
    const text = pdfText(join(anna.app.dataDir, 'exporter', /Sparade (\S+\.pdf)/.exec(report ?? '')![1]!));
    const places = takes.map(([aspect, said]) => [text.indexOf(`${aspect} `), text.indexOf(`Anna: ${said}`), text.indexOf(`Bilal: ${said}`)]);
    for (const found of places) expect(found.every((at) => at >= 0)).toBe(true);
    expect(places.map(([, anna]) => anna)).toEqual([...places.map(([, anna]) => anna)].sort((x, y) => x! - y!));
  });
});
