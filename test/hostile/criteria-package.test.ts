import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCriteriaPackageFile } from '../../electron/core/packages/criteria-file';
import { serializeDocument, signDocument } from '../../electron/core/packages/signing';
import { examplePrivateKey } from '../helpers/bundles';
import { packageSource, samplePath } from '../helpers/samples';
import { expectRefused, runHostile, sparse, type SparseFile } from './harness';

const sample = () => readFileSync(samplePath.package);
const MiB = 1024 * 1024;
type Loose = Omit<ReturnType<typeof packageSource>, 'format' | 'formatVersion'> & { format: string; formatVersion: number };
const signedWith = (edit: (source: Loose) => void) => () => {
  const source: Loose = packageSource();
  edit(source);
  return serializeDocument(signDocument(source, examplePrivateKey()));
};

/** A value of the wrong type where the schema has another (the file is still correctly signed). */
const wrongType = (value: unknown): never => value as never;

const cases: [string, () => Buffer | SparseFile, RegExp][] = [
  ['a changed point value (signature broken)', () => Buffer.from(sample().toString('utf8').replace('"points": 60', '"points": 90')), /Signaturen i kriteriepaketet stämmer inte \(nyckel d03a d662 2c34 aeb4\)/],
  ['a newer format version', signedWith((s) => (s.formatVersion = 2)), /Filen har formatversion 2, men den här versionen av Examinator läser formatversion 1/],
  ['an unknown member (correctly signed)', signedWith((s) => Object.assign(s.package, { bonus: 10 })), /Kriteriepaketet är ogiltigt: fältet "package": okänt fält "bonus"/],
  ['a broken band layout (correctly signed)', signedWith((s) => (s.package.scales[1]!.bands[3]!.from = 60)), /Kriteriepaketet är ogiltigt: skalan resultat, band 4, fältet "from": bandet "Goda resultat" börjar på 60 och lämnar en lucka/],
  ['another format in a .kvpaket', signedWith((s) => (s.format = 'examinator.round')), /Filen är inte ett kriteriepaket \(\.kvpaket\) utan har formatet "examinator\.round"/],
  ['a 5 MB file', () => Buffer.alloc(5 * 1024 * 1024, 0x20), /är 5 MB; högst 4 MB tas emot/],
  ['not JSON (a PDF renamed)', () => readFileSync(`${samplePath.documents}/lindgarden.pdf`), /Kriteriepaketet är inte text i UTF-8/],
  ['deeply nested JSON', () => Buffer.from(`${'['.repeat(500_000)}${']'.repeat(500_000)}`), /Kriteriepaketet innehåller för djupt nästlade data för att kunna läsas \(högst 64 nivåer\)\./],
  ['deeply nested JSON inside a package', () => {
    const text = sample().toString('utf8');
    return Buffer.from(`${text.slice(0, text.lastIndexOf('}'))}, "x": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
  }, /Kriteriepaketet innehåller för djupt nästlade data för att kunna läsas/],
  ['UTF-16 text', () => Buffer.from(`\ufeff${sample().toString('utf8')}`, 'utf16le'), /Kriteriepaketet är inte text i UTF-8/],
  ['truncated JSON', () => sample().subarray(0, 500), /Kriteriepaketet är inte giltig JSON; filen kan vara trasig eller av fel typ\./],
  ['a 0-byte file', () => Buffer.alloc(0), /Kriteriepaketet är inte giltig JSON; filen kan vara trasig eller av fel typ\./],
  ['a wrong type: points as text (correctly signed)', signedWith((s) => (s.package.areas[0]!.criteria[0]!.points = wrongType('75'))), /Kriteriepaketet är ogiltigt: kriteriet 1\.1, fältet "points": ska vara ett tal\./],
  ['a wrong type: the revision as text (correctly signed)', signedWith((s) => (s.package.revision = wrongType('1'))), /Kriteriepaketet är ogiltigt: fältet "package\.revision": ska vara ett heltal\./],
  ['a wrong type: the criteria as an object (correctly signed)', signedWith((s) => (s.package.areas[0]!.criteria = wrongType({ '1.1': {} }))), /Kriteriepaketet är ogiltigt: området 1, fältet "criteria": ska vara en lista\./],
  ['duplicate criterion ids (correctly signed)', signedWith((s) => (s.package.areas[0]!.criteria[1]!.id = s.package.areas[0]!.criteria[0]!.id)), /Kriteriepaketet är ogiltigt: kriteriet 1\.1, fältet "id": kriterie-id:t "1\.1" används redan av ett annat kriterium\./],
  ['duplicate area ids (correctly signed)', signedWith((s) => (s.package.areas[1]!.id = s.package.areas[0]!.id)), /Kriteriepaketet är ogiltigt: området 1, fältet "id": område-id:t "1" finns redan\./],
  ['no signature', () => {
    const { signature: _removed, ...unsigned } = JSON.parse(sample().toString('utf8'));
    return serializeDocument(unsigned);
  }, /Kriteriepaketet saknar signatur och kan inte tas emot\./],
  ['a 200 MB file (sparse: refused by its size, never read)', () => sparse(200 * MiB), /"?[^ ]*fientlig\.kvpaket"? är 200 MB; högst 4 MB tas emot/],
  ['a signature with another algorithm', () => {
    const document = JSON.parse(sample().toString('utf8'));
    document.signature.alg = 'none';
    return serializeDocument(document);
  }, /Kriteriepaketet har en signatur med algoritmen "none"; Examinator godtar bara Ed25519/],
];

describe('hostile criteria packages (.kvpaket): refused by the CLI and the app, database unchanged', () => {
  it.each(cases)('%s', async (input, make, expected) => {
    expectRefused(await runHostile({ importer: 'kvpaket', input, bytes: make() }), expected);
  });

  it('a package signed with an unknown key: the CLI refuses naming the key, the app asks and stores nothing', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const run = await runHostile({ importer: 'kvpaket', input: 'signed with an unknown key', bytes: buildCriteriaPackageFile(packageSource(), privateKey).bytes });
    expect(run.cliCode).toBe(1);
    expect(run.cliError).toMatch(/^Fel: Filen är signerad med en nyckel som inte är betrodd \(fingeravtryck [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}\)/);
    expect(run.appStatus).toBe('untrusted-key');
    expect(run.changedDatabase).toBe(false);
  });
});
