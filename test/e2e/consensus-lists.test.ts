import { describe, expect, it } from 'vitest';
import { launch, screenshot, type Page } from './harness';
import { isFocused } from './keyboard';
import { finishConsensus, reportText, startConsensus } from './team-report';

const SOLROSEN = 'c-solrosen';
const ANNA_52 = 'Anna ser en styrka i 5.2.';
const occurrences = (text: string, part: string) => text.split(part).length - 1;

const agenda = (page: Page) => page.getByRole('navigation', { name: 'Dagordning' });

describe('the team\'s lists in the consensus, as the lead builds them in Chromium', () => {
  it('takes a comment once however often it is clicked, moves the focus into what is added, grows the boxes, and the PDFs say each thing once', { timeout: 240_000 }, async () => {
    const { app, page } = await launch();
    await startConsensus(page);

    // 5.2: "Ta med" clicked twice in a row takes Anna's strength once; the control then says it is taken.
    await agenda(page).getByRole('button', { name: /^5\.2 / }).click();
    await page.getByRole('heading', { name: /^5\.2 / }).waitFor();
    await page.getByRole('button', { name: `Ta med i teamets lista: ${ANNA_52}` }).dblclick();
    const teamStrength = page.getByRole('textbox', { name: 'Teamets styrka 1' });
    await teamStrength.waitFor();
    await page.getByRole('status', { name: `Med i teamets lista: ${ANNA_52}` }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByRole('textbox', { name: /^Teamets styrka/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: `Ta med i teamets lista: ${ANNA_52}` }).count()).toBe(0);
    expect(await page.locator('.notice.error').count()).toBe(0);
    // The focus is in the team's new strength: typing goes there, not to J/K.
    expect(await isFocused(teamStrength)).toBe(true);

    // Undo gives the control back; taken again, it is there once.
    await page.getByRole('button', { name: 'Ångra' }).click();
    await page.getByRole('button', { name: `Ta med i teamets lista: ${ANNA_52}` }).waitFor();
    expect(await page.getByRole('textbox', { name: /^Teamets styrka/ }).count()).toBe(0);
    await page.getByRole('button', { name: `Ta med i teamets lista: ${ANNA_52}` }).click();
    await teamStrength.waitFor();

    // The box grows with merged text: no two-line slot to scroll through.
    const twoLines = await teamStrength.evaluate((element) => element.clientHeight);
    await page.keyboard.press('End');
    await page.keyboard.type(' Förskolan följer upp målen varje termin, jämför resultaten mellan avdelningarna och låter barnens röster forma nästa steg i planen, vilket syns i dokumentationen.');
    await expect.poll(() => teamStrength.evaluate((element) => element.clientHeight)).toBeGreaterThan(twoLines * 1.4);
    expect(await teamStrength.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(1);
    await screenshot(page, 'consensus-lists-taken-once');

    // "Skriv ny": the focus moves into the new improvement area.
    await page.getByRole('button', { name: 'Skriv ny' }).nth(1).click();
    const newImprovement = page.getByRole('textbox', { name: 'Teamets förbättringsområde 1' });
    await newImprovement.waitFor();
    await expect.poll(() => isFocused(newImprovement)).toBe(true);
    await page.keyboard.type('Jämförelser med andra förskolor saknas.');
    await page.getByRole('heading', { name: /^5\.2 / }).click();

    // Teamets helhet: "+ Lägg till nästa steg" by mouse, then typing — J and K stay letters, space stays a space.
    await agenda(page).getByRole('button', { name: /Teamets helhet/ }).click();
    const summary = page.getByRole('textbox', { name: 'Sammanfattning av de viktigaste iakttagelserna' });
    await summary.fill('Förskolan arbetar målmedvetet.');
    await summary.blur();
    await page.getByRole('button', { name: 'Lägg till nästa steg' }).click();
    const step = page.getByRole('textbox', { name: 'Nästa steg 1' });
    await step.waitFor();
    await expect.poll(() => isFocused(step)).toBe(true);
    await page.keyboard.type('Jämför kvalitetsarbetet med Kungsholmens förskolor.');
    await expect.poll(() => step.inputValue()).toBe('Jämför kvalitetsarbetet med Kungsholmens förskolor.');
    expect(await page.getByRole('heading', { name: 'Teamets helhet' }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: /^Nästa steg/ }).count()).toBe(1);
    await step.blur();
    await screenshot(page, 'consensus-lists-next-step');

    // The jury's bedömning has Anna's 5.2 strength once and the summary once; the feedback has the next step once.
    await page.waitForTimeout(500);
    await finishConsensus(page, SOLROSEN);
    const bedomning = await reportText(page, app.url, app.dataDir, 'Bedömning – Förskolan Solrosen');
    // Once in the assessment and once in the spårbarhetsbilaga that lists where each team comment came from.
    const [body, appendix] = bedomning.split('Spårbarhetsbilaga');
    for (const part of [body!, appendix!]) {
      expect(occurrences(part, 'Anna ser en styrka i 5.2.')).toBe(1);
      expect(occurrences(part, 'Jämförelser med andra förskolor saknas.')).toBe(1);
    }
    const feedback = (await reportText(page, app.url, app.dataDir, 'Återföringsrapport – Förskolan Solrosen')).replace(/\s+/g, ' ');
    expect(occurrences(feedback, 'Jämför kvalitetsarbetet med Kungsholmens förskolor.')).toBe(1);
    // The summary is the jury's: the bedömning prints it, the återföringsrapport never reuses it (issue 16).
    expect(occurrences(bedomning.replace(/\s+/g, ' '), 'Förskolan arbetar målmedvetet.')).toBe(1);
    expect(feedback).not.toContain('målmedvetet');
  });

  it('Ctrl+F on the consensus screen opens the contestant\'s document with the search box focused', async () => {
    const { page } = await launch();
    await startConsensus(page);
    await agenda(page).getByRole('button', { name: /^1\.1 / }).focus();
    await page.keyboard.press('Control+f');
    const box = page.getByRole('searchbox', { name: 'Sök i dokumentet' });
    await box.waitFor();
    await expect.poll(() => isFocused(box)).toBe(true);
    await page.keyboard.type('språk');
    expect(await box.inputValue()).toBe('språk');
    await page.getByText(/\d+ träffar? på \d+ sid/).waitFor();
    await screenshot(page, 'consensus-ctrl-f-reader');
  });
});
