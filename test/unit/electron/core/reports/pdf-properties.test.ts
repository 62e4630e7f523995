import { beforeAll, describe, expect, it } from 'vitest';
import type { BedomningModel } from '../../../../../electron/core/reports/model';
import { renderAterforing, renderBedomning, renderSammanstallning } from '../../../../../electron/core/reports/render';
import { buildAterforing, buildBedomning, buildSammanstallning } from '../../../../helpers/reports/build';
import { POLICY } from '../../../../helpers/reports/feedback';
import { fonts } from '../../../../helpers/reports/fonts';
import { lindgarden } from '../../../../helpers/reports/lindgarden';
import { solrosen } from '../../../../helpers/reports/solrosen';
import { pdffonts, pdfinfo, readPdf } from './read-pdf';

describe('every report is an accessible, archivable, self-contained PDF', () => {
  let reports: { name: string; bytes: Buffer }[];

  beforeAll(async () => {
    const bedomning = buildBedomning(solrosen);
    reports = [
      { name: 'bedömning', bytes: await renderBedomning(bedomning, { fonts, deterministic: true, appendix: true }) },
      { name: 'återföring', bytes: await renderAterforing(buildAterforing(lindgarden, POLICY.points), { fonts, deterministic: true }) },
      { name: 'sammanställning', bytes: await renderSammanstallning(buildSammanstallning([bedomning], 'forskola', { anonymous: false }), { fonts, deterministic: true }) },
    ];
  });

  it('embeds every font it uses (pdffonts)', () => {
    for (const { bytes } of reports) {
      const rows = pdffonts(bytes);
      expect(rows.length).toBeGreaterThanOrEqual(3);
      expect(rows.every((row) => row.embedded)).toBe(true);
      expect(rows.every((row) => row.name.includes('SourceSans3'))).toBe(true);
    }
  });

  it('sets title, author, subject, keywords, creator and the language sv-SE', async () => {
    const bedomning = await readPdf(reports[0]!.bytes);
    expect(bedomning.info).toMatchObject({
      Title: 'Bedömning – Förskolan Solrosen',
      Author: 'Anna Lind, Bilal Haddad, Cecilia Ek',
      Subject: 'Konsensus efter platsbesök för domarkommittén, Kvalitetsutmärkelsen 2026 – övningsomgång',
      Creator: 'Examinator',
      Language: 'sv-SE',
    });
    expect(bedomning.info.Keywords).toContain('Förskolan Solrosen');
    expect(bedomning.xmp?.get('dc:title')).toBe('Bedömning – Förskolan Solrosen');
    for (const { bytes } of reports.slice(1)) expect((await readPdf(bytes)).info.Language).toBe('sv-SE');
  });

  it('is tagged, with headings, paragraphs, lists, tables and a figure with alternative text', async () => {
    for (const { bytes } of reports) expect(pdfinfo(bytes)).toMatch(/Tagged:\s+yes/);
    const structure = pdfinfo(reports[0]!.bytes, '-struct');
    for (const tag of ['Document', 'Sect', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Figure']) {
      expect(structure).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    }
    const [alt] = (await readPdf(reports[0]!.bytes)).figureAlts;
    expect(alt).toMatch(/^Poängprofil\. 1\.1: 70, individuellt 60–80; 1\.2: 50, individuellt 50–70;/);
  });

  it('identifies itself as PDF/A-2a with an sRGB output intent', () => {
    for (const { bytes } of reports) {
      const raw = bytes.toString('latin1');
      expect(raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>A<\/pdfaid:conformance>/);
      expect(raw).toContain('/S /GTS_PDFA1');
      expect(raw.startsWith('%PDF-1.7')).toBe(true);
    }
  });

  it('in deterministic mode gives the same bytes twice; otherwise the creation date and id follow the clock', async () => {
    const model = buildBedomning(lindgarden);
    const first = await renderBedomning(model, { fonts, deterministic: true });
    const second = await renderBedomning(model, { fonts, deterministic: true });
    expect(first.equals(second)).toBe(true);
    const at = (iso: string) => renderBedomning(model, { fonts, now: new Date(iso) });
    const [a, b] = await Promise.all([at('2026-10-20T08:00:00Z'), at('2026-10-20T08:00:01Z')]);
    expect(a.equals(b)).toBe(false);
    expect(pdfinfo(a)).toMatch(/CreationDate:\s+Tue Oct 20 08:00:00 2026 UTC/);
  });

  it('keeps its metadata valid when names contain XML characters', async () => {
    const base = buildBedomning(lindgarden);
    const model: BedomningModel = { ...base, contestant: { ...base.contestant, name: 'Vård & omsorg <Syd>' } };
    const pdf = await readPdf(await renderBedomning(model, { fonts, deterministic: true }));
    expect(pdf.info.Title).toBe('Bedömning – Vård & omsorg <Syd>');
    expect(pdf.xmp?.get('dc:title')).toBe('Bedömning – Vård & omsorg <Syd>');
    expect(pdf.text).toContain('Vård & omsorg <Syd>');
  });
});
