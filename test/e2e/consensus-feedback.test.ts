/**
 * The team's words to the unit (Till den tävlande enheten) and key themes, as
 * the lead writes them in the consensus in Chromium: typed, kept over a
 * reload, exported in the team's file; then the jury's final decision
 * imported; then the återföringsrapport made in Rapporter as PDF and Word
 * and read back (pdftotext, mammoth, LibreOffice) for issue 16's list.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { applicableCriteria } from '../../shared/scoring/points';
import { bundleBytes, examplePrivateKey } from '../helpers/bundles';
import { decisionBytes, finalMeetingContent } from '../helpers/decisions';
import { packageSource } from '../helpers/samples';
import { tempDir } from '../helpers/temp';
import { expectAccessible } from './a11y';
import { invoke } from './bridge';
import { launch, screenshot, type Page } from './harness';
import { isFocused } from './keyboard';
import { chooseFiles } from './round-session';
import { finishConsensus, reportText, ROUND, startConsensus, wordReport } from './team-report';

const SOLROSEN = 'c-solrosen';
const WORDS = ['Tack för en verksamhetsbeskrivning full av exempel från vardagen.', 'Vi hoppas att återföringen hjälper er vidare.'];
const THEMES = ['Barnens röst formar verksamheten.', 'Uppföljningen sker på alla nivåer.'];
const STEP = 'Sprid Språkpromenaden till fler förskolor.';
const JURY_SUMMARY = 'Bara för domarkommittén: en stark kandidat.';
const PRIVATE_NOTE = 'Privat tanke som aldrig lämnar datorn.';
const CITATION = 'För ett systematiskt förbättringsarbete som når varje barn.';
const POLICY = { scores: 'bands', examinerNames: false, sender: 'Stadsledningskontoret, Stockholms stad', contact: { name: 'Maria Holm', email: 'maria.holm@stockholm.se' } };
const flat = (text: string) => text.replace(/\s+/g, ' ');
const agenda = (page: Page) => page.getByRole('navigation', { name: 'Dagordning' });

async function teamPart(page: Page) {
  await agenda(page).getByRole('button', { name: /Teamets helhet/ }).click();
  return page.getByRole('region', { name: 'Till den tävlande enheten' });
}

/** The övningsomgång with a feedback policy: band labels, no names, a sender and a contact. */
async function roundWithPolicy(): Promise<string> {
  const path = join(tempDir(), 'omgang.kvomgang');
  writeFileSync(path, await bundleBytes({ editRound: (round) => void Object.assign(round.round, { feedback: POLICY }) }));
  return path;
}

/** Per criterion of Förskola: its heading, what it asks, Styrkor with the strength and its page, Förbättringsområden with the improvement and its page. */
function expectCriteriaInOrder(text: string, from: number, pageRef: (n: number) => string): number {
  const pkg = packageSource().package;
  let cursor = from;
  for (const criterion of applicableCriteria(pkg, 'forskola')) {
    const order = [
      text.indexOf(`${criterion.id} ${criterion.title}`, cursor),
      text.indexOf(flat(criterion.description).slice(0, 40), cursor),
      text.indexOf('Styrkor', cursor),
      text.indexOf(`Anna ser en styrka i ${criterion.id}. ${pageRef(2)}`, cursor),
      text.indexOf('Förbättringsområden', cursor),
      text.indexOf(`Anna ser ett förbättringsområde i ${criterion.id}. ${pageRef(3)}`, cursor),
    ];
    expect(order.every((at, i) => at > (order[i - 1] ?? cursor - 1)), `${criterion.id}: ${order.join(' < ')}`).toBe(true);
    cursor = order.at(-1)!;
  }
  return cursor;
}

function expectNothingForTheJury(text: string) {
  for (const secret of [JURY_SUMMARY, PRIVATE_NOTE, 'Anna Lind', 'Bilal Haddad', 'Cecilia Ek', 'Totalpoäng', 'Poäng:']) expect(text, secret).not.toContain(secret);
}

