/**
 * Valid, signed assessment files that reports must not mishandle (issue 13):
 * comments within the character limits but made of newlines (item 8: 1 MB
 * became a 19 644-page bedömning), where the report must stay a few pages per
 * criterion and say where it cut; and text in scripts the report's typeface
 * lacks (item 9), which must be drawn in the fallback face or, where no
 * embedded face has it, reported — never silently drawn as empty boxes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { readRoundBundle } from '../../electron/core/rounds/round-bundle-read';
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

async function sampleContext() {
  const { manifest } = await readRoundBundle(samplePath.round, exampleTrust());
  return {
    roundId: manifest.round.id,
    criteriaPackage: manifest.criteriaPackage,
    documents: Object.fromEntries(manifest.contestants.map((c) => [c.id, c.documents[0]!.sha256])),
  };
}

describe('report amplification', () => {
  it('keeps a bedömning from a file of newline comments to a few pages per criterion, and says what it cut', { timeout: 120_000 }, async () => {
    const context = await sampleContext();
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

/** Text in the scripts Stockholm's staff write, each in a comment of its own. */
const SCRIPTS = {
  greek: 'Ελληνικά: καλή συνεργασία',
  cyrillic: 'Кириллица: хорошая работа',
  arabic: 'مرحبا',
  hebrew: 'שלום',
};
/** Characters no embedded face has: CJK, Devanagari, a newer emoji. */
const UNCOVERED = ['中', 'क', '🦄'];

describe('characters the fonts lack', () => {
  it('draws Greek, Cyrillic, Arabic and Hebrew, and warns on stderr about CJK, Devanagari and emoji', { timeout: 120_000 }, async () => {
    const comments: SourceComment[] = [...Object.values(SCRIPTS).map((text): SourceComment => [text, 'AL', [4]]), [`Utan typsnitt: ${UNCOVERED.join(' ')}`, 'AL', []]];
    const source: ContestantSource = { ...solrosen, criteria: solrosen.criteria.map((c, i) => (i === 0 ? { ...c, strengths: comments } : c)) };
    const dir = tempDir();
    const file = join(dir, 'skrift.kvbedomning');
    writeFileSync(file, signed(teamFileInput(source, { context: await sampleContext() })).bytes);
    const out = join(dir, 'skrift.pdf');
    const err: string[] = [];
    const code = await runCli(['report', 'bedomning', '--round', samplePath.round, '--assessment', file, '--out', out, '--date', '2026-10-20'], {
      out: () => undefined,
      err: (text) => void err.push(text),
    });
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    const warning = err.find((line) => line.startsWith('Varning: '));
    recordHostile({ importer: 'report', input: 'comments in Greek, Cyrillic, Arabic, Hebrew, CJK, Devanagari and emoji', refused: false, acceptedSafely: code === 0 && warning !== undefined, changedDatabase: false });
    expect(code).toBe(0);
    expect(text).toContain(SCRIPTS.greek);
    expect(text).toContain(SCRIPTS.cyrillic);
    for (const word of [SCRIPTS.arabic, SCRIPTS.hebrew]) expect(text.includes(word) || text.includes([...word].reverse().join(''))).toBe(true);
    expect(warning).toBe(`Varning: Rapporten innehåller tecken som typsnitten saknar och som visas som tomma rutor: ${UNCOVERED.join(' ')} (U+4E2D, U+0915, U+1F984).`);
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans/);
  });
});
