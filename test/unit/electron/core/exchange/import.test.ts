import { describe, expect, it } from 'vitest';
import { readAssessmentFile } from '../../../../../electron/core/exchange/assessment-file';
import { fingerprint } from '../../../../../shared/fingerprint';
import { keyIdOf } from '../../../../../electron/core/packages/keys';
import { call, type testCore } from '../../../../helpers/core';
import { dbFingerprint } from '../../../../helpers/db-fingerprint';
import { assessmentBytes, exchangeCore, handOver, importFiles, newKey, ROUND, SOLROSEN } from '../../../../helpers/exchange';

const setup = () => exchangeCore();

const rows = (core: ReturnType<typeof testCore>) =>
  core.context.store.db.prepare('SELECT examiner_id, revision FROM received_assessments ORDER BY examiner_id, revision').all();

describe('importing assessment files: preview, then apply', () => {
  it('previews without changing anything, then applies; a first file pins the author key', async () => {
    const { core, facts } = await setup();
    const key = newKey();
    const [file] = handOver(core, { 'bilal.kvbedomning': assessmentBytes(facts, { key }) });
    const before = dbFingerprint(core.context.paths.databaseFile);
    const [preview] = await call(core, 'assessment:preview-import', { fileIds: [file!.fileId], acceptedKeys: [] });
    expect(dbFingerprint(core.context.paths.databaseFile)).toBe(before);
    expect(preview).toMatchObject({
      status: 'new',
      fileName: 'bilal.kvbedomning',
      header: { roundId: ROUND, contestantName: 'Förskolan Solrosen', examinerName: 'Bilal Haddad', stage: 'individual', revision: 1 },
      key: { keyId: keyIdOf(key), pinnedKeyId: null, accepted: false },
    });
    expect(preview!.message).toBe(
      `Ny: Individuell bedömning av Förskolan Solrosen från Bilal Haddad, revision 1. Första filen från Bilal Haddad: nyckeln med fingeravtryck ` +
        `${fingerprint(keyIdOf(key))} sparas, och senare filer från Bilal Haddad måste vara signerade med den.`,
    );

    const applied = await call(core, 'assessment:apply-import', { items: [{ fileId: file!.fileId, sha256: preview!.sha256! }], acceptedKeys: [] });
    expect(applied).toEqual([
      { fileId: file!.fileId, fileName: 'bilal.kvbedomning', status: 'added', message: 'Importerad: individuell bedömning av Förskolan Solrosen från Bilal Haddad, revision 1.' },
    ]);
    expect(core.context.store.db.prepare('SELECT examiner_id, key_id, how FROM examiner_keys').all()).toEqual([{ examiner_id: 'e-bilal', key_id: keyIdOf(key), how: 'first-file' }]);
    const received = await call(core, 'assessment:received', { roundId: ROUND });
    expect(received).toEqual([
      expect.objectContaining({ contestantId: SOLROSEN, contestantName: 'Förskolan Solrosen', examinerName: 'Bilal Haddad', stage: 'individual', revision: 1, earlierRevisions: 0 }),
    ]);
  });

  it('stores the signed bytes verbatim', async () => {
    const { core, facts } = await setup();
    const bytes = assessmentBytes(facts);
    await importFiles(core, { 'a.kvbedomning': bytes });
    const stored = core.context.store.db.prepare('SELECT content FROM received_assessments').pluck().get() as Buffer;
    expect(Buffer.compare(stored, bytes)).toBe(0);
  });

  it('is idempotent: the same file twice (even in one batch) changes nothing the second time', async () => {
    const { core, facts } = await setup();
    const bytes = assessmentBytes(facts);
    const first = await importFiles(core, { 'a.kvbedomning': bytes, 'a-kopia.kvbedomning': bytes });
    expect(first.preview.map((p) => p.status)).toEqual(['new', 'same']);
    expect(first.applied.map((a) => a.status)).toEqual(['added', 'unchanged']);
    const before = dbFingerprint(core.context.paths.databaseFile);
    const again = await importFiles(core, { 'a.kvbedomning': bytes });
    expect(again.preview[0]).toMatchObject({ status: 'same', message: 'Finns redan: Individuell bedömning av Förskolan Solrosen från Bilal Haddad, revision 1. Ingenting ändras.' });
    expect(again.applied[0]!.status).toBe('unchanged');
    expect(dbFingerprint(core.context.paths.databaseFile)).toBe(before);
  });

  it('a newer revision replaces (earlier kept as history); an older one is ignored and says so', async () => {
    const { core, facts } = await setup();
    const key = newKey();
    const r1 = assessmentBytes(facts, { key, revision: 1 });
    const r2 = assessmentBytes(facts, { key, revision: 2 });
    await importFiles(core, { 'r2.kvbedomning': r2 });
    const older = await importFiles(core, { 'r1.kvbedomning': r1 });
    expect(older.preview[0]).toMatchObject({
      status: 'older',
      heldRevision: 2,
      message: 'Äldre revision: Individuell bedömning av Förskolan Solrosen från Bilal Haddad, revision 1. Du har redan revision 2, så filen ignoreras.',
    });
    expect(older.applied[0]!.status).toBe('ignored');
    expect(rows(core)).toEqual([{ examiner_id: 'e-bilal', revision: 2 }]);
    const newer = await importFiles(core, { 'r3.kvbedomning': assessmentBytes(facts, { key, revision: 3 }) });
    expect(newer.preview[0]).toMatchObject({ status: 'newer', heldRevision: 2 });
    expect(newer.preview[0]!.message).toContain('Ersätter revision 2.');
    expect(newer.applied[0]!.status).toBe('replaced');
    expect(await call(core, 'assessment:received', { roundId: ROUND })).toEqual([expect.objectContaining({ revision: 3, earlierRevisions: 1 })]);
  });

  it('refuses the same revision with other content, naming the author', async () => {
    const { core, facts } = await setup();
    const key = newKey();
    await importFiles(core, { 'a.kvbedomning': assessmentBytes(facts, { key }) });
    const other = await importFiles(core, { 'b.kvbedomning': assessmentBytes(facts, { key, exportedAt: '2026-09-11T12:00:00.000Z' }) });
    expect(other.preview[0]).toMatchObject({ status: 'refused' });
    expect(other.applied[0]!.message).toBe(
      'Du har redan revision 1 från Bilal Haddad för Förskolan Solrosen, men med annat innehåll. Be Bilal Haddad exportera en ny revision.',
    );
  });

  it('refuses a key that differs from the pinned one, showing both fingerprints, until the user accepts it (recorded)', async () => {
    const { core, facts } = await setup();
    const oldKey = newKey();
    const freshKey = newKey();
    await importFiles(core, { 'r1.kvbedomning': assessmentBytes(facts, { key: oldKey }) });
    const r2 = assessmentBytes(facts, { key: freshKey, revision: 2 });
    const before = dbFingerprint(core.context.paths.databaseFile);
    const refused = await importFiles(core, { 'r2.kvbedomning': r2 });
    expect(refused.preview[0]).toMatchObject({ status: 'key-changed', key: { keyId: keyIdOf(freshKey), pinnedKeyId: keyIdOf(oldKey), accepted: false } });
    expect(refused.preview[0]!.message).toBe(
      `Filen är signerad med en annan nyckel (fingeravtryck ${fingerprint(keyIdOf(freshKey))}) än den som sparades för Bilal Haddad ` +
        `(fingeravtryck ${fingerprint(keyIdOf(oldKey))}). Kontrollera med Bilal Haddad att nyckeln är ny innan du godtar den.`,
    );
    expect(refused.applied[0]!.status).toBe('refused');
    expect(dbFingerprint(core.context.paths.databaseFile)).toBe(before);

    const accepted = [{ roundId: ROUND, examinerId: 'e-bilal', keyId: keyIdOf(freshKey) }];
    const again = await importFiles(core, { 'r2.kvbedomning': r2 }, accepted);
    expect(again.preview[0]).toMatchObject({ status: 'newer', key: { accepted: true, pinnedKeyId: keyIdOf(oldKey) } });
    expect(again.applied[0]!.status).toBe('replaced');
    expect(core.context.store.db.prepare('SELECT key_id, how, previous_key_id FROM examiner_keys ORDER BY id').all()).toEqual([
      { key_id: keyIdOf(oldKey), how: 'first-file', previous_key_id: null },
      { key_id: keyIdOf(freshKey), how: 'accepted-change', previous_key_id: keyIdOf(oldKey) },
    ]);
    // The old key is no longer the author's.
    const stale = await importFiles(core, { 'r3.kvbedomning': assessmentBytes(facts, { key: oldKey, revision: 3 }) });
    expect(stale.preview[0]!.status).toBe('key-changed');
  });

  it('accepting a key for one examiner does not accept it for another', async () => {
    const { core, facts } = await setup();
    const key = newKey();
    await importFiles(core, { 'c.kvbedomning': assessmentBytes(facts, { author: { examinerId: 'e-cecilia', name: 'Cecilia Ek' } }) });
    const wrongExaminer = [{ roundId: ROUND, examinerId: 'e-bilal', keyId: keyIdOf(key) }];
    const result = await importFiles(core, { 'c2.kvbedomning': assessmentBytes(facts, { key, revision: 2, author: { examinerId: 'e-cecilia', name: 'Cecilia Ek' } }) }, wrongExaminer);
    expect(result.applied[0]!.status).toBe('refused');
  });

  it('refuses to apply a file that changed after the preview', async () => {
    const { core, facts } = await setup();
    const [file] = handOver(core, { 'a.kvbedomning': assessmentBytes(facts) });
    const applied = await call(core, 'assessment:apply-import', { items: [{ fileId: file!.fileId, sha256: 'f'.repeat(64) }], acceptedKeys: [] });
    expect(applied[0]).toMatchObject({ status: 'refused', message: '"a.kvbedomning" har ändrats sedan förhandsgranskningen. Importera den igen.' });
    expect(rows(core)).toEqual([]);
  });

  it('reads back what was built', async () => {
    const { facts } = await setup();
    const read = readAssessmentFile(assessmentBytes(facts));
    expect(read.file.author.name).toBe('Bilal Haddad');
  });
});
