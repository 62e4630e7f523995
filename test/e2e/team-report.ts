/**
 * The rest of the way to the jury's PDF, for e2e tests about what reaches it:
 * the co-examiners' files (signed as their installations would), the parts of
 * the team's consensus the test is not about (through the page's own bridge),
 * the consensus started from them, and the reports made in Rapporter and
 * read back (pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { assessmentBytes, exchangeCore, individualCriteria } from '../helpers/exchange';
import { samplePath } from '../helpers/samples';
import { tempDir } from '../helpers/temp';
import { invoke } from './bridge';
import type { Page } from './harness';

export const ROUND = 'ku-2026-ovning';

/** Scores every criterion but those given on my individual assessment (a strength and an improvement area each) and submits it. */
export async function finishMyAssessment(page: Page, contestantId: string, except: readonly string[]): Promise<void> {
  const view = await invoke(page, 'assessment:open', { roundId: ROUND, contestantId });
  const round = await invoke(page, 'round:get', { roundId: ROUND });
  const documentSha256 = round.teams.flatMap((t) => t.contestants).find((c) => c.id === contestantId)!.documents[0]!.sha256;
  const assessmentId = view.id;
  for (const { criterionId } of view.criteria.filter((c) => !except.includes(c.criterionId))) {
    await invoke(page, 'assessment:set-score', { assessmentId, criterionId, score: 50 });
    await invoke(page, 'assessment:add-comment', { assessmentId, criterionId, kind: 'strength', text: `Anna ser en styrka i ${criterionId}.`, evidence: [{ documentSha256, page: 2 }] });
    await invoke(page, 'assessment:add-comment', { assessmentId, criterionId, kind: 'improvement', text: `Anna ser ett förbättringsområde i ${criterionId}.`, evidence: [{ documentSha256, page: 3 }] });
  }
  await invoke(page, 'assessment:submit', { assessmentId });
}

/** The övningsomgång with Anna's submitted assessment of Solrosen and her co-examiners' files; the consensus started. */
export async function startConsensus(page: Page, bundle: string = samplePath.round): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera fil…' }).click()]);
  await chooser.setFiles(bundle);
  await page.getByRole('heading', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång', level: 1 }).waitFor();
  await invoke(page, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
  await finishMyAssessment(page, 'c-solrosen', []);
  await page.reload();
  await importCoExaminers(page, 'c-solrosen');
  await page.getByRole('button', { name: 'Förbered konsensus: Förskolan Solrosen' }).click();
  await page.getByRole('button', { name: 'Starta konsensus' }).click();
  await page.getByRole('table', { name: 'Poäng per examinator och teamets poäng' }).waitFor();
}

/** Bilal's and Cecilia's submitted assessments of the contestant, imported on the round screen as the lead would. */
export async function importCoExaminers(page: Page, contestantId: string): Promise<void> {
  const { facts } = await exchangeCore();
  const dir = tempDir();
  const files = (['e-bilal', 'e-cecilia'] as const).map((examinerId, i) => {
    const path = join(dir, `${examinerId}.kvbedomning`);
    const name = examinerId === 'e-bilal' ? 'Bilal Haddad' : 'Cecilia Ek';
    writeFileSync(path, assessmentBytes(facts, { contestantId, author: { examinerId, name }, criteria: individualCriteria(facts, contestantId, i + 2) }));
    return path;
  });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera bedömningar…' }).click()]);
  await chooser.setFiles(files);
  await page.getByRole('dialog', { name: 'Importera bedömningsfiler' }).getByRole('button', { name: 'Importera 2 filer' }).click();
  await page.getByRole('dialog', { name: 'Importen är klar' }).getByRole('button', { name: 'Stäng' }).click();
}

/**
 * Completes the team's assessment where the test left it: a team list still
 * empty gets Anna's first comment of that kind; every criterion is discussed
 * and agreed; then it is submitted.
 */
export async function finishConsensus(page: Page, contestantId: string): Promise<void> {
  const view = await invoke(page, 'consensus:open', { roundId: ROUND, contestantId });
  const assessmentId = view.editable!.id;
  const anna = view.sources.find((s) => s.examinerId === 'e-anna')!;
  for (const team of view.assessment!.criteria) {
    const own = anna.criteria.find((c) => c.criterionId === team.criterionId)!;
    for (const [kind, list, taken] of [['strength', own.strengths, team.strengths], ['improvement', own.improvements, team.improvements]] as const) {
      if (list[0] && taken.length === 0) await invoke(page, 'consensus:take', { assessmentId, criterionId: team.criterionId, kind, picks: [{ examinerId: 'e-anna', commentId: list[0].id }] });
    }
    await invoke(page, 'consensus:set-discussed', { assessmentId, criterionId: team.criterionId, discussed: true });
    await invoke(page, 'assessment:set-score', { assessmentId, criterionId: team.criterionId, score: 50 });
  }
  if (view.assessment!.team.summary === '') await invoke(page, 'consensus:set-team', { assessmentId, change: { field: 'summary', value: 'Verksamheten arbetar systematiskt.' } });
  await invoke(page, 'assessment:submit', { assessmentId });
}

/** Makes the återföringsrapport in Rapporter as a Word document ("Skapa Word…") and returns where it was saved. */
export async function wordReport(page: Page, url: string, dataDir: string, title: string): Promise<string> {
  await page.goto(`${url}#/omgang/${ROUND}/rapporter`);
  await page.getByRole('heading', { name: 'Rapporter', level: 1 }).waitFor();
  const notices = page.getByText(/^Sparade \S+\.docx \(Word\)/);
  const before = await notices.count();
  await page.getByRole('button', { name: `Skapa Word-dokument: ${title}` }).click();
  await expect.poll(() => notices.count(), { timeout: 30_000 }).toBeGreaterThan(before);
  const saved = await notices.last().textContent();
  return join(dataDir, 'exporter', /Sparade (\S+\.docx)/.exec(saved ?? '')![1]!);
}

/** Makes one report in Rapporter ("Skapa PDF…") and returns its text as pdftotext reads it. */
export async function reportText(page: Page, url: string, dataDir: string, title: string): Promise<string> {
  await page.goto(`${url}#/omgang/${ROUND}/rapporter`);
  await page.getByRole('heading', { name: 'Rapporter', level: 1 }).waitFor();
  const notices = page.getByText(/^Sparade \S+\.pdf/);
  const before = await notices.count();
  await page.getByRole('button', { name: `Skapa PDF: ${title}` }).click();
  await expect.poll(() => notices.count(), { timeout: 30_000 }).toBeGreaterThan(before);
  const saved = await notices.last().textContent();
  const fileName = /Sparade (\S+\.pdf)/.exec(saved ?? '')![1]!;
  return execFileSync('pdftotext', ['-layout', join(dataDir, 'exporter', fileName), '-'], { encoding: 'utf8' });
}
