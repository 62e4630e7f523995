import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/program';
import { EXAMPLE_KEY_ID, packageSource, roundSource, samplePath } from '../../../helpers/samples';
import { withFramsteget } from '../../../helpers/prize-round';
import { tempDir } from '../../../helpers/temp';
import { FRAMSTEGET } from '../../../../shared/formats/prizes';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

async function cli(...argv: string[]) {
  const { io, out, err } = capture();
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('') };
}

/** A refusal is exactly one Swedish line on stderr. */
function oneLine(err: string): string {
  const lines = err.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('examinator keygen', () => {
  it('writes a key pair, prints the key id and never overwrites', async () => {
    const dir = join(tempDir(), 'nycklar');
    const made = await cli('keygen', '--out', dir);
    expect(made.code).toBe(0);
    const keyId = /Nyckel-id \(fingeravtryck\): ([0-9a-f]{64})/.exec(made.out)?.[1];
    expect(keyId).toBeDefined();
    expect(readFileSync(join(dir, 'private.pem'), 'utf8')).toContain('-----BEGIN PRIVATE KEY-----');
    expect(readFileSync(join(dir, 'public.pem'), 'utf8')).toContain('-----BEGIN PUBLIC KEY-----');
    if (process.platform !== 'win32') expect(statSync(join(dir, 'private.pem')).mode & 0o777).toBe(0o600);
    const again = await cli('keygen', '--out', dir);
    expect(again.code).toBe(1);
    expect(oneLine(again.err)).toMatch(/^Fel: .*private\.pem finns redan; en befintlig nyckel skrivs aldrig över/);
  });
});

describe('examinator package', () => {
  it('verifies the sample with the example key (exit 0), in text and as JSON', async () => {
    const text = await cli('package', 'verify', samplePath.package);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Giltigt kriteriepaket: Kvalitetsutmärkelsen 2026 – exempelkriterier (ku-2026-exempel, revision 1)');
    expect(text.out).toContain('Signerat med: exempelnyckeln (d03a d662 2c34 aeb4) – övningsmaterial');
    const json = await cli('package', 'verify', samplePath.package, '--trust', samplePath.publicKey, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ valid: true, package: { criteria: 14, totalPoints: 1000 }, signer: { keyId: EXAMPLE_KEY_ID, example: true } });
  });

  it('builds with a new key; verify refuses it until the key is given with --trust', async () => {
    const dir = tempDir();
    await cli('keygen', '--out', dir);
    const out = join(dir, 'paket.kvpaket');
    expect((await cli('package', 'build', samplePath.packageSource, '--key', join(dir, 'private.pem'), '--out', out)).code).toBe(0);
    const refused = await cli('package', 'verify', out);
    expect(refused.code).toBe(1);
    expect(oneLine(refused.err)).toMatch(/^Fel: Filen är signerad med en nyckel som inte är betrodd \(fingeravtryck [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}\)\. .*--trust\.$/);
    const trusted = await cli('package', 'verify', out, '--trust', join(dir, 'public.pem'));
    expect(trusted.code).toBe(0);
    expect(trusted.out).toMatch(/Signerat med: nyckeln i .*public\.pem/);
  });

  it('refuses a tampered package with one line naming what is wrong (exit 1)', async () => {
    const path = join(tempDir(), 'andrad.kvpaket');
    writeFileSync(path, readFileSync(samplePath.package, 'utf8').replace('"points": 150', '"points": 160'));
    const result = await cli('package', 'verify', path);
    expect(result.code).toBe(1);
    expect(oneLine(result.err)).toBe(
      'Fel: Signaturen i kriteriepaketet stämmer inte (nyckel d03a d662 2c34 aeb4): innehållet har ändrats efter att det signerades. Be avsändaren om en ny fil.',
    );
  });

  it('refuses to build an invalid source, naming the criterion', async () => {
    const source = packageSource();
    source.package.areas[5]!.criteria[1]!.scale = 'resultat2';
    const path = join(tempDir(), 'kalla.json');
    writeFileSync(path, JSON.stringify(source));
    const result = await cli('package', 'build', path, '--key', samplePath.privateKey, '--out', join(tempDir(), 'x.kvpaket'));
    expect(result.code).toBe(1);
    expect(oneLine(result.err)).toBe(
      'Fel: Källfilen för kriteriepaketet är ogiltig: kriteriet 6.2, fältet "scale": skalan "resultat2" finns inte i paketet.',
    );
  });

  it('says when a file does not exist (exit 1) and exits 2 on usage errors', async () => {
    expect(oneLine((await cli('package', 'verify', '/finns/inte.kvpaket')).err)).toBe('Fel: Filen "/finns/inte.kvpaket" finns inte.');
    expect((await cli('package', 'verify')).code).toBe(2);
    expect((await cli('package', 'build', samplePath.packageSource, '--out', 'x.kvpaket')).code).toBe(2);
    expect((await cli('package', 'verify', samplePath.package, '--okand')).code).toBe(2);
  });
});

