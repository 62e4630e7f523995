import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { call, testCore } from '../../../../helpers/core';
import { assessmentBytes, exchangeCore, importFiles, individualCriteria, newKey, ROUND, SOLROSEN } from '../../../../helpers/exchange';

function fileContains(path: string, text: string): boolean {
  return existsSync(path) && readFileSync(path).includes(Buffer.from(text, 'utf8'));
}

describe('Radera omgången', () => {
  it('removes the round, its documents and every backup containing it, leaving no trace in the file', async () => {
    const core = testCore();
    const before = await call(core, 'backup:create', {});
    await call(core, 'round:open-exercise', {});
    const withRound = await call(core, 'backup:create', {});
    const db = core.context.store.db;
    // Four verksamhetsbeskrivningar and Språkväskan's application to Framsteget.
    expect(db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(5);

    const result = await call(core, 'round:delete', { roundId: 'ku-2026-ovning' });
    expect(result).toEqual({ title: 'Kvalitetsutmärkelsen 2026 – övningsomgång', documentsRemoved: 5, backupsRemoved: 1 });
    expect(await call(core, 'round:list', {})).toEqual([]);
    for (const table of ['rounds', 'contestants', 'examiners', 'teams', 'contestant_documents', 'documents', 'document_units']) {
      expect(core.context.store.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    // Every table that belongs to a round (any feature's) must be keyed so the round's rows go with it.
    const tables = core.context.store.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%round_id%'").pluck().all() as string[];
    expect(tables.length).toBeGreaterThan(3);
    for (const table of tables) {
      const fks = core.context.store.db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { table: string; on_delete: string }[];
      if (table === 'rounds') continue;
      expect(fks.some((fk) => fk.on_delete === 'CASCADE'), `${table} has no ON DELETE CASCADE path to its round`).toBe(true);
    }
    const names = (await call(core, 'backup:list', {})).map((b) => b.name);
    expect(names).toEqual([before.name]);
    expect(names).not.toContain(withRound.name);

    // The confidential text is gone from the database file and its WAL, not just unlinked.
    await core.close();
    const file = core.context.paths.databaseFile;
    for (const path of [file, `${file}-wal`]) {
      expect(fileContains(path, 'Lindgårdens'), path).toBe(false);
      expect(fileContains(path, 'Solrosen'), path).toBe(false);
    }
  });

  it('removes the work done in the round too: my assessment with its comments, received files, pinned keys', async () => {
    const { core, facts } = await exchangeCore();
    const db = core.context.store.db;
    // My own individual assessment with a score and a comment whose text must not survive.
    const MY_COMMENT = 'Hemlig iakttagelse om Solrosens rutiner för inskolning';
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
    const mine = await call(core, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN });
    await call(core, 'assessment:set-score', { assessmentId: mine.id, criterionId: '1.1', score: 40 });
    await call(core, 'assessment:add-comment', { assessmentId: mine.id, criterionId: '1.1', kind: 'strength', text: MY_COMMENT });
    // A co-examiner's signed file, received: it pins Bilal's key.
    const RECEIVED_COMMENT = 'Bilals förbättringsområde om dokumentationen av barnens lärande';
    const criteria = individualCriteria(facts, SOLROSEN);
    criteria[0] = { ...criteria[0]!, improvements: [{ ...criteria[0]!.improvements[0]!, text: RECEIVED_COMMENT }] };
    const { applied } = await importFiles(core, { 'bilal.kvbedomning': assessmentBytes(facts, { key: newKey(), criteria }) });
    expect(applied.map((a) => a.status)).toEqual(['added']);

    const roundTables = ['round_identity_choices', 'assessments', 'received_assessments', 'examiner_keys'];
    const assessmentTables = ['assessment_criteria', 'assessment_comments', 'assessment_log'];
    // The assessment tables hang off an assessment; this database holds no other round.
    const count = (table: string) =>
      roundTables.includes(table)
        ? (db.prepare(`SELECT COUNT(*) FROM ${table} WHERE round_id = ?`).pluck().get(ROUND) as number)
        : (db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number);
    for (const table of [...roundTables, ...assessmentTables]) expect(count(table), `${table} before the delete`).toBeGreaterThan(0);
    expect(db.prepare('SELECT text FROM assessment_comments').pluck().all()).toContain(MY_COMMENT);
    // Control: the raw-file check below does see the texts while they are there.
    const file = core.context.paths.databaseFile;
    const inFiles = (text: string) => [file, `${file}-wal`].some((path) => fileContains(path, text));
    expect(inFiles(MY_COMMENT)).toBe(true);
    expect(inFiles(RECEIVED_COMMENT)).toBe(true);

    await call(core, 'round:delete', { roundId: ROUND });
    for (const table of [...roundTables, ...assessmentTables]) expect(count(table), `${table} after the delete`).toBe(0);
    // No row anywhere still names the round.
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%round_id%'").pluck().all() as string[];
    for (const table of tables) expect(db.prepare(`SELECT COUNT(*) FROM "${table}" WHERE round_id = ?`).pluck().get(ROUND), table).toBe(0);

    await core.close();
    for (const path of [file, `${file}-wal`]) {
      expect(fileContains(path, MY_COMMENT), path).toBe(false);
      expect(fileContains(path, RECEIVED_COMMENT), path).toBe(false);
      expect(fileContains(path, 'Solrosen'), path).toBe(false);
    }
  });

  it('keeps a document that another round also uses', async () => {
    const core = testCore();
    await call(core, 'round:open-exercise', {});
    const db = core.context.store.db;
    // A second round referencing the same document (as a re-used bundle would).
    db.prepare(
      `INSERT INTO rounds SELECT 'andra', title || ' (kopia)', year, package_sha256, deadline_individual, deadline_consensus,
              deadline_site_visits, deadline_jury, signer_key_id, example, manifest, bundle_sha256, imported_at FROM rounds`,
    ).run();
    db.prepare(`INSERT INTO examiners SELECT 'andra', id, name, email, organisation, position FROM examiners WHERE round_id = 'ku-2026-ovning'`).run();
    db.prepare(`INSERT INTO teams SELECT 'andra', id, lead_id, position FROM teams WHERE round_id = 'ku-2026-ovning'`).run();
    db.prepare(
      `INSERT INTO contestants SELECT 'andra', id, name, organisation, class_id, team_id, position FROM contestants WHERE round_id = 'ku-2026-ovning' AND id = 'c-solrosen'`,
    ).run();
    db.prepare(
      `INSERT INTO contestant_documents SELECT 'andra', contestant_id, position, path, title, media_type, sha256, bytes
         FROM contestant_documents WHERE round_id = 'ku-2026-ovning' AND contestant_id = 'c-solrosen'`,
    ).run();
    const result = await call(core, 'round:delete', { roundId: 'ku-2026-ovning' });
    // Solrosen's document stays for the other round; the other four go.
    expect(result.documentsRemoved).toBe(4);
    expect(core.context.store.db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(1);
    expect((await call(core, 'round:list', {})).map((r) => r.id)).toEqual(['andra']);
  });

  it('says so in Swedish when the round is not there', async () => {
    const core = testCore();
    await expect(call(core, 'round:delete', { roundId: 'finns-inte' })).rejects.toThrow('Omgången finns inte längre på den här datorn.');
  });
});
