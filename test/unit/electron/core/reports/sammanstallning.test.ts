import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../../../../shared/format';
import type { BedomningModel, SammanstallningModel } from '../../../../../electron/core/reports/model';
import { renderSammanstallning } from '../../../../../electron/core/reports/render';
import { buildBedomning, buildSammanstallning } from '../../../../helpers/reports/build';
import { fonts } from '../../../../helpers/reports/fonts';
import { solrosen } from '../../../../helpers/reports/solrosen';
import { bigClass } from '../../../../helpers/reports/stress';
import { normalise, outsidePage, overlappingText, readPdf, type ReadPdf } from './read-pdf';

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, `g${pattern.flags}`))?.length ?? 0;

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
    const before = formatNumber(solrosenEntry.before);
    expect(text).toContain(normalise(`${solrosenEntry.rank} Förskolan Solrosen Norrby stadsdelsförvaltning 90 153 70 45 65 225 ${before} 648 Platsbesök, rev. 1 Vinnare Platsbesök: ja`));
    // Each score with its band label and spread, in two tables of whole areas (1–3 and 4–6).
    const scores = solrosenEntry.scores.map((s, i) => `${s!.score} % ${s!.band} ↕${solrosenEntry.spreads[i]}${solrosenEntry.spreads[i]! >= 30 ? '*' : ''}`);
    expect(text).toContain(normalise(`${solrosenEntry.rank} Förskolan Solrosen ${scores.slice(0, 7).join(' ')} 648`));
    expect(text).toContain(normalise(`${solrosenEntry.rank} Förskolan Solrosen ${scores.slice(7).join(' ')} 648`));
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
      // Nor in the key points quoted from the teams: "Förskolan Vitsippan 1" is never "Vitsippan" either.
      const json = JSON.stringify(model);
      for (const m of models) expect(json).not.toContain(m.contestant.name.split(' ')[1]!);
    });

    it('lists every contestant once in each table, by code, in rank order', () => {
      for (const entry of model.entries) {
        // The ranking, the key points and the two score tables.
        expect(count(pdf.text, new RegExp(`Tävlande ${entry.code}(?![\\p{L}])`, 'u'))).toBe(4);
      }
      const totals = model.entries.map((e) => e.total);
      expect([...totals].sort((a, b) => b - a)).toEqual(totals);
      expect(pdf.text).toContain(normalise(`1 Tävlande ${model.entries[0]!.code}`));
      expect(pdf.text).toContain(normalise(formatNumber(model.entries[99]!.total)));
    });

    it('breaks every table cleanly: every continued page repeats the header row', () => {
      // The tables run from page 2 up to the "Underlag" section (the signed files), which follows them.
      const basisStart = pdf.pages.findIndex((page) => page.text.includes('Filerna som rapporten bygger på'));
      expect(basisStart).toBeGreaterThan(1);
      const tablePages = pdf.pages.slice(1, basisStart);
      expect(tablePages.length).toBeGreaterThan(8);
      for (const page of tablePages) {
        expect(page.text).toMatch(/Plats Tävlande (1 \(150\)|Styrkor Förbättringsområden|1\.1 1\.2|4\.1 4\.2)/);
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
