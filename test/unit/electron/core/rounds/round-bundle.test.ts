import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyIdOf } from '../../../../../electron/core/packages/keys';
import { readRoundBundle } from '../../../../../electron/core/rounds/round-bundle-read';
import { commandLineKey, trustSet, builtInKeys } from '../../../../../electron/core/packages/trust-store';
import { bundleBytes, bundleFile, exampleTrust, RESOURCES } from '../../../../helpers/bundles';
import { EXAMPLE_KEY_ID, samplePath } from '../../../../helpers/samples';

describe('round bundles', () => {
  it('reads the sample bundle as it is: signatures, package, documents', async () => {
    const round = await readRoundBundle(samplePath.round, exampleTrust());
    expect(round.manifest.round.id).toBe('ku-2026-ovning');
    expect(round.signer.keyId).toBe(EXAMPLE_KEY_ID);
    expect(round.example).toBe(true);
    expect(round.criteria.sha256).toBe(round.manifest.criteriaPackage.sha256);
    expect(round.documents.map((d) => [d.contestantId, d.document.path, d.prepared.mediaType])).toEqual([
      ['c-solrosen', 'documents/forskolan-solrosen.pdf', 'application/pdf'],
      ['c-lindgarden', 'documents/lindgarden.pdf', 'application/pdf'],
    ]);
  });

  it('builds deterministically: the same input twice gives identical bytes, and round.json equals the sample\'s', async () => {
    const [a, b] = await Promise.all([bundleBytes(), bundleBytes()]);
    expect(a.equals(b)).toBe(true);
    const round = await readRoundBundle(await bundleFile(), exampleTrust());
    const sample = await readRoundBundle(samplePath.round, exampleTrust());
    expect(round.manifestBytes.equals(sample.manifestBytes)).toBe(true);
  });

  it('reads a bundle signed with another key only when that key is trusted, and then not as example material', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const own = commandLineKey(privateKey, 'kontoret.pem', RESOURCES);
    const path = await bundleFile({ key: privateKey, trust: [own] });
    await expect(readRoundBundle(path, exampleTrust())).rejects.toMatchObject({ code: 'untrusted-key', keyId: keyIdOf(privateKey) });
    const round = await readRoundBundle(path, trustSet(builtInKeys(RESOURCES), [own]));
    expect(round.example).toBe(false);
  });

  it('carries declared conflicts into the signed round.json when no team breaks them', async () => {
    const declared = [{ examiner: 'e-cecilia', contestant: 'c-lindgarden', reason: 'släkting i ledningen' }];
    const path = await bundleFile({
      editRound: (round) => {
        round.examiners.push({ id: 'e-dana', name: 'Dana Berg', email: 'dana@example.se', organisation: 'Idrottsförvaltningen' });
        round.teams = [
          { id: 'lag-1', lead: 'e-anna', members: ['e-anna', 'e-bilal', 'e-cecilia'], contestants: ['c-solrosen'] },
          { id: 'lag-2', lead: 'e-dana', members: ['e-dana'], contestants: ['c-lindgarden'] },
        ];
        Object.assign(round, { declaredConflicts: declared });
      },
    });
    const round = await readRoundBundle(path, exampleTrust());
    expect(round.manifest.declaredConflicts).toEqual(declared);
  });

  it('carries the feedback policy (round.feedback) into the signed round.json', async () => {
    const feedback = { scores: 'bands' as const, examinerNames: true, sender: 'Stadsledningskontoret', contact: { name: 'Maria Holm', email: 'maria.holm@stockholm.se' } };
    const path = await bundleFile({ editRound: (round) => Object.assign(round.round, { feedback }) });
    const round = await readRoundBundle(path, exampleTrust());
    expect(round.manifest.round.feedback).toEqual(feedback);
  });

  it('refuses to build a round with jäv, naming the pair', async () => {
    await expect(
      bundleBytes({ editRound: (s) => (s.examiners[2]!.organisation = 'Sjövik stadsdelsförvaltning') }),
    ).rejects.toThrow(/jäv: examinatorn Cecilia Ek \(e-cecilia\) och den tävlande Lindgårdens vård- och omsorgsboende \(c-lindgarden\)/);
  });

  it('refuses to build when a document is not what the source says it is', async () => {
    const docx = readFileSync(`${samplePath.documents}/lindgarden.docx`);
    await expect(bundleBytes({ documents: { 'lindgarden.pdf': docx } })).rejects.toThrow(
      'documents/lindgarden.pdf är inte en PDF, som källfilen säger.',
    );
  });

  it('refuses to build against a package with another id or without the contestant\'s class', async () => {
    await expect(bundleBytes({ editRound: (s) => (s.contestants[0]!.class = 'hemtjanst') })).rejects.toThrow(
      /den tävlande c-solrosen, fältet "class": tävlingsklassen "hemtjanst" finns inte i kriteriepaketet/,
    );
  });
});
