import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../../../../shared/format';
import type { AterforingModel } from '../../../../../electron/core/reports/model';
import { renderAterforing } from '../../../../../electron/core/reports/render';
import { applicableCriteria } from '../../../../../shared/scoring/points';
import { buildAterforing, pkg } from '../../../../helpers/reports/build';
import { EXAMINER_NAMES, juryOnlyTexts, POLICY } from '../../../../helpers/reports/feedback';
import { fonts } from '../../../../helpers/reports/fonts';
import { LINDGARDEN_PRIVATE_NOTE, lindgarden } from '../../../../helpers/reports/lindgarden';
import { SOLROSEN_PRIVATE_NOTE, solrosen } from '../../../../helpers/reports/solrosen';
import type { ContestantSource } from '../../../../helpers/reports/source';
import { normalise, outsidePage, overlappingText, readPdf } from './read-pdf';

/** The PDF's text as poppler's pdftotext reads it, whitespace collapsed. */
function pdftotext(bytes: Buffer): string {
  return normalise(execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes }).toString('utf8'));
}

/** A text's start, as far as it survives a page break: its first 45 characters. */
const head = (text: string) => normalise(text).slice(0, 45);

function expectCriteriaInOrder(text: string, model: AterforingModel, source: ContestantSource) {
  const classCriteria = applicableCriteria(pkg, model.contestant.classId);
  const criteria = model.areas.flatMap((a) => a.criteria);
  expect(criteria.map((c) => c.id)).toEqual(classCriteria.map((c) => c.id));
  let cursor = text.indexOf('Så läser ni rapporten');
  expect(cursor).toBeGreaterThan(0);
  for (const criterion of classCriteria) {
    const written = source.criteria.find((c) => c.id === criterion.id)!;
    const title = text.indexOf(normalise(`${criterion.id} ${criterion.title}`), cursor);
    const asks = text.indexOf(head(criterion.description), title);
    const strengths = text.indexOf('Styrkor', asks);
    const strengthAt = written.strengths.map((s) => text.indexOf(head(s[0]), strengths));
    const improvements = text.indexOf('Förbättringsområden', Math.max(strengths, ...strengthAt));
    const improvementAt = written.improvements.map((s) => text.indexOf(head(s[0]), improvements));
    const order = [cursor, title, asks, strengths, ...strengthAt, improvements, ...improvementAt];
    expect(order.every((at, i) => i === 0 || at > order[i - 1]!), `criterion ${criterion.id}: ${order.join(' < ')}`).toBe(true);
    // Each comment's pages follow it.
    for (const [comment, , evidence] of [...written.strengths, ...written.improvements]) {
      const at = text.indexOf(head(comment));
      const after = text.slice(at, at + comment.length + 120);
      for (const e of evidence) expect(after, comment).toContain(`s. ${typeof e === 'number' ? e : e[0]}`);
    }
    cursor = Math.max(...order);
  }
  return cursor;
}

function expectNothingPrivate(text: string, source: ContestantSource) {
  for (const note of [SOLROSEN_PRIVATE_NOTE, LINDGARDEN_PRIVATE_NOTE]) expect(text).not.toContain(head(note));
  expect(text).not.toContain('PRIVAT');
  for (const jury of juryOnlyTexts(source)) expect(text, jury).not.toContain(head(jury));
}

