import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../../../../shared/format';
import type { AterforingModel } from '../../../../../electron/core/reports/model';
import { renderAterforing } from '../../../../../electron/core/reports/render';
import { buildAterforing } from '../../../../helpers/reports/build';
import { fonts } from '../../../../helpers/reports/fonts';
import { LINDGARDEN_PRIVATE_NOTE, lindgarden } from '../../../../helpers/reports/lindgarden';
import { SOLROSEN_PRIVATE_NOTE, solrosen } from '../../../../helpers/reports/solrosen';
import { toConsensus } from '../../../../helpers/reports/source';
import { normalise, outsidePage, overlappingText, readPdf, type ReadPdf } from './read-pdf';

describe('renderAterforing', () => {
  let model: AterforingModel;
  let pdf: ReadPdf;

  beforeAll(async () => {
    model = buildAterforing(solrosen, { scores: false });
    pdf = await readPdf(await renderAterforing(model, { fonts, deterministic: true }));
  });

  it('never carries a private note: not in the source’s projection, not in the model, not in the PDF', () => {
    // The consensus the model is built from does hold the notes …
    expect(toConsensus(solrosen).criteria.map((c) => c.privateNote)).toContain(SOLROSEN_PRIVATE_NOTE);
    expect(toConsensus(lindgarden).criteria.map((c) => c.privateNote)).toContain(LINDGARDEN_PRIVATE_NOTE);
    // … and neither the model nor the report does.
    expect(JSON.stringify(model)).not.toContain('PRIVAT');
    expect(pdf.text).not.toContain('PRIVAT');
    expect(pdf.text).not.toContain(normalise(SOLROSEN_PRIVATE_NOTE).slice(0, 40));
  });

  it('opens with the key themes, then per area the strengths before the improvement areas, then next steps', () => {
    const at = (text: string, from = 0) => pdf.text.indexOf(normalise(text), from);
    const themes = at(solrosen.themes[0]!);
    expect(themes).toBeGreaterThan(at('Sammanfattning'));
    let cursor = themes;
    for (const area of model.areas) {
      const heading = at(`${area.id} ${area.title} Styrkor`, cursor);
      const strength = at(area.strengths[0]!.text, heading);
      const improvements = at('Förbättringsområden', strength);
      const improvement = at(area.improvements[0]!.text, improvements);
      expect([heading, strength, improvements, improvement].every((i) => i > cursor)).toBe(true);
      expect(heading < strength && strength < improvements && improvements < improvement).toBe(true);
      cursor = improvement;
    }
    expect(at('Förslag på nästa steg', cursor)).toBeGreaterThan(cursor);
    for (const step of solrosen.nextSteps) expect(pdf.text).toContain(normalise(step));
  });

  it('writes full sentences with page references, and shows no scores unless asked', () => {
    expect(pdf.text).toContain(normalise('Synpunkter från föräldrarådet har lett till konkreta förändringar, till exempel filmer med QR-koder på sex språk om dagsrytm och kläder. s. 5'));
    expect(pdf.text).toContain('1.2 Synpunkter, klagomål och kvalitetsgarantier');
    expect(pdf.text).not.toMatch(/Totalpoäng|Viktade poäng|Områdets poäng|av 1 000 p/);
    expect(pdf.text).not.toContain('Motivering till poängen');
  });

  it('prints "Sida i av N" on every page and keeps text apart and on the page', () => {
    pdf.pages.forEach((page, i) => {
      expect(page.text).toContain(`Sida ${i + 1} av ${pdf.pages.length}`);
      expect(overlappingText(page)).toEqual([]);
      expect(outsidePage(page)).toEqual([]);
    });
  });

  it('shows the scores when the round asks for them', async () => {
    const scored = buildAterforing(lindgarden, { scores: true });
    const text = (await readPdf(await renderAterforing(scored, { fonts, deterministic: true }))).text;
    const total = normalise(formatNumber(scored.totals!.points));
    expect(text).toContain(`Totalpoäng ${total} av 1 000 p`);
    expect(text).toContain(`Totalt ${total} 1 000`);
    expect(text).toContain(normalise('1.1 Målgruppernas behov och förväntningar 50 % Systematiskt 37,5 75'));
    expect(text).not.toContain(normalise(LINDGARDEN_PRIVATE_NOTE));
  });
});
