import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/program';
import { keyIdOf } from '../../../../../electron/core/packages/keys';
import { call } from '../../../../helpers/core';
import { assessmentBytes, exchangeCore, newKey, ROUND, SOLROSEN } from '../../../../helpers/exchange';
import { completeMyAssessment } from '../../../../helpers/scoring';
import { tempDir } from '../../../../helpers/temp';

async function verify(bytes: Buffer, ...flags: string[]) {
  const path = join(tempDir(), 'anna.kvbedomning');
  writeFileSync(path, bytes);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['assessment', 'verify', path, ...flags], { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join(''), path };
}

describe('examinator assessment verify', () => {
  it('prints round, contestant, author, stage, revision and the key fingerprint (text and JSON)', async () => {
    const { facts } = await exchangeCore();
    const key = newKey();
    const bytes = assessmentBytes(facts, { key, revision: 3 });
    const text = await verify(bytes);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Giltig bedömningsfil: individuell bedömning, revision 3');
    expect(text.out).toContain('Omgång: ku-2026-ovning (kriteriepaket ku-2026-exempel revision 1)');
    expect(text.out).toContain('Tävlande: c-solrosen');
    expect(text.out).toContain('Författare: Bilal Haddad (e-bilal), exporterad 2026-09-10T12:00:00.000Z');
    expect(text.out).toContain(`Signerad med nyckeln: ${keyIdOf(key).slice(0, 16).match(/.{4}/g)!.join(' ')}\n`);
    const json = await verify(bytes, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ valid: true, round: 'ku-2026-ovning', contestant: 'c-solrosen', stage: 'individual', revision: 3, author: { examinerId: 'e-bilal', name: 'Bilal Haddad' }, keyId: keyIdOf(key), criteria: 14 });
  });

  it('exits 1 with one Swedish line when refused', async () => {
    const { facts } = await exchangeCore();
    const tampered = Buffer.from(assessmentBytes(facts).toString('utf8').replace('Styrka 1 för 1.1', 'Styrka 1 för 1.2'));
    const refused = await verify(tampered);
    expect(refused.code).toBe(1);
    expect(refused.err.trimEnd().split('\n')).toHaveLength(1);
    expect(refused.err).toMatch(/^Fel: Signaturen i bedömningsfilen stämmer inte/);
    const missing = await runCli(['assessment', 'verify', join(tempDir(), 'finns-inte.kvbedomning')], { out: () => undefined, err: () => undefined });
    expect(missing).toBe(1);
  });
});

describe('examinator assessment verify-log', () => {
  it('verifies a change log saved from the app, and refuses one with an edited entry', async () => {
    const { core } = await exchangeCore();
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-cecilia', change: false });
    const view = await completeMyAssessment(core, ROUND, SOLROSEN, { privateNote: 'Hemligt.' });
    const saved = (await call(core, 'assessment:export-log', { assessmentId: view.id, includePrivateNotes: false }))!;
    const run = async (path: string, ...flags: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(['assessment', 'verify-log', path, ...flags], { out: (t) => void out.push(t), err: (t) => void err.push(t) });
      return { code, out: out.join('\n'), err: err.join('') };
    };
    const ok = await run(saved.path);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^Ändringsloggen håller: \d+ poster, kedjan obruten\./);
    expect(JSON.parse((await run(saved.path, '--json')).out)).toMatchObject({ valid: true, assessment: { contestantId: SOLROSEN, examinerId: 'e-cecilia' } });

    const log = JSON.parse(readFileSync(saved.path, 'utf8')) as { entries: { new?: unknown }[] };
    const edited = log.entries.findIndex((e) => typeof e.new === 'number');
    log.entries[edited]!.new = 100;
    const tampered = join(tempDir(), 'andrad.json');
    writeFileSync(tampered, JSON.stringify(log));
    const refused = await run(tampered);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^Fel: Ändringsloggen håller inte: Post \d+ har ändrats efter att den skrevs\./);
  });
});
