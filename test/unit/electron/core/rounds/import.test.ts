import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bundleFile } from '../../../../helpers/bundles';
import { call, testCore } from '../../../../helpers/core';
import { dbFingerprint } from '../../../../helpers/db-fingerprint';
import { samplePath } from '../../../../helpers/samples';

const register = (core: ReturnType<typeof testCore>, path: string) => core.context.files.register(path).id;

describe('importing a round bundle', () => {
  it('stores the round, its package, people and documents in one go, as example material', async () => {
    const core = testCore();
    const outcome = await call(core, 'round:import', { fileId: register(core, samplePath.round) });
    expect(outcome).toEqual({
      status: 'imported',
      item: {
        kind: 'round',
        id: 'ku-2026-ovning',
        title: 'Kvalitetsutmärkelsen 2026 – övningsomgång',
        exampleMaterial: true,
        packageSha256: '5c230e2676603ab0dda9cc38a116d2e37f64f03c924e08515405ef702c906144',
      },
    });
    const [summary] = await call(core, 'round:list', {});
    expect(summary).toMatchObject({ id: 'ku-2026-ovning', contestantCount: 2, exampleMaterial: true, myRole: null, progress: null });

    const overview = await call(core, 'round:get', { roundId: 'ku-2026-ovning' });
    expect(overview.package).toMatchObject({ id: 'ku-2026-exempel', revision: 1 });
    expect(overview.deadlines.map((d) => [d.label, d.date])).toEqual([
      ['Individuell bedömning', '2026-09-15'],
      ['Konsensus', '2026-09-29'],
      ['Platsbesök', '2026-10-16'],
      ['Domarkommittén', '2026-11-06'],
    ]);
    const [team] = overview.teams;
    expect(team!.members.map((m) => [m.name, m.lead])).toEqual([
      ['Anna Lind', true],
      ['Bilal Haddad', false],
      ['Cecilia Ek', false],
    ]);
    expect(team!.contestants.map((c) => [c.name, c.classTitle, c.documents[0]!.bytes])).toEqual([
      ['Förskolan Solrosen', 'Förskola', 159120],
      ['Lindgårdens vård- och omsorgsboende', 'Äldreomsorg (inklusive myndighetsutövning)', 157612],
    ]);

    // Re-opened from disk: the documents are stored by content.
    const db = new Database(core.context.paths.databaseFile, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(2);
    expect(db.prepare('SELECT example FROM criteria_packages').pluck().get()).toBe(1);
    db.close();
  });

  it('says so and changes nothing when the same round is imported again', async () => {
    const core = testCore();
    await call(core, 'round:import', { fileId: register(core, samplePath.round) });
    const before = dbFingerprint(core.context.paths.databaseFile);
    const again = await call(core, 'round:import', { fileId: register(core, samplePath.round) });
    expect(again.status).toBe('unchanged');
    expect(dbFingerprint(core.context.paths.databaseFile)).toBe(before);
  });

  it('replaces a round nobody has started on with a different bundle for the same id', async () => {
    const core = testCore();
    await call(core, 'round:import', { fileId: register(core, samplePath.round) });
    const moved = await bundleFile({ editRound: (s) => (s.round.deadlines.individual = '2026-09-18') });
    expect((await call(core, 'round:import', { fileId: register(core, moved) })).status).toBe('replaced');
    const overview = await call(core, 'round:get', { roundId: 'ku-2026-ovning' });
    expect(overview.deadlines[0]!.date).toBe('2026-09-18');
  });

  it('refuses a different bundle for a round where work has begun, and keeps everything as it was', async () => {
    const core = testCore();
    await call(core, 'round:import', { fileId: register(core, samplePath.round) });
    // Stands in for another feature's table (assessments etc.), which carry a round_id.
    core.context.store.db.exec("CREATE TABLE work_probe (round_id TEXT NOT NULL) STRICT; INSERT INTO work_probe VALUES ('ku-2026-ovning');");
    const before = dbFingerprint(core.context.paths.databaseFile);
    const moved = await bundleFile({ editRound: (s) => (s.round.deadlines.individual = '2026-09-18') });
    await expect(call(core, 'round:import', { fileId: register(core, moved) })).rejects.toThrow(
      /Omgången "Kvalitetsutmärkelsen 2026 – övningsomgång" \(ku-2026-ovning\) finns redan på datorn med annat innehåll, och arbete har påbörjats i den/,
    );
    expect(dbFingerprint(core.context.paths.databaseFile)).toBe(before);
  });

  it('imports the built-in övningsomgång from the welcome card and marks the welcome as seen', async () => {
    const core = testCore();
    expect((await call(core, 'app:info', {})).firstStart).toBe(true);
    const outcome = await call(core, 'round:open-exercise', {});
    expect(outcome).toMatchObject({ status: 'imported', item: { id: 'ku-2026-ovning', exampleMaterial: true } });
    expect((await call(core, 'app:info', {})).firstStart).toBe(false);
    expect((await call(core, 'round:open-exercise', {})).status).toBe('unchanged');
  });

  it('refuses an unknown round id in the overview', async () => {
    await expect(call(testCore(), 'round:get', { roundId: 'finns-inte' })).rejects.toThrow(/Omgången finns inte på den här datorn/);
  });
});
