import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../../../../shared/format';
import type { BedomningModel, SammanstallningModel } from '../../../../../electron/core/reports/model';
import { renderSammanstallning } from '../../../../../electron/core/reports/render';
import { buildBedomning, buildSammanstallning } from '../../../../helpers/reports/build';
import { fonts } from '../../../../helpers/reports/fonts';
import { solrosen } from '../../../../helpers/reports/solrosen';
import { bigClass } from '../../../../helpers/reports/stress';
import { normalise, outsidePage, overlappingText, readPdf, type ReadPdf } from './read-pdf';

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

describe('renderSammanstallning', () => {
  it('ranks the class by total with each criterion’s score and the recommendations', async () => {
    const models = [buildBedomning(solrosen), ...bigClass(4)];
    const model = buildSammanstallning(models, 'forskola', { anonymous: false });
    const text = (await readPdf(await renderSammanstallning(model, { fonts, deterministic: true }))).text;
    const ranked = [...models].sort((a, b) => b.totals.points - a.totals.points);
    const positions = ranked.map((m) => text.indexOf(m.contestant.name));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const solrosenEntry = model.entries.find((e) => e.name === 'Förskolan Solrosen')!;
    expect(text).toContain(normalise(`${solrosenEntry.rank} Förskolan Solrosen Norrby stadsdelsförvaltning 90 153 70 45 65 225 648 Ja Vinnare`));
    const scores = solrosenEntry.scores.map((s, i) => `${s} ↕${solrosenEntry.spreads[i]}${solrosenEntry.spreads[i]! >= 30 ? '*' : ''}`);
    expect(text).toContain(normalise(`${solrosenEntry.rank} Förskolan Solrosen ${scores.join(' ')} 648`));
  });

  describe('anonymous, for a class of 100', () => {
    let models: BedomningModel[];
    let model: SammanstallningModel;
    let pdf: ReadPdf;

    beforeAll(async () => {
      models = bigClass(100);
      model = buildSammanstallning(models, 'forskola', { anonymous: true });
      pdf = await readPdf(await renderSammanstallning(model, { fonts, deterministic: true }));
    }, 60_000);

    it('shows no name or organisation anywhere, neither in the text nor in the metadata', () => {
      const metadata = JSON.stringify(pdf.info) + JSON.stringify(pdf.xmp?.get('dc:title')) + JSON.stringify(pdf.xmp?.get('dc:description'));
      for (const m of models) {
        expect(pdf.text).not.toContain(m.contestant.name);
        expect(metadata).not.toContain(m.contestant.name);
      }
      expect(pdf.text).not.toContain('stadsdelsförvaltning');
      expect(JSON.stringify(model)).not.toContain('Förskolan ');
    });

    it('lists every contestant once in each table, by code, in rank order', () => {
      for (const entry of model.entries) {
        expect(count(pdf.text, new RegExp(`Tävlande ${entry.code}(?![A-Z])`))).toBe(2);
      }
      const totals = model.entries.map((e) => e.total);
      expect([...totals].sort((a, b) => b - a)).toEqual(totals);
      expect(pdf.text).toContain(normalise(`1 Tävlande ${model.entries[0]!.code}`));
      expect(pdf.text).toContain(normalise(formatNumber(model.entries[99]!.total)));
    });

    it('breaks both tables cleanly: every continued page repeats the header row', () => {
      // The tables run from page 2 up to the "Underlag" section (the signed files), which follows them.
      const basisStart = pdf.pages.findIndex((page) => page.text.includes('Filerna som rapporten bygger på'));
      expect(basisStart).toBeGreaterThan(1);
      const tablePages = pdf.pages.slice(1, basisStart);
      expect(tablePages.length).toBeGreaterThan(8);
      for (const page of tablePages) {
        expect(page.text).toMatch(/Plats Tävlande (1 \(150\)|1\.1 1\.2)/);
      }
    });

    it('keeps every piece of text apart and on the page', () => {
      for (const page of pdf.pages) {
        expect(overlappingText(page)).toEqual([]);
        expect(outsidePage(page)).toEqual([]);
      }
      pdf.pages.forEach((page, i) => expect(page.text).toContain(`Sida ${i + 1} av ${pdf.pages.length}`));
    });
  });
});
