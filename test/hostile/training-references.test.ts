import { createHash, generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, it } from 'vitest';
import { buildAssessmentFile } from '../../electron/core/exchange/assessment-file';
import { signReference } from '../../electron/core/calibration/reference-file';
import { serializeDocument, signDocument } from '../../electron/core/packages/signing';
import { examplePrivateKey } from '../helpers/bundles';
import { documentSha256, referenceBytes, referencePath, referenceSource, samplePackage, trainingBundleBytes } from '../helpers/training';
import { expectRefused, runHostile } from './harness';
import { craftZip, deflatedZeros, entriesOf, type CraftEntry } from './zip-craft';

type Manifest = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- hostile edits reach anywhere
let valid: { name: string; bytes: Buffer }[] = [];
const SOLROSEN = referencePath('c-solrosen');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  valid = await entriesOf(await trainingBundleBytes());
}, 60_000);

const entries = (): CraftEntry[] => valid.map((e) => ({ name: e.name, bytes: e.bytes }));
const bytesOf = (name: string) => valid.find((e) => e.name === name)!.bytes;

/** round.json edited and signed again with the example key; `swap` changes entries (a valid signature over bad content). */
const resigned = (edit: (manifest: Manifest) => void, swap: (entries: CraftEntry[]) => CraftEntry[] = (e) => e) => () => {
  const manifest = JSON.parse(bytesOf('round.json').toString('utf8')) as Manifest;
  edit(manifest);
  const { signature: _old, ...unsigned } = manifest;
  const signed = serializeDocument(signDocument(unsigned, examplePrivateKey()));
  return craftZip(swap(entries().map((e) => (e.name === 'round.json' ? { name: e.name, bytes: signed } : e))));
};

/** Solrosen's reference replaced by `bytes`, round.json listing its true hash (so only the reference itself is wrong). */
const solrosenReference = (bytes: () => Buffer) => () => {
  const made = bytes();
  return resigned(
    (m) => (m.training.references.find((r: Manifest) => r.path === SOLROSEN).sha256 = sha256(made)),
    (list) => list.map((e) => (e.name === SOLROSEN ? { name: e.name, bytes: made } : e)),
  )();
};
const sourceWith = (edit: (source: Manifest) => void) => {
  const source = referenceSource('c-solrosen') as Manifest;
  edit(source);
  return referenceBytes(source);
};

