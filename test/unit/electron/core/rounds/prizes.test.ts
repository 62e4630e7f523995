import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { contestantPlace } from '../../../../../electron/core/reports/build/source';
import { FRAMSTEGET } from '../../../../../shared/formats/prizes';
import { call } from '../../../../helpers/core';
import { prizeCore } from '../../../../helpers/prize-round';
import { parseCriteriaPackageSource } from '../../../../../shared/formats/criteria-package';
import { packageSource } from '../../../../helpers/samples';

const ROUND = 'ku-2026-ovning';
const SOLROSEN = 'c-solrosen';
const LINDGARDEN = 'c-lindgarden';

describe('a round with a prize without scores', () => {
  it('is built, imported and shown: prizes beside the class, none for a prize-only contestant', async () => {
    const core = await prizeCore();
    const overview = await call(core, 'round:get', { roundId: ROUND });
    expect(overview.teams[0]!.contestants.map((c) => [c.name, c.classId, c.classTitle, c.prizes])).toEqual([
      ['Förskolan Solrosen', 'forskola', 'Förskola', [{ id: 'framsteget', title: FRAMSTEGET.title }]],
      ['Lindgårdens vård- och omsorgsboende', null, null, [{ id: 'framsteget', title: FRAMSTEGET.title }]],
    ]);
    const db = new Database(core.context.paths.databaseFile, { readonly: true });
    expect(db.prepare('SELECT id, class_id FROM contestants ORDER BY position').all()).toEqual([
      { id: SOLROSEN, class_id: 'forskola' },
      { id: LINDGARDEN, class_id: null },
    ]);
    db.close();
  });

  it('keeps a prize-only contestant out of the scored reports, saying why, while its prize is assessed in writing', async () => {
    const core = await prizeCore();
    const status = await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-bilal', change: false });
    // Solrosen: 14 criteria and Framsteget's 3 aspects; Lindgården: the 3 aspects only.
    expect(status.contestants.map((c) => [c.contestantId, c.total, c.aspects])).toEqual([[SOLROSEN, 17, 3], [LINDGARDEN, 3, 3]]);
    const lindgarden = await call(core, 'assessment:open', { roundId: ROUND, contestantId: LINDGARDEN });
    expect([lindgarden.classId, lindgarden.criteria.map((c) => c.criterionId)]).toEqual([null, ['prize:framsteget:nytt', 'prize:framsteget:skapar-varde', 'prize:framsteget:anvands']]);
    const [summary] = await call(core, 'round:list', {});
    expect(summary).toMatchObject({ contestantCount: 2, progress: { done: 0, total: 20, aspects: 6 } });
    const reports = await call(core, 'report:list', { roundId: ROUND });
    // Only the prize's own reports: no scored bedömning or återföring for a prize-only entrant.
    expect(reports.items.map((r) => r.title).filter((t) => t.includes('Lindgården'))).toEqual([
      `Prisbedömning – ${FRAMSTEGET.title} – Lindgårdens vård- och omsorgsboende`,
      `Återföring om priset – ${FRAMSTEGET.title} – Lindgårdens vård- och omsorgsboende`,
    ]);
    expect(reports.items.map((r) => r.title)).toContain('Bedömning – Förskolan Solrosen');
  });

  it('gives the reports a clear refusal for a prize-only contestant', () => {
    const pkg = parseCriteriaPackageSource(packageSource());
    if (!pkg.ok) throw new Error(pkg.message);
    const round = { round: { id: ROUND, title: 'Omgång', year: 2026 }, contestants: [{ id: LINDGARDEN, name: 'Lindgården', organisation: 'Sjövik' }], examiners: [], teams: [] };
    expect(() => contestantPlace({ round, pkg: pkg.value.package }, LINDGARDEN)).toThrow('Lindgården tävlar bara om priser');
  });
});