describe('the återföringsrapport (PDF, read back with pdftotext)', () => {
  let model: AterforingModel;
  let bytes: Buffer;
  let text: string;

  beforeAll(async () => {
    model = buildAterforing(solrosen, POLICY.none);
    bytes = await renderAterforing(model, { fonts, deterministic: true });
    text = pdftotext(bytes);
  });

  it('opens with thanks, how the award works, how the unit was assessed and how to read it, then sender and contact', () => {
    const order = [
      'Om återföringen',
      'Tack för att Förskolan Solrosen deltog i',
      'Domarkommittén beslutar',
      'Så har er verksamhet bedömts',
      'på egen hand',
      'enades i konsensus',
      'besökte teamet er verksamhet',
      'Så läser ni rapporten',
      'Återföringen innehåller inga poäng',
      'Avsändare och kontakt',
      'Rapporten skickas av Stadsledningskontoret, Stockholms stad.',
      'kontakta Maria Holm, maria.holm@stockholm.se, telefon 08-508 290 00.',
    ].map((part) => text.indexOf(normalise(part)));
    expect(order.every((at, i) => at > (order[i - 1] ?? -1))).toBe(true);
  });

  it("has per criterion of the class what it asks, then the strengths, then the improvement areas, with their pages; the team's words before, next steps after", () => {
    const words = text.indexOf('Till er från examinatorsteamet');
    expect(text.indexOf(head(solrosen.toContestant![0]!))).toBeGreaterThan(words);
    expect(text.indexOf(head(solrosen.keyThemes![0]!))).toBeGreaterThan(text.indexOf('Huvudteman'));
    const end = expectCriteriaInOrder(text, model, solrosen);
    expect(words).toBeLessThan(text.indexOf(normalise(`1 ${model.areas[0]!.title}`)));
    const next = text.indexOf('Förslag på nästa steg', end);
    expect(next).toBeGreaterThan(end);
    for (const step of solrosen.nextSteps) expect(text.indexOf(head(step), next)).toBeGreaterThan(next);
  });

  it('shows no score, no band and no examiner name when the round says none; never a private note or jury-only text', () => {
    expect(text).not.toMatch(/Totalpoäng|Viktade poäng|Områdets poäng|Nivå:|Poäng:|Bedömningsskalans nivåer/);
    for (const band of ['Väl integrerat', 'Systematiskt']) expect(text).not.toContain(band);
    for (const name of EXAMINER_NAMES) expect(text).not.toContain(name);
    expectNothingPrivate(text, solrosen);
  });

  it('without a feedback policy in the round: no scores, no names, no sender', async () => {
    const bare = pdftotext(await renderAterforing(buildAterforing(solrosen), { fonts, deterministic: true }));
    expect(bare).not.toMatch(/Avsändare|Maria Holm|Nivå:|Totalpoäng/);
    for (const name of EXAMINER_NAMES) expect(bare).not.toContain(name);
  });

  it('shows band labels only, and the scales’ band descriptors in the opening, when the round says bands', async () => {
    const banded = buildAterforing(lindgarden, POLICY.bands);
    const read = pdftotext(await renderAterforing(banded, { fonts, deterministic: true }));
    const descriptors = read.indexOf('Bedömningsskalans nivåer');
    expect(descriptors).toBeGreaterThan(read.indexOf('Så läser ni rapporten'));
    expect(descriptors).toBeLessThan(read.indexOf(normalise(`1 ${banded.areas[0]!.title}`)));
    expect(read).toContain('Väl integrerat Arbetssättet tillämpas i hela verksamheten');
    const band = banded.areas[0]!.criteria[0]!.score;
    expect(band).toEqual({ kind: 'band', band: 'Systematiskt' });
    expect(read).toContain(normalise(`1.1 Målgruppernas behov och förväntningar Nivå: Systematiskt`));
    expect(read).not.toMatch(/Totalpoäng|Viktade poäng|Områdets poäng|Poäng:| av 1 000/);
    for (const name of EXAMINER_NAMES) expect(read).not.toContain(name);
    expectCriteriaInOrder(read, banded, lindgarden);
    expectNothingPrivate(read, lindgarden);
  });

  it('shows points and the examiners when the round says so', async () => {
    const scored = buildAterforing(lindgarden, POLICY.points);
    const read = pdftotext(await renderAterforing(scored, { fonts, deterministic: true }));
    const total = normalise(formatNumber(scored.totals!.points));
    expect(read).toContain(`Totalpoäng ${total} av 1 000 p`);
    expect(read).toMatch(new RegExp(`Totalt ${total} 1 000|${total} 1 000 Totalt`));
    expect(read).toContain(normalise('Poäng: 50 % · Systematiskt · 37,5 av 75 p'));
    for (const name of EXAMINER_NAMES) expect(read).toContain(name);
    expectCriteriaInOrder(read, scored, lindgarden);
    expectNothingPrivate(read, lindgarden);
  });

  it('prints "Sida i av N" on every page and keeps text apart and on the page', async () => {
    const pdf = await readPdf(bytes);
    pdf.pages.forEach((page, i) => {
      expect(page.text).toContain(`Sida ${i + 1} av ${pdf.pages.length}`);
      expect(overlappingText(page)).toEqual([]);
      expect(outsidePage(page)).toEqual([]);
    });
  });
});
