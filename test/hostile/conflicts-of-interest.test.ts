/**
 * Issue 13 item 5, performed as the review did: an examiner's organisation
 * written as the contestant's with an invisible or compatibility character
 * passed `round build` and `round verify` as "inget jäv". Now every door
 * (`round build`, `round verify`, the app's import) compares as formats.md
 * says and refuses, and honours `declaredConflicts`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { serializeDocument, signDocument } from '../../electron/core/packages/signing';
import { examplePrivateKey } from '../helpers/bundles';
import { roundSource, samplePath } from '../helpers/samples';
import { tempDir } from '../helpers/temp';
import { expectRefused, runHostile } from './harness';
import { recordHostile } from './record';
import { sampleBundleEntries } from './sample-bundle';

type Manifest = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- hostile edits reach anywhere
type Source = ReturnType<typeof roundSource> & { declaredConflicts?: unknown };

/** Anna Lind (e-anna, team lag-1) assesses Lindgården, whose organisation is "Sjövik stadsdelsförvaltning". */
const SJOVIK = 'Sjövik stadsdelsförvaltning';
const ORGANISATION_JAV = 'jäv: examinatorn Anna Lind (e-anna) och den tävlande Lindgårdens vård- och omsorgsboende (c-lindgarden) tillhör båda Sjövik stadsdelsförvaltning';
const DECLARED_JAV =
  'jäv: examinatorn Cecilia Ek (e-cecilia) har anmält jäv mot den tävlande Förskolan Solrosen (c-solrosen): tidigare anställd på förskolan';

const cases: { input: string; edit: (round: Source) => void; expected: string }[] = [
  { input: 'organisation + trailing zero-width space', edit: (r) => (r.examiners[0]!.organisation = `${SJOVIK}\u200b`), expected: ORGANISATION_JAV },
  { input: 'organisation with a soft hyphen', edit: (r) => (r.examiners[0]!.organisation = 'Sjövik stadsdels\u00adförvaltning'), expected: ORGANISATION_JAV },
  { input: 'organisation with a fullwidth letter', edit: (r) => (r.examiners[0]!.organisation = 'Ｓjövik stadsdelsförvaltning'), expected: ORGANISATION_JAV },
  { input: 'organisation with a word joiner, capitals and a no-break space', edit: (r) => (r.examiners[0]!.organisation = 'SJÖ\u2060VIK\u00a0STADSDELSFÖRVALTNING'), expected: ORGANISATION_JAV },
  {
    input: 'declared conflict: the examiner’s team assesses the contestant',
    edit: (r) => (r.declaredConflicts = [{ examiner: 'e-cecilia', contestant: 'c-solrosen', reason: 'tidigare anställd på förskolan' }]),
    expected: DECLARED_JAV,
  },
];

describe('jäv hidden by invisible characters, or declared: refused by round verify and the app import', () => {
  const bundle = sampleBundleEntries();

  /** round.json edited and signed again with the example key: a valid signature over a round with jäv. */
  const resigned = (edit: (round: Source) => void) => {
    const manifest = JSON.parse(bundle.manifestText()) as Manifest;
    edit(manifest as Source);
    const { signature: _old, ...unsigned } = manifest;
    return bundle.withManifest(serializeDocument(signDocument(unsigned, examplePrivateKey())));
  };

  it.each(cases.map((c) => [c.input, c] as const))('%s', async (input, testCase) => {
    const run = await runHostile({ importer: 'kvomgang', input: `jäv: ${input}`, bytes: resigned(testCase.edit) });
    const escaped = testCase.expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expectRefused(run, new RegExp(`Omgångsfilens round\\.json är ogiltig: .*${escaped}`));
  });
});

describe('jäv hidden by invisible characters, or declared: refused by round build', () => {
  it.each(cases.map((c) => [c.input, c] as const))('%s', async (input, testCase) => {
    const dir = tempDir();
    const source: Source = roundSource();
    testCase.edit(source);
    writeFileSync(join(dir, 'omgang.json'), JSON.stringify(source));
    const out = join(dir, 'omgang.kvomgang');
    const err: string[] = [];
    const code = await runCli(
      ['round', 'build', join(dir, 'omgang.json'), '--criteria', samplePath.package, '--documents', samplePath.documents, '--key', samplePath.privateKey, '--out', out],
      { out: () => undefined, err: (t) => void err.push(t) },
    );
    expect(code).toBe(1);
    const lines = err.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Fel: Källfilen för omgången är ogiltig: /);
    expect(lines[0]).toContain(testCase.expected);
    expect(existsSync(out)).toBe(false);
    // No database is involved: `round build` only reads its inputs and writes nothing when it refuses.
    recordHostile({ importer: 'round-source', input: `jäv: ${input}`, refused: code === 1 && !existsSync(out), changedDatabase: false });
  });
});
