/**
 * Issue 13 item 4, performed as the review did: members inserted before the
 * real ones in a genuine signed file. JSON.parse keeps the last of two members
 * and so does the canonical form, so the signature still verifies while anyone
 * reading the file sees the inserted values. Every signed format refuses it,
 * and a lone surrogate, before the signature is checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { call } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { assessmentBytes, exchangeCore, handOver } from '../helpers/exchange';
import { samplePath } from '../helpers/samples';
import { tempDir } from '../helpers/temp';
import { expectRefused, runHostile, writeHostile } from './harness';
import { recordHostile } from './record';
import { sampleBundleEntries } from './sample-bundle';

const DUPLICATE = 'Examinator godtar inga dubbla fält, eftersom olika program då kan läsa olika värden.';
const SURROGATE = 'Examinator godtar bara giltig Unicode-text.';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with `insert` placed right before the first `before`: the attack is a plain text edit. */
function inserted(text: string, before: string, insert: string): string {
  const at = text.indexOf(before);
  expect(at).toBeGreaterThan(-1);
  return `${text.slice(0, at)}${insert}${text.slice(at)}`;
}

/** The edit is invisible to JSON.parse (and so to the canonical form the signature covers): the attack is real. */
function expectSameToJsonParse(genuine: string, tampered: string): void {
  expect(tampered).not.toBe(genuine);
  expect(JSON.parse(tampered)).toEqual(JSON.parse(genuine));
}

describe('duplicate members and lone surrogates in an assessment file (.kvbedomning)', () => {
  const cases: { input: string; edit: (text: string) => string; expected: string; sameToJsonParse: boolean }[] = [
    {
      input: 'duplicate member: "stage": "consensus" inserted before the real stage',
      edit: (text) => inserted(text, '"format"', '"stage": "consensus",\n  '),
      expected: `Bedömningsfilen har fältet "stage" två gånger på översta nivån. ${DUPLICATE}`,
      sameToJsonParse: true,
    },
    {
      input: 'duplicate member: "score": 100 inserted before a criterion’s real score',
      edit: (text) => inserted(text, '"score"', '"score": 100, '),
      expected: `Bedömningsfilen har fältet "score" två gånger i "criteria[0]". ${DUPLICATE}`,
      sameToJsonParse: true,
    },
    {
      input: 'lone surrogate (escaped) in the author’s name',
      edit: (text) => text.replace('"Bilal Haddad"', '"Bilal \\ud800Haddad"'),
      expected: `Bedömningsfilen har en ogiltig teckenkod (ett ensamt surrogattecken) i "author.name". ${SURROGATE}`,
      sameToJsonParse: false,
    },
  ];

  it.each(cases.map((c) => [c.input, c] as const))('%s', async (input, testCase) => {
    const { core, facts } = await exchangeCore();
    const genuine = assessmentBytes(facts).toString('utf8');
    const tampered = testCase.edit(genuine);
    if (testCase.sameToJsonParse) expectSameToJsonParse(genuine, tampered);
    const fingerprint = dbFingerprint(core.context.paths.databaseFile);
    const [handed] = handOver(core, { 'fientlig.kvbedomning': Buffer.from(tampered) });
    const [preview] = await call(core, 'assessment:preview-import', { fileIds: [handed!.fileId], acceptedKeys: [] });
    expect(preview).toMatchObject({ status: 'refused', message: testCase.expected });
    const [applied] = await call(core, 'assessment:apply-import', { items: [{ fileId: handed!.fileId, sha256: preview!.sha256 ?? '0'.repeat(64) }], acceptedKeys: [] });
    expect(applied!.status).toBe('refused');
    const changedDatabase = dbFingerprint(core.context.paths.databaseFile) !== fingerprint;
    expect(changedDatabase).toBe(false);

    const path = writeHostile(join(tempDir(), 'fientlig.kvbedomning'), Buffer.from(tampered));
    const err: string[] = [];
    const code = await runCli(['assessment', 'verify', path], { out: () => undefined, err: (t) => void err.push(t) });
    expect(code).toBe(1);
    expect(err.join('').trimEnd()).toBe(`Fel: ${testCase.expected}`);
    recordHostile({ importer: 'kvbedomning', input, refused: applied!.status === 'refused' && code === 1, changedDatabase });
  });
});

describe('duplicate members and lone surrogates in round.json (.kvomgang)', () => {
  const bundle = sampleBundleEntries();

  const withManifest = (edit: (text: string) => string) => {
    const genuine = bundle.manifestText();
    const tampered = edit(genuine);
    return { genuine, tampered, bytes: bundle.withManifest(Buffer.from(tampered)) };
  };

  it('duplicate member: an examiner’s organisation given twice, the first one the contestant’s (jäv hidden from some readers)', async () => {
    const { genuine, tampered, bytes } = withManifest((text) => inserted(text, '"organisation": "Kulturförvaltningen"', '"organisation": "Sjövik stadsdelsförvaltning",\n      '));
    expectSameToJsonParse(genuine, tampered);
    const run = await runHostile({ importer: 'kvomgang', input: 'round.json: duplicate member (an examiner’s organisation)', bytes });
    expectRefused(run, new RegExp(`round\\.json i omgångsfilen har fältet "organisation" två gånger i "examiners\\[1\\]"\\. ${escape(DUPLICATE)}$`, 'm'));
  });

  it('lone surrogate in the round’s title', async () => {
    const { bytes } = withManifest((text) => text.replace('"title": "', '"title": "\\udfff'));
    const run = await runHostile({ importer: 'kvomgang', input: 'round.json: lone surrogate in the title', bytes });
    expectRefused(run, new RegExp(`round\\.json i omgångsfilen har en ogiltig teckenkod \\(ett ensamt surrogattecken\\) i "round\\.title"\\. ${escape(SURROGATE)}$`, 'm'));
  });
});

describe('duplicate members and lone surrogates in a criteria package (.kvpaket)', () => {
  const genuine = () => readFileSync(samplePath.package).toString('utf8');

  it('duplicate member: a criterion’s points given twice', async () => {
    const tampered = inserted(genuine(), '"points": 60', '"points": 600, ');
    expectSameToJsonParse(genuine(), tampered);
    const run = await runHostile({ importer: 'kvpaket', input: 'duplicate member (a criterion’s points)', bytes: Buffer.from(tampered) });
    expectRefused(run, new RegExp(`har fältet "points" två gånger i "package\\.areas\\[\\d+\\]\\.criteria\\[\\d+\\]"\\. ${escape(DUPLICATE)}$`, 'm'));
  });

  it('lone surrogate in the package’s title', async () => {
    const tampered = genuine().replace('"title": "', '"title": "\\ud83d');
    const run = await runHostile({ importer: 'kvpaket', input: 'lone surrogate in the title', bytes: Buffer.from(tampered) });
    expectRefused(run, new RegExp(`har en ogiltig teckenkod \\(ett ensamt surrogattecken\\) i "package\\.title"\\. ${escape(SURROGATE)}$`, 'm'));
  });
});
