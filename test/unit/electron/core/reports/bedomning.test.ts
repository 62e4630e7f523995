import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../../../../shared/format';
import type { BedomningModel } from '../../../../../electron/core/reports/model';
import { renderBedomning } from '../../../../../electron/core/reports/render';
import { buildBedomning, buildIndividualBedomning, pkg } from '../../../../helpers/reports/build';
import { fonts } from '../../../../helpers/reports/fonts';
import { LINDGARDEN_PRIVATE_NOTE, lindgarden } from '../../../../helpers/reports/lindgarden';
import { SOLROSEN_PRIVATE_NOTE, solrosen } from '../../../../helpers/reports/solrosen';
import type { ContestantSource } from '../../../../helpers/reports/source';
import { LONG_COMMENT, MANY_COMMENTS, stressSource } from '../../../../helpers/reports/stress';
import { normalise, outsidePage, overlappingText, readPdf, type ReadPdf } from './read-pdf';

/** The package's rule, computed here independently of the model builder. */
function expectedTotal(source: ContestantSource): number {
  return source.criteria.reduce((sum, c) => {
    const criterion = pkg.areas.flatMap((a) => a.criteria).find((k) => k.id === c.id)!;
    return sum + (c.score === null ? 0 : (criterion.points * c.score) / 100);
  }, 0);
}

const n = (value: number) => normalise(formatNumber(value));

describe('renderBedomning', () => {
  let model: BedomningModel;
  let pdf: ReadPdf;

  beforeAll(async () => {
    model = buildBedomning(solrosen);
    pdf = await readPdf(await renderBedomning(model, { fonts, deterministic: true, appendix: true }));
  });

  it('prints every criterion with its title, consensus score, level and weighted points', () => {
    for (const criterion of model.areas.flatMap((a) => a.criteria)) {
      const result = criterion.result!;
      const expected = `${criterion.id} ${criterion.title} Teamets poäng efter platsbesök ${result.score} % ${result.band} Viktade poäng ${n(result.points)} av ${criterion.pointsAvailable} p`;
      expect(pdf.text).toContain(normalise(expected));
    }
    expect(model.areas.flatMap((a) => a.criteria)).toHaveLength(14);
  });

  it('prints totals that equal the scoring rule, per area and in all', () => {
    const total = expectedTotal(solrosen);
    expect(model.totals.points).toBeCloseTo(total, 9);
    expect(pdf.pages[0]!.text).toContain(normalise(`Totalpoäng ${n(total)} av 1 000 p`));
    expect(pdf.text).toContain(normalise(`Totalt 1 000 ${n(total)}`));
    for (const area of model.areas) {
      expect(pdf.text).toContain(normalise(`${area.id} ${area.title} ${n(area.pointsAvailable)} ${n(area.points!)}`));
    }
  });

  it('shows the individual scores, the spread, and the scores before and after the site visit', () => {
    expect(pdf.text).toContain('Individuella poäng AL 80 · BH 60 · CE 90 Spridning 30 – nådde gränsen 30 och har diskuterats');
    expect(pdf.text).toContain('Platsbesöket ändrade poängen från 60 % till 50 %.');
    expect(pdf.text).toContain('Platsbesöket ändrade poängen från 60 % till 70 %.');
    expect(pdf.pages[0]!.text).toContain(`före platsbesök ${n(model.totals.pointsBeforeSiteVisit!)} p`);
  });

  it('keeps å, ä and ö, page references, the recommendation and the draft citation', () => {
    expect(pdf.text).toContain('Förskolan Solrosen');
    expect(pdf.text).toContain('Förbättringsområden (1)');
    expect(pdf.text).toContain('Målgruppernas behov och förväntningar');
    expect(pdf.text).toMatch(/s\. 13 s\. 14/);
    expect(pdf.text).toMatch(/Platsbesök Genomfört; teamets bedömning efter besöket lämnades in \d{1,2} [a-z]+ \d{4} Teamets förslag vinnare/);
    // What the visit confirmed is said once, not under every criterion.
    expect(pdf.text).toContain('Platsbesöket ändrade poängen för kriterierna 1.2 och 3.1; övriga poäng bekräftades.');
    expect(pdf.text).not.toContain('Platsbesöket bekräftade poängen');
    expect(pdf.text).toContain(normalise(solrosen.recommendation.citation));
  });

  it('numbers every page "Sida i av N" and heads every page but the title page with contestant and round', () => {
    const count = pdf.pages.length;
    pdf.pages.forEach((page, i) => {
      expect(page.text).toContain(`Sida ${i + 1} av ${count}`);
      if (i > 0) expect(page.text).toContain('Förskolan Solrosen Kvalitetsutmärkelsen 2026 – övningsomgång Bedömning · Konsensus efter platsbesök');
    });
  });

  it('adds the spårbarhetsbilaga: sources, quotes and each examiner’s change-log digest', () => {
    const appendix = pdf.text.slice(pdf.text.indexOf('Spårbarhetsbilaga'));
    expect(appendix).toContain('Anna Lind (AL) 412 5f0c1e7a 9b2d4c6e 8f0a1b3c 5d7e9f1a 2b4c6d8e 0f1a3b5c 7d9e1f2a 4b6c8d0e');
    expect(appendix).toContain('Bygger på kommentarer från AL, CE');
    expect(appendix).toContain('”Resultat: 82 procent instämde 2024 och 88 procent 2025.” (s. 13)');
  });

  it('never prints a private note, and text stays on the page without overlapping', () => {
    expect(pdf.text).not.toContain('PRIVAT ANTECKNING');
    expect(pdf.text).not.toContain(normalise(SOLROSEN_PRIVATE_NOTE));
    for (const page of pdf.pages) {
      expect(overlappingText(page)).toEqual([]);
      expect(outsidePage(page)).toEqual([]);
    }
  });

  it('leaves out the appendix unless asked, prints "§ 42" for DOCX evidence and marks unscored criteria', async () => {
    const base = buildBedomning(lindgarden);
    const docx: BedomningModel = {
      ...base,
      areas: base.areas.map((area, i) =>
        i > 0
          ? area
          : {
              ...area,
              criteria: area.criteria.map((c, j) =>
                j > 0 ? { ...c, result: null } : { ...c, strengths: [{ text: 'Ett belägg ur Word-filen.', evidence: [{ paragraph: 42 }], sourceInitials: ['AL'] }] },
              ),
            },
      ),
    };
    const text = (await readPdf(await renderBedomning(docx, { fonts, deterministic: true }))).text;
    expect(text).not.toContain('Spårbarhetsbilaga');
    expect(text).toContain('Ett belägg ur Word-filen. § 42');
    expect(text).toContain('1.2 Synpunkter, klagomål och kvalitetsgarantier Teamets poäng Inte bedömt Viktade poäng – av 75 p');
    expect(text).not.toContain(normalise(LINDGARDEN_PRIVATE_NOTE));
    expect(text).toContain(`Totalpoäng ${n(expectedTotal(lindgarden))} av 1 000 p`);
  });
});