const cases: [string, () => Buffer, RegExp][] = [
  ['a reference signed with another key than the round', solrosenReference(() => referenceBytes(referenceSource('c-solrosen'), generateKeyPairSync('ed25519').privateKey)),
    /Referensbedömningen reference\/c-solrosen\.kvbedomning är signerad med nyckeln [0-9a-f ]{19}, men omgången med d03a d662 2c34 aeb4\. En referensbedömning ska vara signerad med samma nyckel som omgången\./],
  ['a reference for another round', solrosenReference(() => sourceWith((s) => (s.round.id = 'ku-2025-ovning'))), /reference\/c-solrosen\.kvbedomning gäller omgången ku-2025-ovning, inte ku-2026-ovning/],
  ['a reference for another criteria package', solrosenReference(() =>
    signReference(referenceSource('c-solrosen'), Buffer.alloc(0), { ...samplePackage(), sha256: '0'.repeat(64) }, examplePrivateKey()).bytes),
  /reference\/c-solrosen\.kvbedomning gäller kriteriepaketet ku-2026-exempel revision 1, men omgången använder/],
  ['a reference for another contestant (the two swapped in round.json)', resigned((m) => {
    const [a, b] = m.training.references;
    [a.contestant, b.contestant] = [b.contestant, a.contestant];
  }), /Referensbedömningen reference\/c-(solrosen|lindgarden)\.kvbedomning gäller den tävlande c-(solrosen|lindgarden), men round\.json anger den för/],
  ['an individual assessment as reference', solrosenReference(() => {
    const pkg = samplePackage();
    return buildAssessmentFile({
      roundId: 'ku-2026-ovning', criteriaPackage: { id: pkg.package.id, revision: pkg.package.revision, sha256: pkg.sha256 }, contestantId: 'c-solrosen',
      stage: 'individual', author: { examinerId: 'stadsledningskontoret', name: 'Stadsledningskontoret' }, revision: 1, exportedAt: '2026-08-01T10:00:00Z',
      includesPrivateNotes: false, criteria: [],
    }, examplePrivateKey()).bytes;
  }), /reference\/c-solrosen\.kvbedomning är ingen konsensusbedömning/],
  ['evidence in another contestant\'s document', solrosenReference(() => sourceWith((s) => (s.criteria[0].strengths[0].evidence[0].documentSha256 = documentSha256('c-lindgarden')))),
    /Referensbedömningen reference\/c-solrosen\.kvbedomning passar inte omgången: kriteriet 1\.1: ett belägg pekar på ett dokument \([0-9a-f]{8}…\) som inte hör till Förskolan Solrosen/],
  ['a score off the scale', solrosenReference(() => sourceWith((s) => (s.criteria[0].score = 55))), /passar inte omgången: kriteriet 1\.1: poängen 55 är inte giltig på skalan 0–100 med steg 10/],
  ['a criterion of another class', solrosenReference(() => sourceWith((s) => s.criteria.push({ ...s.criteria[0], criterionId: '9.9' }))), /passar inte omgången: kriteriet 9\.9 finns inte i kriteriepaketet/],
  ['the reference changed after the round was signed', () =>
    craftZip(entries().map((e) => (e.name === SOLROSEN ? { name: e.name, bytes: Buffer.from(e.bytes!.toString('utf8').replace('Referensens styrka', 'Referensens svaghet')) } : e))),
  /Referensbedömningen reference\/c-solrosen\.kvbedomning stämmer inte med kontrollsumman i round\.json/],
  ['the reference changed and its hash updated (signature broken)', solrosenReference(() => Buffer.from(bytesOf(SOLROSEN).toString('utf8').replace('Referensens styrka', 'Referensens svaghet'))),
    /Signaturen i referensbedömningen reference\/c-solrosen\.kvbedomning stämmer inte/],
  ['two references for one contestant', resigned((m) => m.training.references.push({ ...m.training.references[0], path: 'reference/kopia.kvbedomning' }),
    (list) => [...list, { name: 'reference/kopia.kvbedomning', bytes: bytesOf(SOLROSEN) }]), /den tävlande "c-solrosen" har redan en referensbedömning/],
  ['one path for two references (differing in case)', resigned((m) => (m.training.references[1].path = SOLROSEN.toUpperCase().replace('REFERENCE/', 'reference/').replace('.KVBEDOMNING', '.kvbedomning'))),
    /sökvägen reference\/C-SOLROSEN\.kvbedomning används redan av en annan referensbedömning/],
  ['path traversal in a reference path', resigned((m) => (m.training.references[0].path = 'reference/../round.json')), /sökvägen får inte innehålla "\." eller "\.\."/],
  ['a reference outside reference/', resigned((m) => (m.training.references[0].path = 'documents/facit.kvbedomning')), /sökvägen ska ha formen reference\/<filnamn>\.kvbedomning/],
  ['a reference for a contestant not in the round', resigned((m) => (m.training.references[0].contestant = 'c-okand')), /den tävlande "c-okand" finns inte bland de tävlande/],
  ['a listed reference missing from the ZIP', () => craftZip(entries().filter((e) => e.name !== SOLROSEN)), /Omgångsfilen saknar reference\/c-solrosen\.kvbedomning, som round\.json listar/],
  ['an extra reference not in round.json', () => craftZip([...entries(), { name: 'reference/extra.kvbedomning', bytes: bytesOf(SOLROSEN) }]), /Omgångsfilen innehåller "reference\/extra\.kvbedomning", som inte finns i round\.json/],
  ['a 64 MB reference (deflated zeros)', () => craftZip(entries().map((e) => (e.name === SOLROSEN ? { name: e.name, deflated: deflatedZeros(64 * 1024 * 1024) } : e))),
    /"reference\/c-solrosen\.kvbedomning" i omgångsfilen är 64 MB uppackad; högst 8 MB är tillåtet/],
  ['an empty training list', resigned((m) => (m.training.references = [])), /fältet "training\.references": minst en referensbedömning behövs/],
];

describe('hostile training references in a round bundle: refused by the CLI and the app, database unchanged', () => {
  it.each(cases)('%s', async (input, make, expected) => {
    expectRefused(await runHostile({ importer: 'kvomgang', input, bytes: make() }), expected);
  });
});
