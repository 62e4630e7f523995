import type { RoundSummary } from '../../../shared/contract/rounds';
import { nextDeadline } from '../../../shared/deadlines';
import { stockholmDate } from '../../../shared/format';
import type { Db } from '../db/open';

interface RoundRow {
  id: string;
  title: string;
  year: number;
  package_title: string;
  example: number;
  contestants: number;
  deadline_individual: string;
  deadline_consensus: string;
  deadline_site_visits: string;
  deadline_jury: string;
  imported_at: string;
}

/** My role and progress in a round: the assessments' to know, handed in by createCore (assessments sit above rounds). */
export type MyPlaceInRound = (db: Db, roundId: string) => Pick<RoundSummary, 'myRole' | 'progress'>;

/** The rounds on this computer, newest year first. */
export function listRounds(db: Db, now: Date, myPlace: MyPlaceInRound): RoundSummary[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.title, r.year, p.title AS package_title, r.example, r.imported_at,
              r.deadline_individual, r.deadline_consensus, r.deadline_site_visits, r.deadline_jury,
              (SELECT COUNT(*) FROM contestants c WHERE c.round_id = r.id) AS contestants
         FROM rounds r JOIN criteria_packages p ON p.sha256 = r.package_sha256
        ORDER BY r.year DESC, r.title`,
    )
    .all() as RoundRow[];
  const today = stockholmDate(now);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    year: row.year,
    packageTitle: row.package_title,
    exampleMaterial: row.example === 1,
    contestantCount: row.contestants,
    ...myPlace(db, row.id),
    nextDeadline: nextDeadline(
      {
        individual: row.deadline_individual,
        consensus: row.deadline_consensus,
        siteVisits: row.deadline_site_visits,
        jury: row.deadline_jury,
      },
      today,
    ),
    importedAt: row.imported_at,
  }));
}
