import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCriteriaPackageFile } from '../../electron/core/packages/criteria-file';
import { serializeDocument, signDocument } from '../../electron/core/packages/signing';
import { bundleBytes, examplePrivateKey } from '../helpers/bundles';
import { packageSource, samplePath } from '../helpers/samples';
import { expectRefused, runHostile, sparse, type SparseFile } from './harness';
import { craftZip, deflatedZeros, entriesOf, type CraftEntry } from './zip-craft';

type Entries = CraftEntry[];
let valid: { name: string; bytes: Buffer }[] = [];
let bomb: ReturnType<typeof deflatedZeros>;
let fifty: ReturnType<typeof deflatedZeros>;
const MiB = 1024 * 1024;

beforeAll(async () => {
  valid = await entriesOf(await bundleBytes());
  bomb = deflatedZeros(2 * 1024 * 1024 * 1024);
  fifty = deflatedZeros(50 * MiB);
}, 60_000);

const LINDGARDEN = 'documents/lindgarden.pdf';
const entries = (): Entries => valid.map((e) => ({ name: e.name, bytes: e.bytes }));
const bytesOf = (name: string) => valid.find((e) => e.name === name)!.bytes;
/** Entry makers run when the test runs (the valid entries exist only then). */
const replace = (name: string, entry: () => Omit<CraftEntry, 'name'> & { name?: string }) => () =>
  craftZip(entries().map((e) => (e.name === name ? { name, ...entry() } : e)));
const drop = (name: string) => () => craftZip(entries().filter((e) => e.name !== name));
const add = (extra: () => CraftEntry[]) => () => craftZip([...entries(), ...extra()]);

type Manifest = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- hostile edits reach anywhere

/** round.json changed and signed again with the example key (a valid signature over bad content). */
const resigned = (edit: (manifest: Manifest) => void, swap: (e: CraftEntry) => CraftEntry = (e) => e, key: KeyObject = examplePrivateKey()) => () => {
  const manifest = JSON.parse(bytesOf('round.json').toString('utf8')) as Manifest;
  edit(manifest);
  const { signature: _old, ...unsigned } = manifest;
  const signed = serializeDocument(signDocument(unsigned, key));
  return craftZip(entries().map((e) => swap(e.name === 'round.json' ? { name: e.name, bytes: signed } : e)));
};
const docx = () => readFileSync(join(samplePath.documents, 'lindgarden.docx'));

