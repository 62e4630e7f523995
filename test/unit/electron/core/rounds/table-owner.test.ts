/**
 * The round tables have one owner (issue 18): only electron/core/rounds/ holds
 * SQL that reads them, and a missing round is one error with one text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../../../..');
const ROUNDS = join('electron', 'core', 'rounds') + sep;
const MIGRATIONS = join('electron', 'core', 'db', 'migrations') + sep;
/** SQL naming one of the round tables after FROM or JOIN, across line breaks too. */
const ROUND_TABLE_SQL = /\b(?:FROM|JOIN)\s+(?:rounds|contestants|examiners|teams|team_members|contestant_documents)\b/gi;

function sources(folder: string): { path: string; text: string }[] {
  return (readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(folder, file))
    .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
}

const roundTableSql = (text: string) => [...text.matchAll(ROUND_TABLE_SQL)].map((match) => match[0]);
const electron = sources('electron');
const occurrences = (files: readonly { path: string; text: string }[], needle: string) =>
  files.flatMap((file) => file.text.split(needle).slice(1).map(() => file.path));

describe('the round tables', () => {
  it('are read only in electron/core/rounds/ (besides the migrations that make them)', () => {
    const owned = electron.filter((file) => file.path.startsWith(ROUNDS) && roundTableSql(file.text).length > 0);
    // The scan finds the owner's own SQL, so it would find a copy elsewhere.
    expect(owned.map((file) => relative(ROUNDS, file.path))).toEqual(expect.arrayContaining(['model.ts', 'repository.ts']));
    const elsewhere = electron
      .filter((file) => !file.path.startsWith(ROUNDS) && !file.path.startsWith(MIGRATIONS))
      .flatMap((file) => roundTableSql(file.text).map((sql) => `${file.path}: ${sql}`));
    expect(elsewhere).toEqual([]);
  });

  it("have one 'round-missing' error, made in rounds/, with one text", () => {
    expect(occurrences([...electron, ...sources('renderer')], "'round-missing'")).toEqual([join(ROUNDS, 'model.ts')]);
    expect(occurrences([...electron, ...sources('shared')], 'Omgången finns inte på den här datorn')).toHaveLength(1);
  });
});
