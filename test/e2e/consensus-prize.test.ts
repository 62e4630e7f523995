/**
 * A Framsteget entry at consensus in Chromium: the lead merges the written
 * prize assessment per aspect (no score), for a prize-only entry and beside
 * the criteria of an entry in both.
 */
import { describe, expect, it } from 'vitest';
import { sectionAspects } from '../../shared/domain/prize-aspects';
import { bundleFile } from '../helpers/bundles';
import { withFramsteget } from '../helpers/prize-round';
import { expectAccessible } from './a11y';
import { invoke } from './bridge';
import { launch, screenshot, type Page } from './harness';
import { isFocused } from './keyboard';
import { finishMyAssessment, ROUND } from './team-report';

const LINDGARDEN = 'c-lindgarden';
const SOLROSEN = 'c-solrosen';
const agenda = (page: Page) => page.getByRole('navigation', { name: 'Dagordning' });

/**
 * Anna writes a strength and an improvement area (with evidence) for each
 * aspect of her assessment of the contestant, scores the criteria and submits.
 */
async function assessAndSubmit(page: Page, contestantId: string): Promise<void> {
  const view = await invoke(page, 'assessment:open', { roundId: ROUND, contestantId });
  const round = await invoke(page, 'round:get', { roundId: ROUND });
  const documentSha256 = round.teams.flatMap((t) => t.contestants).find((c) => c.id === contestantId)!.documents[0]!.sha256;
  for (const [i, aspect] of sectionAspects(view.prizes).entries()) {
    const add = (kind: 'strength' | 'improvement', text: string, pageNo: number) =>
      invoke(page, 'assessment:add-comment', { assessmentId: view.id, criterionId: aspect.key, kind, text, evidence: [{ documentSha256, page: pageNo }] });
    await add('strength', `Anna ser en styrka för ${aspect.title}.`, i + 2);
    await add('improvement', `Anna ser ett förbättringsområde för ${aspect.title}.`, i + 5);
  }
  await finishMyAssessment(page, contestantId, sectionAspects(view.prizes).map((a) => a.key));
}

/** The round with Framsteget; Anna's own assessment of the contestant submitted; the consensus started on its screen. */
async function startPrizeConsensus(contestantId: string): Promise<Page> {
  const { app, page } = await launch();
  const bundle = await bundleFile({ editRound: withFramsteget }, 'framsteget.kvomgang');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera fil…' }).click()]);
  await chooser.setFiles(bundle);
  await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång', level: 1 }).waitFor();
  await invoke(page, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
  await assessAndSubmit(page, contestantId);
  await page.goto(`${app.url}#/omgang/${ROUND}/konsensus/${contestantId}`);
  await page.getByRole('button', { name: 'Starta konsensus' }).click();
  return page;
}

describe('a prize entry at consensus, in Chromium', () => {
  it('merges a prize-only entry\'s aspects: what each asks, the members\' comments, taken once however often clicked, no score anywhere', { timeout: 240_000 }, async () => {
    const page = await startPrizeConsensus(LINDGARDEN);

    const nytt = page.getByRole('region', { name: 'Nytt' });
    await nytt.waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('radiogroup').count()).toBe(0);
    expect(await page.locator('.consensus-header').textContent()).toContain('0 av 3 aspekter klara');
    await nytt.getByText('Något nytt för verksamheten').waitFor();
    const take = nytt.getByRole('button', { name: 'Ta med i teamets lista: Anna ser en styrka för Nytt.' });
    await take.dblclick();
    const teamStrength = page.getByRole('textbox', { name: 'Teamets styrka 1' });
    await teamStrength.waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByRole('textbox', { name: /^Teamets styrka/ }).count()).toBe(1);
    expect(await page.locator('.notice.error').count()).toBe(0);
    expect(await isFocused(teamStrength)).toBe(true);
    expect(await teamStrength.locator('xpath=ancestor::li[1]').textContent()).toMatch(/Från AL/);
    await page.getByText('1 av 3 aspekter klara').first().waitFor();
    await screenshot(page, 'consensus-prize-only');
    await expectAccessible(page, 'consensus with a prize-only entry');

    // J from the heading: the next aspect, its heading focused.
    await page.getByRole('heading', { name: 'Nytt', level: 2 }).focus();
    await page.keyboard.press('j');
    const title = page.getByRole('heading', { name: 'Skapar värde', level: 2 });
    await title.waitFor();
    await expect.poll(() => isFocused(title)).toBe(true);

    // Reloaded, the team's strength is there with its provenance.
    await page.reload();
    await agenda(page).getByRole('button', { name: /^Nytt/ }).click();
    expect(await page.getByRole('textbox', { name: 'Teamets styrka 1' }).inputValue()).toBe('Anna ser en styrka för Nytt.');
  });

  it('shows the prize as its own section after the criteria for an entry in both', { timeout: 240_000 }, async () => {
    const page = await startPrizeConsensus(SOLROSEN);
    await page.getByRole('table', { name: 'Poäng per examinator och teamets poäng' }).waitFor();
    expect(await page.locator('.consensus-header').textContent()).toContain('0 av 14 kriterier och 0 av 3 aspekter klara');
    await agenda(page).getByRole('heading', { name: /Framsteget/ }).waitFor();
    await agenda(page).getByRole('button', { name: /^Används/ }).click();
    const card = page.getByRole('region', { name: 'Används' });
    await card.getByText('Det nya används i det dagliga arbetet').waitFor();
    await card.getByRole('button', { name: 'Ta med i teamets lista: Anna ser ett förbättringsområde för Används.' }).click();
    await page.getByRole('textbox', { name: 'Teamets förbättringsområde 1' }).waitFor();
    await screenshot(page, 'consensus-prize-beside-class');
    await page.getByRole('button', { name: 'Lämna in teamets bedömning…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Det här saknas innan teamet kan lämna in' });
    await dialog.getByRole('button', { name: 'Framsteget: Nytt' }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Framsteget: Används' }).count()).toBe(0);
    await screenshot(page, 'consensus-prize-missing');
  });
});
