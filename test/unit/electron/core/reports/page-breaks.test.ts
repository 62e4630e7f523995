/**
 * No page of a bedömning holds only the tail of a comment (its page chips or
 * "Bygger på kommentarer från …"): issue 14's orphan last page. The last
 * comment of the last criterion grows by steps, which moves its end across
 * the bottom of a page in every way the layout allows (in the spårbarhetsbilaga,
 * where comments carry their quotes and provenance).
 */
import { describe, expect, it } from 'vitest';
import { renderBedomning } from '../../../../../electron/core/reports/render';
import { buildBedomning } from '../../../../helpers/reports/build';
import { fonts } from '../../../../helpers/reports/fonts';
import { lindgarden } from '../../../../helpers/reports/lindgarden';
import { solrosen } from '../../../../helpers/reports/solrosen';
import type { ContestantSource, SourceComment } from '../../../../helpers/reports/source';
import { prose } from '../../../../helpers/reports/stress';
import { readPdf, type PdfPage } from './read-pdf';

/** Lines of text between the running header and footer. */
function bodyLines(page: PdfPage): number {
  const body = page.boxes.filter((box) => box.y > 90 && box.y < page.height - 90 && box.text.trim() !== '');
  return new Set(body.map((box) => Math.round(box.y))).size;
}

function withLongLastComment(source: ContestantSource, length: number): ContestantSource {
  const last = source.criteria.at(-1)!;
  const comment: SourceComment = [prose(length), 'AL', [12]];
  return { ...source, criteria: [...source.criteria.slice(0, -1), { ...last, improvements: [...last.improvements, comment] }] };
}

describe('page breaks in a bedömning', () => {
  it.each([
    ['Förskolan Solrosen', solrosen],
    ['Lindgården', lindgarden],
  ])('%s: every page after the cover has at least three lines of content, however long the last comment', async (_name, source) => {
    const thin: string[] = [];
    for (let length = 900; length <= 1_600; length += 45) {
      const pdf = await readPdf(await renderBedomning(buildBedomning(withLongLastComment(source, length)), { fonts, deterministic: true, appendix: true }));
      pdf.pages.forEach((page, index) => {
        if (index > 0 && bodyLines(page) < 3) thin.push(`${length} tecken: sida ${index + 1} av ${pdf.pages.length}: ${page.text.slice(0, 80)}`);
      });
    }
    expect(thin).toEqual([]);
  }, 120_000);
});
