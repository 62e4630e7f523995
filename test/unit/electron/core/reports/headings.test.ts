/**
 * No page ends with a heading: an area's, a criterion's, "Styrkor",
 * "Förbättringsområden" or any other always keeps the first block that
 * follows it on its page. A text early in the report grows line by line,
 * which moves every later heading across the bottom of a page.
 */
import { describe, expect, it } from 'vitest';
import { FEEDBACK_HEADINGS } from '../../../../../electron/core/reports/feedback-text';
import { buildPrisbedomningModel } from '../../../../../electron/core/reports/build';
import { renderAterforing, renderBedomning, renderReport } from '../../../../../electron/core/reports/render';
import { FRAMSTEGET } from '../../../../../shared/formats/prizes';
import { buildAterforing, buildBedomning, pkg, REPORT_DATE } from '../../../../helpers/reports/build';
import { POLICY } from '../../../../helpers/reports/feedback';
import { fonts } from '../../../../helpers/reports/fonts';
import { prizeAssessment, prizeRound, prizeTeamFile, SOLROSEN_PRIZE, type AspectSource } from '../../../../helpers/reports/framsteget';
import { solrosen } from '../../../../helpers/reports/solrosen';
import { teamFileInput, type ContestantSource } from '../../../../helpers/reports/source';
import { prose } from '../../../../helpers/reports/stress';
import { normalise, readPdf, type PdfPage } from './read-pdf';

/** About one line of body text at the report's width. */
const LINE = 85;
const STEPS = 44;

const numbered = [...pkg.areas, ...pkg.areas.flatMap((area) => area.criteria)].map((item) => normalise(`${item.id} ${item.title}`));
const FIXED = [
  ...numbered,
  ...FRAMSTEGET.aspects.map((aspect) => aspect.title),
  'Bedömning per aspekt',
  'Vad aspekten efterfrågar',
  ...Object.values(FEEDBACK_HEADINGS),
  'Bedömning per kriterium',
  'Motivering till poängen',
  'Frågor vid platsbesök',
  'Platsbesök',
].map(normalise);
const COUNTED = /^(Styrkor|Förbättringsområden) \(\d+\)$/;
/** An area's points, said right under its heading: part of the heading. */
const AREA_POINTS = /^(Områdets poäng|Området): /;

/** The page's last line of text above the running footer. */
function lastLine(page: PdfPage): string {
  const body = page.boxes.filter((box) => box.y > 70 && box.y < page.height - 70);
  if (body.length === 0) return '';
  const lowest = Math.min(...body.map((box) => box.y));
  const line = body.filter((box) => Math.abs(box.y - lowest) < 2).sort((a, b) => a.x - b.x);
  return normalise(line.map((box) => box.text).join(' '));
}

/** The line is a heading, or the end of one that wrapped. */
const isHeading = (line: string) => COUNTED.test(line) || AREA_POINTS.test(line) || FIXED.some((h) => h === line || (line.length >= 6 && h.endsWith(line) && h.includes(' ')));

async function headingsAtPageEnd(render: (step: number) => Promise<Buffer>): Promise<string[]> {
  const found: string[] = [];
  for (let step = 0; step < STEPS; step += 1) {
    const pdf = await readPdf(await render(step));
    pdf.pages.forEach((page, index) => {
      const line = lastLine(page);
      if (isHeading(line)) found.push(`steg ${step}: sida ${index + 1} av ${pdf.pages.length} slutar med "${line}"`);
    });
  }
  return found;
}

describe('headings at the foot of a page', () => {
  it('the line test knows the headings', () => {
    expect(isHeading(normalise(`${pkg.areas[0]!.id} ${pkg.areas[0]!.title}`))).toBe(true);
    expect(isHeading('Styrkor (2)')).toBe(true);
    expect(isHeading('Förbättringsområden')).toBe(true);
    expect(isHeading(normalise(prose(120)))).toBe(false);
  });

  it.each([
    ['without scores', POLICY.none],
    ['with points', POLICY.points],
  ])('an återföringsrapport %s never ends a page with a heading, wherever the breaks fall', async (_name, policy) => {
    const found = await headingsAtPageEnd((step) => {
      // Two paragraphs of the team's words grow, the first up to 24 lines, the second the rest.
      const grown = [prose(20 + Math.min(step, 24) * LINE), prose(20 + Math.max(0, step - 24) * LINE)];
      const source: ContestantSource = { ...solrosen, toContestant: [...(solrosen.toContestant ?? []), ...grown] };
      return renderAterforing(buildAterforing(source, policy), { fonts, deterministic: true });
    });
    expect(found).toEqual([]);
  }, 240_000);

  it('a bedömning never ends a page with a heading, wherever the breaks fall', async () => {
    const found = await headingsAtPageEnd((step) => {
      // The first criterion's rationale takes up to 24 lines, the second's the rest.
      const [first, second, ...rest] = solrosen.criteria;
      const source: ContestantSource = {
        ...solrosen,
        criteria: [
          { ...first!, rationale: prose(20 + Math.min(step, 24) * LINE) },
          { ...second!, rationale: prose(20 + Math.max(0, step - 24) * LINE) },
          ...rest,
        ],
      };
      return renderBedomning(buildBedomning(source), { fonts, deterministic: true });
    });
    expect(found).toEqual([]);
  }, 240_000);

  it('a prisbedömning never ends a page with a heading, wherever the breaks fall', async () => {
    const found = await headingsAtPageEnd((step) => {
      // The first aspect's last improvement area grows, up to 24 lines, the second's the rest; the later aspects
      // open with a strength of several lines, which a heading must keep with it.
      const [first, second, ...rest] = SOLROSEN_PRIZE;
      const grown = (aspect: AspectSource, length: number): AspectSource => ({
        ...aspect,
        strengths: aspect === first ? aspect.strengths : [[prose(330), 'AL BH', [3, 4]], ...aspect.strengths],
        improvements: [...aspect.improvements, [prose(length), 'AL', [3]]],
      });
      const aspects = [grown(first!, 20 + Math.min(step, 24) * LINE), grown(second!, 20 + Math.max(0, step - 24) * LINE), ...rest.map((aspect) => grown(aspect, 20))];
      const file = prizeTeamFile(teamFileInput(solrosen), [prizeAssessment('c-solrosen', aspects)]);
      const model = buildPrisbedomningModel({ round: prizeRound(), pkg, exampleMaterial: true, assessment: file.file, prizeId: 'framsteget', reportDate: REPORT_DATE });
      return renderReport({ kind: 'prisbedomning', name: '', model }, { fonts, deterministic: true }).then((report) => report.bytes);
    });
    expect(found).toEqual([]);
  }, 240_000);
});