describe("the team's words to the unit, from the consensus to the återföringsrapport (Chromium)", () => {
  it('are typed, kept over a reload and exported; the PDF and the Word edition carry them with the jury’s decision, per criterion in order, as the round says', { timeout: 300_000 }, async () => {
    const { app, page } = await launch();
    await startConsensus(page, await roundWithPolicy());
    const teamId = (await invoke(page, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN })).editable!.id;
    await invoke(page, 'assessment:set-note', { assessmentId: teamId, criterionId: '1.1', text: PRIVATE_NOTE });

    let forUnit = await teamPart(page);
    await page.getByRole('textbox', { name: 'Sammanfattning av de viktigaste iakttagelserna' }).fill(JURY_SUMMARY);
    const words = forUnit.getByRole('textbox', { name: 'Teamets ord till enheten' });
    await words.click();
    await page.keyboard.type(WORDS[0]!);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type(WORDS[1]!);
    for (const [i, theme] of THEMES.entries()) {
      await forUnit.getByRole('button', { name: 'Lägg till huvudtema' }).click();
      const box = forUnit.getByRole('textbox', { name: `Huvudtema ${i + 1}` });
      await expect.poll(() => isFocused(box), { timeout: 10_000 }).toBe(true);
      await page.keyboard.type(theme);
    }
    await forUnit.getByRole('button', { name: 'Lägg till nästa steg' }).click();
    await expect.poll(() => isFocused(forUnit.getByRole('textbox', { name: 'Nästa steg 1' })), { timeout: 10_000 }).toBe(true);
    await page.keyboard.type(STEP);
    await page.getByRole('heading', { name: 'Teamets helhet' }).click();
    await screenshot(page, 'consensus-feedback-words');
    await forUnit.getByRole('heading', { name: 'Till den tävlande enheten' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'consensus-feedback-to-unit');
    await expectAccessible(page, "consensus: the team's words to the unit");

    // Saved as typed: after a reload the screen reads them back from the database.
    await expect.poll(async () => (await invoke(page, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN })).assessment!.team.nextSteps, { timeout: 10_000 }).toEqual([STEP]);
    await page.reload();
    await page.getByRole('table', { name: 'Poäng per examinator och teamets poäng' }).waitFor();
    forUnit = await teamPart(page);
    expect(await forUnit.getByRole('textbox', { name: 'Teamets ord till enheten' }).inputValue()).toBe(WORDS.join('\n\n'));
    expect(await forUnit.getByRole('textbox', { name: /^Huvudtema/ }).evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value))).toEqual(THEMES);

    // Submitted and exported: the team's file carries them, apart from the summary.
    await finishConsensus(page, SOLROSEN);
    await page.reload();
    await page.getByRole('button', { name: 'Exportera…' }).click();
    await page.getByRole('dialog', { name: /Exportera teamets konsensusbedömning/ }).getByRole('button', { name: 'Exportera…' }).click();
    const saved = await page.getByText(/^Sparade \S+-konsensus-\S+\.kvbedomning/).textContent();
    const exported = JSON.parse(readFileSync(join(app.dataDir, 'exporter', /Sparade (\S+\.kvbedomning)/.exec(saved ?? '')![1]!), 'utf8'));
    expect(exported.team).toMatchObject({ summary: JURY_SUMMARY, toContestant: WORDS.join('\n\n'), keyThemes: THEMES, nextSteps: [STEP] });
    expect(JSON.stringify(exported)).not.toContain(PRIVATE_NOTE);

    // The jury's final decision arrives and is imported.
    const round = await invoke(page, 'round:get', { roundId: ROUND });
    const decision = join(tempDir(), 'slutmotet.kvbeslut');
    const ids = { roundId: ROUND, packageId: round.package.id, packageRevision: round.package.revision, packageSha256: round.package.sha256 };
    writeFileSync(decision, decisionBytes(finalMeetingContent(ids), examplePrivateKey()));
    await page.goto(`${app.url}#/`);
    await chooseFiles(page, () => page.getByRole('button', { name: 'Importera fil…' }).click(), decision);
    await page.getByRole('dialog', { name: 'Importera domarkommitténs beslut' }).getByRole('button', { name: 'Importera beslutet' }).click();
    // Importing ends on the round screen with the decision shown; wait for that, or a later goto races the app's own navigation.
    await page.getByRole('region', { name: 'Domarkommitténs beslut' }).getByRole('heading', { name: 'Slutmötet – beslut' }).waitFor();
    expect(await invoke(page, 'decision:received', { roundId: ROUND })).toHaveLength(1);

    // The PDF: the opening with sender and contact, the decision, the team's words, every criterion in order, band labels only.
    const pdf = flat(await reportText(page, app.url, app.dataDir, 'Återföringsrapport – Förskolan Solrosen'));
    const opening = [
      'Om återföringen',
      'Rapporten skickas av Stadsledningskontoret, Stockholms stad.',
      'kontakta Maria Holm, maria.holm@stockholm.se.',
      'Domarkommitténs beslut',
      'Förskolan Solrosen är klassens vinnare',
      'Domarkommitténs motivering',
      CITATION,
      'Till er från examinatorsteamet',
      WORDS[0]!,
      WORDS[1]!,
      'Huvudteman',
      ...THEMES,
    ].map((part) => pdf.indexOf(part));
    expect(opening.every((at, i) => at > (opening[i - 1] ?? -1)), opening.join(' < ')).toBe(true);
    const end = expectCriteriaInOrder(pdf, opening.at(-1)!, (n) => `s. ${n}`);
    expect(pdf.indexOf(STEP, end)).toBeGreaterThan(pdf.indexOf('Förslag på nästa steg', end));
    expect(pdf).toMatch(/1\.1 Målgruppernas behov och förväntningar Nivå: \S+/);
    expectNothingForTheJury(pdf);

    // The Word edition: the same, in real headings and lists; LibreOffice opens it.
    const docx = await wordReport(page, app.url, app.dataDir, 'Återföringsrapport – Förskolan Solrosen');
    // Mammoth knows Word's Rubrik 1–6 but not its Titel style: the title reads as a first-level heading.
    const { value: html, messages } = await mammoth.convertToHtml({ path: docx }, { styleMap: ["p[style-name='Title'] => h1.title:fresh"] });
    expect(messages).toEqual([]);
    expect(html).toContain(`<h1>Till er från examinatorsteamet</h1><p>${WORDS[0]}</p><p>${WORDS[1]}</p><h2>Huvudteman</h2><ul><li>${THEMES[0]}</li><li>${THEMES[1]}</li></ul>`);
    expect(html).toContain(`<h1>Domarkommitténs beslut</h1>`);
    expect(html).toContain(`<h2>Domarkommitténs motivering</h2><p><em>${CITATION}</em></p>`);
    expect(html).toContain(`<h2>1.1 Målgruppernas behov och förväntningar</h2><p><strong>Nivå: `);
    const docText = flat((await mammoth.extractRawText({ path: docx })).value);
    expectCriteriaInOrder(docText, docText.indexOf('Huvudteman'), (n) => `(s. ${n})`);
    expectNothingForTheJury(docText);
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
    if (soffice) {
      const dir = tempDir();
      execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 120_000 });
      const converted = flat(execFileSync('pdftotext', [join(dir, docx.split('/').pop()!.replace(/\.docx$/, '.pdf')), '-'], { encoding: 'utf8' }));
      expect(converted).toContain(WORDS[0]);
      expect(converted).toContain(CITATION);
    }
  });
});
