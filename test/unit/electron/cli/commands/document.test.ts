import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/program';

const fixture = (name: string) => join(__dirname, '../../../../fixtures/documents', name);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

describe('examinator document', () => {
  it('inspects a PDF: type, sha256, pages, words, pages without text', async () => {
    const { io, out } = capture();
    expect(await runCli(['document', 'inspect', fixture('lindgarden.pdf')], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/Typ: +PDF \(application\/pdf\)/);
    expect(text).toMatch(/SHA-256: +[0-9a-f]{64}/);
    expect(text).toMatch(/Sidor: +30/);
    expect(text).toMatch(/Ord: +8\s\d{3}/);
    expect(text).toMatch(/Sidor utan text: inga/);
  });

  it('inspects a DOCX as JSON with its text per paragraph', async () => {
    const { io, out } = capture();
    expect(await runCli(['document', 'inspect', fixture('lindgarden.docx'), '--json', '--text'], io)).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report).toMatchObject({ format: 'docx', unitKind: 'paragraph', mediaType: expect.stringContaining('wordprocessingml') });
    expect(report.text[27]).toEqual({ unit: 28, text: '1.1 Lindgården i korthet' });
    expect(report.unitCount).toBe(report.text.length);
  });

  it('searches like the app: page numbers, snippets with the match marked, any case and diacritics', async () => {
    const { io, out } = capture();
    expect(await runCli(['document', 'search', fixture('lindgarden.pdf'), 'ÖPPENHET'], io)).toBe(0);
    expect(out[0]).toMatch(/träffar på "ÖPPENHET":/);
    expect(out.slice(1).map((line) => line.split(' (')[0])).toEqual(['Sida 1', 'Sida 17']);
    expect(out[2]).toMatch(/«Öppenhet»|«öppenhet»/);
    const json = capture();
    expect(await runCli(['document', 'search', fixture('lindgarden.pdf'), 'oppenhet', '--json'], json.io)).toBe(0);
    expect(JSON.parse(json.out.join('')).hits.map((h: { unit: number }) => h.unit)).toEqual([1, 17]);
  });

  it('refuses a missing or unreadable file with one Swedish line (exit 1), and a missing argument with exit 2', async () => {
    const missing = capture();
    expect(await runCli(['document', 'inspect', '/finns/inte.pdf'], missing.io)).toBe(1);
    expect(missing.err.join('')).toMatch(/^Fel: Filen "\/finns\/inte.pdf" finns inte\./);
    const wrong = capture();
    expect(await runCli(['document', 'inspect', join(__dirname, 'document.test.ts')], wrong.io)).toBe(1);
    expect(wrong.err.join('')).toMatch(/varken en PDF- eller en Word-fil/);
    expect(await runCli(['document', 'search', fixture('lindgarden.pdf')], capture().io)).toBe(2);
  });
});