describe('renderBedomning from one examiner’s assessment', () => {
  it('says on every page that it is not the team’s consensus, and makes no recommendation', async () => {
    const model = buildIndividualBedomning(solrosen, 'BH');
    const pdf = await readPdf(await renderBedomning(model, { fonts, deterministic: true }));
    for (const page of pdf.pages) expect(page.text).toContain('Individuell bedömning — inte teamets konsensus');
    expect(pdf.pages[0]!.text).toContain('Individuell bedömning av Bilal Haddad');
    expect(pdf.text).not.toContain('Teamets rekommendation');
    expect(pdf.text).toContain(normalise('1.1 Målgruppernas behov och förväntningar Poäng 60 % Systematiskt'));
    expect(pdf.text).not.toContain('Individuella poäng');
    expect(pdf.text).toContain('Examinatorns poäng');
  });
});

describe('renderBedomning under load', () => {
  it('holds its layout with a 2,000-character comment and 40 comments on one criterion', async () => {
    const model = buildBedomning(stressSource());
    const pdf = await readPdf(await renderBedomning(model, { fonts, deterministic: true, appendix: true }));
    expect(LONG_COMMENT).toHaveLength(2000);
    expect(pdf.text).toContain(normalise(LONG_COMMENT));
    for (let i = 1; i <= MANY_COMMENTS; i += 1) {
      expect(pdf.text).toContain(`Förbättringsområde ${i} av ${MANY_COMMENTS}: uppföljningen av åtgärd ${i} på Förbättringstavlan`);
      expect(pdf.text).toContain(`”Citat nummer ${i} ur verksamhetsbeskrivningen om åtgärderna på Förbättringstavlan.”`);
    }
    expect(pdf.text).toContain(`Förbättringsområden (${MANY_COMMENTS + 1})`);
    for (const page of pdf.pages) {
      expect(overlappingText(page)).toEqual([]);
      expect(outsidePage(page)).toEqual([]);
    }
    pdf.pages.forEach((page, i) => expect(page.text).toContain(`Sida ${i + 1} av ${pdf.pages.length}`));
  });
});