const cases: [string, () => Buffer | SparseFile, RegExp][] = [
  ['path traversal (../ in an entry name)', replace(LINDGARDEN, () => ({ name: '../../../tmp/lindgarden.pdf', bytes: bytesOf(LINDGARDEN) })), /innehåller en post som pekar ut ur arkivet med "\.\.": "\.\.\/\.\.\/\.\.\/tmp\/lindgarden\.pdf"/],
  ['path traversal listed in round.json', resigned((m) => (m.contestants[1].documents[0].path = 'documents/../lindgarden.pdf')), /dokumentet documents\/\.\.\/lindgarden\.pdf, fältet "path": sökvägen får inte innehålla "\.\."/],
  ['absolute path', replace(LINDGARDEN, () => ({ name: '/etc/lindgarden.pdf', bytes: bytesOf(LINDGARDEN) })), /en post som har en absolut sökväg: "\/etc\/lindgarden\.pdf"/],
  ['Windows drive path', replace(LINDGARDEN, () => ({ name: 'C:/lindgarden.pdf', bytes: bytesOf(LINDGARDEN) })), /en post som har en absolut sökväg: "C:\/lindgarden\.pdf"/],
  ['backslash in an entry name', replace(LINDGARDEN, () => ({ name: 'documents\\lindgarden.pdf', bytes: bytesOf(LINDGARDEN) })), /en post som har ett namn med bakåtsnedstreck/],
  ['ZIP bomb: a 2 GiB entry of zeros (~2 MB compressed)', replace(LINDGARDEN, () => ({ deflated: bomb })), /"documents\/lindgarden\.pdf" i omgångsfilen är 2,0 GB uppackad; högst 50 MB är tillåtet/],
  ['ZIP bomb with a forged size (declares 157 612 bytes, inflates to 2 GiB)', replace(LINDGARDEN, () => ({ deflated: bomb, declaredSize: 157_612 })), /"documents\/lindgarden\.pdf" i omgångsfilen är skadad och kan inte packas upp/],
  ['missing document', drop(LINDGARDEN), /Omgångsfilen saknar documents\/lindgarden\.pdf, som round\.json listar\./],
  ['missing criteria package', drop('criteria.kvpaket'), /Omgångsfilen saknar kriteriepaketet \(criteria\.kvpaket\)\./],
  ['missing round.json', drop('round.json'), /Omgångsfilen saknar round\.json/],
  ['extra document', add(() => [{ name: 'documents/bilaga.pdf', bytes: bytesOf(LINDGARDEN) }]), /Omgångsfilen innehåller "documents\/bilaga\.pdf", som inte finns i round\.json/],
  ['extra file outside documents/', add(() => [{ name: 'las-mig.txt', bytes: Buffer.from('hej') }]), /innehåller "las-mig\.txt", som inte finns i round\.json/],
  ['document hash mismatch (same size)', replace(LINDGARDEN, () => ({ bytes: Buffer.from(bytesOf(LINDGARDEN)).fill(0x20, 1000, 1010) })), /documents\/lindgarden\.pdf i omgångsfilen stämmer inte med sin kontrollsumma i round\.json/],
  ['document size mismatch', replace(LINDGARDEN, () => ({ bytes: Buffer.concat([bytesOf(LINDGARDEN), Buffer.from('\n')]) })), /documents\/lindgarden\.pdf i omgångsfilen är 157613 byte, men round\.json säger 157612 byte/],
  ['document of another type than declared', resigned(
    (m) => Object.assign(m.contestants[1].documents[0], { bytes: docx().length, sha256: createHash('sha256').update(docx()).digest('hex') }),
    (e) => (e.name === LINDGARDEN ? { name: e.name, bytes: docx() } : e),
  ), /documents\/lindgarden\.pdf i omgångsfilen är inte en PDF, som round\.json säger/],
  ['jäv pair (correctly signed)', resigned((m) => (m.examiners[0].organisation = 'Sjövik stadsdelsförvaltning')), /jäv: examinatorn Anna Lind \(e-anna\) och den tävlande Lindgårdens vård- och omsorgsboende \(c-lindgarden\) tillhör båda Sjövik stadsdelsförvaltning/],
  ['symlink entry', replace(LINDGARDEN, () => ({ bytes: Buffer.from('/etc/passwd'), mode: 0o120777 })), /innehåller en symbolisk länk \("documents\/lindgarden\.pdf"\)/],
  ['duplicate entry', add(() => [{ name: 'round.json', bytes: Buffer.from('{}') }]), /Omgångsfilen innehåller "round\.json" två gånger/],
  ['oversized criteria package entry (8 MB)', replace('criteria.kvpaket', () => ({ deflated: deflatedZeros(8 * 1024 * 1024) })), /"criteria\.kvpaket" i omgångsfilen är 8 MB uppackad; högst 4 MB är tillåtet/],
  ['too many entries', add(() => Array.from({ length: 6100 }, (_, i) => ({ name: `documents/x${i}.pdf`, bytes: Buffer.from('x') }))), /Omgångsfilen innehåller 6104 filer; högst 6096 är tillåtna/],
  ['truncated ZIP', () => craftZip(entries()).subarray(0, 200_000), /Omgångsfilen är ingen läsbar ZIP-fil/],
  ['not a ZIP (a PDF renamed)', () => bytesOf(LINDGARDEN), /Omgångsfilen är ingen läsbar ZIP-fil/],
  ['empty file', () => Buffer.alloc(0), /Omgångsfilen är ingen läsbar ZIP-fil/],
  ['round.json changed after signing', replace('round.json', () => ({ bytes: Buffer.from(bytesOf('round.json').toString('utf8').replace('Förskolan Solrosen', 'Förskolan Solrosor')) })), /Signaturen i omgångsfilen stämmer inte \(nyckel d03a d662 2c34 aeb4\)/],
  ['round.json of a newer format version', resigned((m) => (m.formatVersion = 2)), /Filen har formatversion 2, men den här versionen av Examinator läser formatversion 1/],
  ['round.json with an unknown member', resigned((m) => (m.round.venue = 'Stadshuset')), /okänt fält "venue"/],
  ['a contestant in neither the scored award nor a prize (correctly signed)', resigned((m) => delete m.contestants[1].class), /Lindgårdens vård- och omsorgsboende har varken en tävlingsklass eller ett pris/],
  ['a contestant entered for a prize the round does not have (correctly signed)', resigned((m) => (m.contestants[0].prizes = ['framsteget'])), /Förskolan Solrosen anmäls till priset "framsteget", som inte finns bland omgångens priser/],
  ['a prize with a thousand aspects (correctly signed)', resigned((m) => (m.round.prizes = [{ id: 'p', title: 'P', description: 'D', aspects: Array.from({ length: 1000 }, (_, i) => ({ id: `a${i}`, title: 'A', description: 'D' })) }])), /högst 20 aspekter/],
  ['truncated round.json', replace('round.json', () => ({ bytes: bytesOf('round.json').subarray(0, 300) })), /round\.json i omgångsfilen är inte giltig JSON; filen kan vara trasig eller av fel typ\./],
  ['round.json with a wrong type: the year as text (correctly signed)', resigned((m) => (m.round.year = '2026')), /Omgångsfilens round\.json är ogiltig: fältet "round\.year": ska vara ett heltal\./],
  ['round.json with a wrong type: the contestants as text (correctly signed)', resigned((m) => (m.contestants = 'alla')), /Omgångsfilens round\.json är ogiltig: fältet "contestants": ska vara en lista\./],
  ['round.json without a signature', replace('round.json', () => {
    const { signature: _removed, ...unsigned } = JSON.parse(bytesOf('round.json').toString('utf8')) as Manifest;
    return { bytes: serializeDocument(unsigned) };
  }), /Omgångsfilen saknar signatur och kan inte tas emot\./],
  ['over the total size limit: nine 50 MB entries, 450 MB uncompressed (~0,5 MB compressed)', add(() =>
    Array.from({ length: 9 }, (_, i) => ({ name: `documents/fyllnad-${i + 1}.pdf`, deflated: fifty })),
  ), /Omgångsfilen är större än 400 MB uppackad och kan inte tas emot\./],
  ['a 200 MB file (sparse zeros: no ZIP directory at its end, never read whole)', () => sparse(200 * MiB), /Omgångsfilen är ingen läsbar ZIP-fil; den kan vara trasig eller av fel typ\./],
  ['a 500 MB file (sparse: over the 400 MB file limit, never opened)', () => sparse(500 * MiB), /(Omgångsfilen|fientlig\.kvomgang"?) är 500 MB; högst 400 MB tas emot\./],
  ['criteria package swapped for another signed one', replace('criteria.kvpaket', () => ({
    bytes: buildCriteriaPackageFile({ ...packageSource(), package: { ...packageSource().package, title: 'Annan' } }, examplePrivateKey()).bytes,
  })), /Kriteriepaketet i omgångsfilen stämmer inte med sin kontrollsumma i round\.json/],
];

describe('hostile round bundles (.kvomgang): refused by the CLI and the app, quickly, in bounded memory, database unchanged', () => {
  it.each(cases)('%s', async (input, make, expected) => {
    expectRefused(await runHostile({ importer: 'kvomgang', input, bytes: make() }), expected);
  });

  it('round.json signed with an unknown key: the CLI refuses naming the key, the app asks and stores nothing', async () => {
    const unknown = generateKeyPairSync('ed25519').privateKey;
    const run = await runHostile({ importer: 'kvomgang', input: 'round.json signed with an unknown key', bytes: resigned(() => undefined, undefined, unknown)() });
    expect(run.cliCode).toBe(1);
    expect(run.cliError).toMatch(/^Fel: Filen är signerad med en nyckel som inte är betrodd \(fingeravtryck [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}\)\. Kontrollera nyckeln med stadsledningskontoret/);
    expect(run.appError).toBeNull();
    expect(run.appStatus).toBe('untrusted-key');
    expect(run.changedDatabase).toBe(false);
  });
});
