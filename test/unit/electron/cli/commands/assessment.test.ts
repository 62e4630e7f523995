import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/program';
import { keyIdOf } from '../../../../../electron/core/packages/keys';
import { assessmentBytes, exchangeCore, newKey } from '../../../../helpers/exchange';
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
    expect(text.out).toContain(`Signerad med nyckeln: ${keyIdOf(key).match(/.{4}/g)!.join(' ')}`);
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
