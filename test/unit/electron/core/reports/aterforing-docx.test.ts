import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { aterforingDocx } from '../../../../../electron/core/reports/docx/aterforing';
import type { AterforingModel } from '../../../../../electron/core/reports/model';
import { applicableCriteria } from '../../../../../shared/scoring/points';
import { buildAterforing, pkg } from '../../../../helpers/reports/build';
import { EXAMINER_NAMES, juryOnlyTexts, POLICY } from '../../../../helpers/reports/feedback';
import { LINDGARDEN_PRIVATE_NOTE, lindgarden } from '../../../../helpers/reports/lindgarden';
import { SOLROSEN_PRIVATE_NOTE, solrosen } from '../../../../helpers/reports/solrosen';
import type { ContestantSource } from '../../../../helpers/reports/source';
import { tempDir } from '../../../../helpers/temp';

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

async function read(model: AterforingModel) {
  const bytes = await aterforingDocx(model);
  // Mammoth knows Word's Rubrik 1–6 but not its Titel style: the document's title reads as a first-level heading.
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: ["p[style-name='Title'] => h1.title:fresh"] });
  return { bytes, html, messages, text: (await mammoth.extractRawText({ buffer: bytes })).value };
}

/** Per criterion of the class: its heading (Rubrik 2), what it asks (Rubrik 4 + text), Styrkor (Rubrik 3) and a list, Förbättringsområden and a list — in that order. */
function expectCriteria(html: string, model: AterforingModel, source: ContestantSource) {
  let cursor = html.indexOf('<h1>Om återföringen</h1>');
  expect(cursor).toBeGreaterThanOrEqual(0);
  for (const criterion of applicableCriteria(pkg, model.contestant.classId)) {
    const written = source.criteria.find((c) => c.id === criterion.id)!;
    const item = (comment: (typeof written.strengths)[number]) =>
      `<li>${escape(comment[0])} (${comment[2].map((e) => `s.\u00a0${typeof e === 'number' ? e : e[0]}`).join(', ')})</li>`;
    const title = html.indexOf(`<h2>${escape(`${criterion.id} ${criterion.title}`)}</h2>`, cursor);
    const asks = html.indexOf(`<h4>Vad kriteriet efterfrågar</h4><p><em>${escape(criterion.description)}</em></p>`, title);
    const strengths = html.indexOf('<h3>Styrkor</h3><ul>', asks);
    const strengthAt = written.strengths.map((s) => html.indexOf(item(s), strengths));
    const improvements = html.indexOf('<h3>Förbättringsområden</h3><ul>', Math.max(...strengthAt));
    const improvementAt = written.improvements.map((s) => html.indexOf(item(s), improvements));
    const order = [cursor, title, asks, strengths, ...strengthAt, improvements, ...improvementAt];
    expect(order.every((at, i) => i === 0 || at > order[i - 1]!), `criterion ${criterion.id}: ${order.join(' < ')}`).toBe(true);
    cursor = Math.max(...order);
  }
  return cursor;
}

function expectNothingPrivate(text: string, source: ContestantSource) {
  for (const note of [SOLROSEN_PRIVATE_NOTE, LINDGARDEN_PRIVATE_NOTE]) expect(text).not.toContain(note.slice(0, 40));
  for (const jury of juryOnlyTexts(source)) expect(text, jury).not.toContain(jury.slice(0, 45));
}

describe('the återföringsrapport as a Word document (read back with mammoth)', () => {
  let model: AterforingModel;
  let doc: Awaited<ReturnType<typeof read>>;

  beforeAll(async () => {
    model = buildAterforing(solrosen, POLICY.none);
    doc = await read(model);
  });

  it('reads without a warning, in real Word headings: the opening, its parts, the areas and criteria', () => {
    expect(doc.messages).toEqual([]);
    expect(doc.html).toContain('<h1 class="title">Förskolan Solrosen</h1>');
    const headings = [...doc.html.matchAll(/<h([1-4])>([^<]*)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings.slice(0, 8)).toEqual([
      '1 Om återföringen',
      '2 Så har er verksamhet bedömts',
      '2 Så läser ni rapporten',
      '2 Avsändare och kontakt',
      '1 Till er från examinatorsteamet',
      '2 Huvudteman',
      '1 1 Stockholmarnas fokus',
      '2 1.1 Målgruppernas behov och förväntningar',
    ]);
    expect(headings.at(-1)).toBe('1 Förslag på nästa steg');
  });

  it('opens with thanks, how the unit was assessed, how to read the report, sender and contact', () => {
    const order = ['Tack för att Förskolan Solrosen deltog', 'enades i konsensus', 'besökte teamet er verksamhet', 'Återföringen innehåller inga poäng', 'Rapporten skickas av Stadsledningskontoret, Stockholms stad.', 'kontakta Maria Holm, maria.holm@stockholm.se, telefon 08-508 290 00.'].map((t) => doc.text.indexOf(t));
    expect(order.every((at, i) => at > (order[i - 1] ?? -1))).toBe(true);
  });

  it('has per criterion what it asks, then the strengths, then the improvement areas with their pages, and the next steps as a numbered list', () => {
    const end = expectCriteria(doc.html, model, solrosen);
    const steps = doc.html.indexOf(`<h1>Förslag på nästa steg</h1><ol>${solrosen.nextSteps.map((s) => `<li>${escape(s)}</li>`).join('')}</ol>`);
    expect(steps).toBeGreaterThan(end);
  });

  it('no scores, no names, nothing private or jury-only under "none"', () => {
    expect(doc.text).not.toMatch(/Totalpoäng|Nivå:|Poäng:|Väl integrerat/);
    for (const name of EXAMINER_NAMES) expect(doc.text).not.toContain(name);
    expectNothingPrivate(doc.text, solrosen);
  });

  it('band labels and the scales’ descriptors under "bands"; points, table and names under "points"', async () => {
    const banded = await read(buildAterforing(lindgarden, POLICY.bands));
    expect(banded.html).toContain('<h3>Bedömningsskalans nivåer</h3>');
    expect(banded.html).toContain('<p><strong>Nivå: Systematiskt</strong></p>');
    expect(banded.text).not.toMatch(/Totalpoäng|Poäng:|Viktade poäng/);
    for (const name of EXAMINER_NAMES) expect(banded.text).not.toContain(name);
    expectNothingPrivate(banded.text, lindgarden);

    const scoredModel = buildAterforing(lindgarden, POLICY.points);
    const scored = await read(scoredModel);
    expect(scored.text).toContain('Poäng: 50\u00a0% · Systematiskt · 37,5 av 75\u00a0p');
    expect(scored.html).toContain('<h1>Poäng</h1>');
    for (const name of EXAMINER_NAMES) expect(scored.text).toContain(name);
    expectCriteria(scored.html, scoredModel, lindgarden);
    expectNothingPrivate(scored.text, lindgarden);
  });

  it('converts in LibreOffice to a PDF with the same words, when soffice is installed', async () => {
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
    if (!soffice) return;
    const dir = tempDir();
    const path = join(dir, 'aterforing.docx');
    writeFileSync(path, doc.bytes);
    execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, path], { timeout: 120_000 });
    const text = execFileSync('pdftotext', [join(dir, 'aterforing.pdf'), '-']).toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain('Vad kriteriet efterfrågar');
    expect(text).toContain('Förslag på nästa steg');
    expect(readFileSync(join(dir, 'aterforing.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 180_000);
});
