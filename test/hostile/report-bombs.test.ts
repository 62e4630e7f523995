/**
 * A valid, signed assessment file built to blow up a report (issue 13, item 8):
 * comments within the character limits but made of newlines (1 MB became a
 * 19 644-page bedömning). The report must stay a few pages per criterion, say
 * where it cut, and the database must not change.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { readRoundBundle } from '../../electron/core/packages/round-bundle-read';
import { LIMITS } from '../../shared/domain/assessment';
import { exampleTrust } from '../helpers/bundles';
import { solrosen } from '../helpers/reports/solrosen';
import { signed, teamFileInput, type ContestantSource, type SourceComment } from '../helpers/reports/source';
import { samplePath } from '../helpers/samples';
import { tempDir } from '../helpers/temp';
import { readPdf } from '../unit/electron/core/reports/read-pdf';
import { recordHostile } from './record';

/** At most this many pages per criterion in the bedömning, and with its spårbarhetsbilaga, whatever a valid file holds. */
const MAX_PAGES_PER_CRITERION = { report: 6, withAppendix: 15 };

/** Exactly LIMITS.commentChars characters: a word, then lines that are empty, spaces, or one letter. */
function newlineComment(label: string, pattern: string): string {
  const head = `${label}.`;
  const body = pattern.repeat(Math.ceil(LIMITS.commentChars / pattern.length)).slice(0, LIMITS.commentChars - head.length - 1);
  return `${head}${body}x`;
}

const PATTERNS = ['\n', 'a\n\n', '\n \n\t\u2028', ' \r\n\r\n'];

function amplifyingSource(): ContestantSource {
  const comments = (kind: string, count: number): SourceComment[] =>
    Array.from({ length: count }, (_, i) => [newlineComment(`${kind} ${i + 1}`, PATTERNS[i % PATTERNS.length]!), 'AL', [4]]);
  return {
    ...solrosen,
    themes: [newlineComment('Tema', '\n')],
    // The first criterion has more comments than its room in the report holds.
    criteria: solrosen.criteria.map((c, index) => ({
      ...c,
      rationale: newlineComment('Motivering', 'a\n\n'),
      strengths: comments('Styrka', index === 0 ? 16 : 4),
      improvements: comments('Förbättring', index === 0 ? 16 : 4),
      questions: [newlineComment('Fråga', '\n')],
    })),
  };
}

describe('report amplification', () => {
  it('keeps a bedömning from a file of newline comments to a few pages per criterion, and says what it cut', { timeout: 120_000 }, async () => {
    const { manifest } = await readRoundBundle(samplePath.round, exampleTrust());
    const context = {
      roundId: manifest.round.id,
      criteriaPackage: manifest.criteriaPackage,
      documents: Object.fromEntries(manifest.contestants.map((c) => [c.id, c.documents[0]!.sha256])),
    };
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'forstoring.kvbedomning');
    const bytes = signed(teamFileInput(amplifyingSource(), { context })).bytes;
    expect(bytes.length).toBeGreaterThan(1024 * 1024);
    writeFileSync(file, bytes);
    const pages: Record<string, number> = {};
    for (const variant of ['report', 'withAppendix'] as const) {
      const out = join(dir, `${variant}.pdf`);
      const argv = ['report', 'bedomning', '--round', samplePath.round, '--assessment', file, '--out', out, '--date', '2026-10-20'];
      expect(await runCli(variant === 'withAppendix' ? [...argv, '--appendix'] : argv, { out: () => undefined, err: () => undefined })).toBe(0);
      const pdf = await readPdf(readFileSync(out));
      pages[variant] = pdf.pages.length;
      expect(pdf.text).toContain('Styrka 1.');
      expect(pdf.text).toContain('avkortad i rapporten; hela texten finns i bedömningsfilen');
      expect(pdf.text).toMatch(/Ytterligare \d+ kommentar(er)? ryms inte i rapporten; de finns i bedömningsfilen\./);
    }
    const criteria = solrosen.criteria.length;
    const bounded = pages.report! <= MAX_PAGES_PER_CRITERION.report * criteria && pages.withAppendix! <= MAX_PAGES_PER_CRITERION.withAppendix * criteria;
    recordHostile({ importer: 'report', input: `assessment file of newline comments (${Math.round(bytes.length / 1024)} kB)`, refused: false, acceptedSafely: bounded, changedDatabase: false });
    console.log(`${Math.round(bytes.length / 1024)} kB of newline comments, ${criteria} criteria: ${pages.report} pages, ${pages.withAppendix} with the appendix`);
    expect(pages.report).toBeLessThanOrEqual(MAX_PAGES_PER_CRITERION.report * criteria);
    expect(pages.withAppendix).toBeLessThanOrEqual(MAX_PAGES_PER_CRITERION.withAppendix * criteria);
  });
});