describe('examinator round', () => {
  it('verifies the sample bundle as it is', async () => {
    const result = await cli('round', 'verify', samplePath.round);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Giltig omgångsfil: Kvalitetsutmärkelsen 2026 – övningsomgång (ku-2026-ovning)');
    expect(result.out).toContain('2 tävlande, 3 examinatorer i 1 team, 2 dokument; inget jäv');
    const json = JSON.parse((await cli('round', 'verify', samplePath.round, '--json')).out);
    expect(json).toMatchObject({ valid: true, example: true, contestants: 2, teams: 1, round: { id: 'ku-2026-ovning' } });
  });

  it('builds a bundle that verifies', async () => {
    const out = join(tempDir(), 'omgang.kvomgang');
    const built = await cli('round', 'build', samplePath.roundSource, '--criteria', samplePath.package, '--documents', samplePath.documents, '--key', samplePath.privateKey, '--out', out);
    expect(built.code).toBe(0);
    expect(built.out).toContain('Omgången ku-2026-ovning är signerad');
    expect((await cli('round', 'verify', out)).code).toBe(0);
  });

  it('refuses a source with jäv, and a missing document, each in one line', async () => {
    const dir = tempDir();
    const source = roundSource();
    source.examiners[0]!.organisation = 'Norrby stadsdelsförvaltning';
    writeFileSync(join(dir, 'jav.json'), JSON.stringify(source));
    const common = ['--criteria', samplePath.package, '--key', samplePath.privateKey, '--out', join(dir, 'x.kvomgang')];
    const jav = await cli('round', 'build', join(dir, 'jav.json'), '--documents', samplePath.documents, ...common);
    expect(jav.code).toBe(1);
    expect(oneLine(jav.err)).toContain('jäv: examinatorn Anna Lind (e-anna) och den tävlande Förskolan Solrosen (c-solrosen) tillhör båda Norrby stadsdelsförvaltning');
    const missing = await cli('round', 'build', samplePath.roundSource, '--documents', dir, ...common);
    expect(oneLine(missing.err)).toBe(`Fel: Dokumentet forskolan-solrosen.pdf (documents/forskolan-solrosen.pdf) finns inte i mappen ${dir}.`);
    expect(existsSync(join(dir, 'x.kvomgang'))).toBe(false);
  });

  it('builds and verifies a round with a prize and a prize-only contestant; refuses one in neither', async () => {
    const dir = tempDir();
    const source = roundSource();
    withFramsteget(source);
    writeFileSync(join(dir, 'pris.json'), JSON.stringify(source));
    const out = join(dir, 'pris.kvomgang');
    const common = ['--criteria', samplePath.package, '--documents', samplePath.documents, '--key', samplePath.privateKey];
    expect((await cli('round', 'build', join(dir, 'pris.json'), ...common, '--out', out)).code).toBe(0);
    const verified = await cli('round', 'verify', out);
    expect(verified.out).toContain(`Pris utan poäng: ${FRAMSTEGET.title} (framsteget): Nytt, Skapar värde, Används; 2 tävlande`);
    const json = JSON.parse((await cli('round', 'verify', out, '--json')).out);
    expect(json.round.prizes[0].aspects.map((a: { id: string }) => a.id)).toEqual(['nytt', 'skapar-varde', 'anvands']);
    delete source.contestants[1]!.prizes;
    writeFileSync(join(dir, 'ingen.json'), JSON.stringify(source));
    const refused = await cli('round', 'build', join(dir, 'ingen.json'), ...common, '--out', join(dir, 'x.kvomgang'));
    expect(oneLine(refused.err)).toContain('Lindgårdens vård- och omsorgsboende har varken en tävlingsklass eller ett pris');
    expect(existsSync(join(dir, 'x.kvomgang'))).toBe(false);
  });

  it('refuses deadlines out of order in one Swedish line, and writes nothing', async () => {
    const dir = tempDir();
    const source = roundSource();
    Object.assign(source.round.deadlines, { individual: '2027-03-01', consensus: '2027-02-01', siteVisits: '2027-04-01', jury: '2027-05-01' });
    writeFileSync(join(dir, 'ordning.json'), JSON.stringify(source));
    const out = join(dir, 'x.kvomgang');
    const built = await cli('round', 'build', join(dir, 'ordning.json'), '--criteria', samplePath.package, '--documents', samplePath.documents, '--key', samplePath.privateKey, '--out', out);
    expect(built.code).toBe(1);
    expect(oneLine(built.err)).toMatch(/consensus": kan inte vara före sista dag för individuell bedömning \(2027-03-01\)/);
    expect(existsSync(out)).toBe(false);
  });
});
