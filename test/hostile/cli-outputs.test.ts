/**
 * CLI outputs must not clobber files (issue 13, item 12). Each attack runs the
 * real CLI process as it was done: an --out that is the command's own input
 * (the private key, the round file, a hard link to it), an --out that is a
 * symlink, `demo --force` into a folder with a symlink, a missing folder, a
 * folder as --out, an existing file without --force. Each is refused in one
 * Swedish line, and every file (the targets of the links too) is unchanged.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderHashes } from '../helpers/folder-hashes';
import { samplePath } from '../helpers/samples';
import { tempDir } from '../helpers/temp';
import { runCliProcess } from './cli-process';
import { recordHostile } from './record';

interface Scene {
  readonly work: string;
  readonly elsewhere: string;
  readonly key: string;
  readonly source: string;
  readonly round: string;
  readonly victim: string;
}

/** A working folder with a key, a package source and a round, and a file elsewhere worth protecting. */
function scene(): Scene {
  const work = tempDir();
  const elsewhere = tempDir();
  const key = join(work, 'k.pem');
  const source = join(work, 'kalla.json');
  const round = join(work, 'omgang.kvomgang');
  copyFileSync(samplePath.privateKey, key);
  copyFileSync(samplePath.packageSource, source);
  copyFileSync(samplePath.round, round);
  const victim = join(elsewhere, 'viktigt.txt');
  writeFileSync(victim, 'Ett dokument som inte får skrivas över.\n');
  return { work, elsewhere, key, source, round, victim };
}

const build = (s: Scene, out: string, ...more: string[]) => ['package', 'build', s.source, '--key', s.key, '--out', out, ...more];
const report = (s: Scene, out: string) => ['report', 'bedomning', '--round', s.round, '--assessment', s.source, '--out', out, '--force'];

const attacks: { input: string; args: (s: Scene) => string[]; reason: RegExp }[] = [
  {
    input: 'package build --out the private key it signs with (even with --force)',
    args: (s) => build(s, s.key, '--force'),
    reason: /^Fel: .*k\.pem är en av kommandots indatafiler \(.*k\.pem\) och skrivs aldrig över\. Välj en annan utfil\.$/,
  },
  {
    input: 'report --out its own round file (with --force)',
    args: (s) => report(s, s.round),
    reason: /^Fel: .*omgang\.kvomgang är en av kommandots indatafiler/,
  },
  {
    input: 'report --out a hard link to its own round file',
    args: (s) => {
      linkSync(s.round, join(s.work, 'lank.pdf'));
      return report(s, join(s.work, 'lank.pdf'));
    },
    reason: /^Fel: .*lank\.pdf är en av kommandots indatafiler \(.*omgang\.kvomgang\)/,
  },
  {
    input: '--out a symlink to a file elsewhere (with --force)',
    args: (s) => {
      symlinkSync(s.victim, join(s.work, 'paket.kvpaket'));
      return build(s, join(s.work, 'paket.kvpaket'), '--force');
    },
    reason: /^Fel: .*paket\.kvpaket är en symbolisk länk; Examinator skriver aldrig genom en länk\. Ange en vanlig fil\.$/,
  },
  {
    input: 'demo --force into a folder holding a symlink named as a demo file',
    args: (s) => {
      const out = join(s.work, 'demo');
      mkdirSync(out);
      symlinkSync(s.victim, join(out, 'bedomning-forskolan-solrosen.pdf'));
      return ['demo', '--out', out, '--force'];
    },
    reason: /^Fel: .*bedomning-forskolan-solrosen\.pdf är en symbolisk länk; Examinator skriver aldrig genom en länk/,
  },
  {
    input: '--out in a folder that does not exist',
    args: (s) => build(s, join(s.work, 'finns-inte', 'paket.kvpaket')),
    reason: /^Fel: Mappen för .*paket\.kvpaket finns inte\. Skapa den först, eller välj en annan plats\.$/,
  },
  {
    input: '--out a folder',
    args: (s) => build(s, s.elsewhere, '--force'),
    reason: /^Fel: .* är en mapp; ange ett filnamn\.$/,
  },
  {
    input: '--out an existing file without --force',
    args: (s) => build(s, s.victim),
    reason: /^Fel: .*viktigt\.txt finns redan\. Välj ett annat namn, eller lägg till --force för att ersätta filen\.$/,
  },
];

describe('CLI outputs', () => {
  it.each(attacks)('refuses $input, changing no file', { timeout: 60_000 }, async ({ input, args, reason }) => {
    const s = scene();
    const command = args(s);
    const before = [folderHashes(s.work), folderHashes(s.elsewhere)];
    const run = await runCliProcess(command);
    const changed = JSON.stringify([folderHashes(s.work), folderHashes(s.elsewhere)]) !== JSON.stringify(before);
    recordHostile({ importer: 'cli-output', input, refused: run.code === 1, changedDatabase: changed });
    expect(run.code).toBe(1);
    expect(run.err.trimEnd().split('\n')).toHaveLength(1);
    expect(run.err.trimEnd()).toMatch(reason);
    expect(changed).toBe(false);
    expect(readFileSync(s.victim, 'utf8')).toBe('Ett dokument som inte får skrivas över.\n');
  });

  it('replaces an existing output with --force, atomically, leaving no temporary file', { timeout: 60_000 }, async () => {
    const s = scene();
    const out = join(s.work, 'paket.kvpaket');
    writeFileSync(out, 'gammalt');
    const run = await runCliProcess(build(s, out, '--force'));
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('"signature"');
    expect(Object.keys(folderHashes(s.work)).sort()).toEqual(['k.pem', 'kalla.json', 'omgang.kvomgang', 'paket.kvpaket']);
  });
});
