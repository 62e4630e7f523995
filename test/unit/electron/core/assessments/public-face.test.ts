/**
 * assessments/ owns the assessment tables and the edit engine: outside it no
 * code writes those tables, and other features reach it only through its
 * public face (electron/core/assessments/index.ts). Read from the source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../../../..');
const electronDir = join(root, 'electron');
const assessmentsDir = join(electronDir, 'core', 'assessments');
const publicFace = new Set([assessmentsDir, join(assessmentsDir, 'index')]);

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });

const outside = sourceFiles(electronDir).filter((file) => !file.startsWith(assessmentsDir + '/'));
const WRITES = /\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE)\s+assessment/i;
const SPECIFIERS = /(?:\bfrom\s+|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

const specifiers = (source: string) => [...source.matchAll(SPECIFIERS)].map((match) => match[1]!);

function isBehindTheFace(file: string, specifier: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = resolve(dirname(file), specifier).replace(/\.tsx?$/, '');
  return target.startsWith(assessmentsDir) && !publicFace.has(target);
}

describe('assessments/ behind its public face', () => {
  it('reads the code it checks', () => {
    expect(outside.length).toBeGreaterThan(50);
    expect(outside.some((file) => file.endsWith('consensus/edits.ts'))).toBe(true);
  });

  it('is the only place that writes the assessment tables', () => {
    const writers = outside.filter((file) => WRITES.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(writers).toEqual([]);
  });

  it('is used by other features only through index.ts', () => {
    const reaching = outside.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((specifier) => isBehindTheFace(file, specifier))
        .map((specifier) => `${relative(root, file)} → ${specifier}`),
    );
    expect(reaching).toEqual([]);
  });

  it('would notice a write or an import behind the face', () => {
    expect(WRITES.test("prepared(db, 'UPDATE assessment_criteria SET score = ?')")).toBe(true);
    expect(WRITES.test('INSERT OR REPLACE INTO assessment_comments (id) VALUES (?)')).toBe(true);
    const consensusFile = join(electronDir, 'core', 'consensus', 'x.ts');
    expect(specifiers("import { editAssessment } from '../assessments/edit';\nimport type { Json } from '../assessments';")).toEqual([
      '../assessments/edit',
      '../assessments',
    ]);
    const behind = (specifier: string) => isBehindTheFace(consensusFile, specifier);
    expect(behind('../assessments/edit')).toBe(true);
    expect(behind('../assessments')).toBe(false);
    expect(behind('../assessments/index')).toBe(false);
  });
});
