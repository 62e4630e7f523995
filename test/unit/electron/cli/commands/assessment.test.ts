import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/program';
import { keyIdOf } from '../../../../../electron/core/packages/keys';
import { call } from '../../../../helpers/core';
import { assessmentBytes, exchangeCore, individualCriteria, LINDGARDEN, newKey, prizeAssessments, ROUND, roundVariantFile, SOLROSEN } from '../../../../helpers/exchange';
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

  it('names a prize entry’s aspects, and with --round checks them against the prizes the contestant enters', async () => {
    const { facts } = await exchangeCore({ round: 'prizes' });
    const round = await roundVariantFile('prizes', tempDir());
    const solrosen = assessmentBytes(facts, { prizes: prizeAssessments(facts, SOLROSEN) });
    const text = await verify(solrosen, '--round', round);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Priser: Framsteget – Stockholms stads pris för nyskapande (3 aspekter)\n');
    expect(JSON.parse((await verify(solrosen, '--json')).out)).toMatchObject({ criteria: 14, prizes: [{ prizeId: 'framsteget', aspects: 3 }] });

    // A prize-only contestant: no criteria, two prizes; its file is checked, and refused with a class's criteria.
    const lindgarden = { contestantId: LINDGARDEN, prizes: prizeAssessments(facts, LINDGARDEN) };
    const prizeOnly = await verify(assessmentBytes(facts, lindgarden), '--round', round, '--json');
    expect(prizeOnly.code).toBe(0);
    expect(JSON.parse(prizeOnly.out)).toMatchObject({ contestant: LINDGARDEN, criteria: 0, prizes: [{ prizeId: 'framsteget', aspects: 3 }, { prizeId: 'miljopriset', aspects: 1 }] });
    const scored = await verify(assessmentBytes(facts, { ...lindgarden, criteria: individualCriteria(facts, SOLROSEN) }), '--round', round);
    expect(scored.code).toBe(1);
    expect(scored.err).toMatch(/Fel: anna\.kvbedomning: Bedömningsfilen stämmer inte med omgången: kriteriet 1\.1: Lindgårdens vård- och omsorgsboende tävlar bara om priser/);
    const notEntered = await verify(assessmentBytes(facts, { prizes: prizeAssessments(facts, LINDGARDEN) }), '--round', round);
    expect(notEntered.code).toBe(1);
    expect(notEntered.err).toMatch(/Förskolan Solrosen tävlar inte om priset Miljöpriset\./);
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
