import type { ContestantView, ExaminerView, RoundOverview, TeamView } from '../../../shared/contract/rounds';
import { deadlineList } from '../../../shared/deadlines';
import { appError } from '../../../shared/errors';
import type { DocumentMediaType } from '../../../shared/formats/round';
import type { Db } from '../db/open';
import { packageContent } from '../packages/store';

interface RoundRow {
  id: string;
  title: string;
  year: number;
  example: number;
  imported_at: string;
  signer_key_id: string;
  package_sha256: string;
  package_id: string;
  revision: number;
  package_title: string;
  deadline_individual: string;
  deadline_consensus: string;
  deadline_site_visits: string;
  deadline_jury: string;
}

/** Everything the round screen shows: teams with their members and contestants, in bundle order. */
export function roundOverview(db: Db, roundId: string): RoundOverview {
  const row = db
    .prepare(
      `SELECT r.*, p.package_id, p.revision, p.title AS package_title
         FROM rounds r JOIN criteria_packages p ON p.sha256 = r.package_sha256 WHERE r.id = ?`,
    )
    .get(roundId) as RoundRow | undefined;
  if (!row) throw appError('round-missing');
  const classTitles = new Map(packageContent(db, row.package_sha256).content.classes.map((c) => [c.id, c.title]));

  const examiners = db
    .prepare(
      `SELECT m.team_id, e.id, e.name, e.email, e.organisation, t.lead_id = e.id AS lead
         FROM team_members m
         JOIN examiners e ON e.round_id = m.round_id AND e.id = m.examiner_id
         JOIN teams t ON t.round_id = m.round_id AND t.id = m.team_id
        WHERE m.round_id = ? ORDER BY lead DESC, e.position`,
    )
    .all(roundId) as (Omit<ExaminerView, 'lead'> & { team_id: string; lead: number })[];
  const documents = db
    .prepare(
      `SELECT cd.contestant_id, cd.path, cd.title, cd.media_type, cd.sha256, cd.bytes,
              CASE d.unit_kind WHEN 'page' THEN d.unit_count END AS pages
         FROM contestant_documents cd LEFT JOIN documents d ON d.sha256 = cd.sha256
        WHERE cd.round_id = ? ORDER BY cd.position`,
    )
    .all(roundId) as {
    contestant_id: string;
    path: string;
    title: string;
    media_type: DocumentMediaType;
    sha256: string;
    bytes: number;
    pages: number | null;
  }[];
  const contestants = db
    .prepare('SELECT id, name, organisation, class_id, team_id FROM contestants WHERE round_id = ? ORDER BY position')
    .all(roundId) as { id: string; name: string; organisation: string; class_id: string; team_id: string }[];
  const teams = db.prepare('SELECT id, lead_id FROM teams WHERE round_id = ? ORDER BY position').all(roundId) as { id: string; lead_id: string }[];

  const teamViews: TeamView[] = teams.map((team) => ({
    id: team.id,
    leadId: team.lead_id,
    members: examiners
      .filter((e) => e.team_id === team.id)
      .map((e) => ({ id: e.id, name: e.name, email: e.email, organisation: e.organisation, lead: e.lead === 1 })),
    contestants: contestants
      .filter((c) => c.team_id === team.id)
      .map(
        (c): ContestantView => ({
          id: c.id,
          name: c.name,
          organisation: c.organisation,
          classId: c.class_id,
          classTitle: classTitles.get(c.class_id) ?? c.class_id,
          documents: documents
            .filter((d) => d.contestant_id === c.id)
            .map((d) => ({ path: d.path, title: d.title, mediaType: d.media_type, sha256: d.sha256, bytes: d.bytes, pages: d.pages })),
        }),
      ),
  }));

  return {
    id: row.id,
    title: row.title,
    year: row.year,
    exampleMaterial: row.example === 1,
    importedAt: row.imported_at,
    signerKeyId: row.signer_key_id,
    package: { sha256: row.package_sha256, id: row.package_id, revision: row.revision, title: row.package_title },
    deadlines: deadlineList({
      individual: row.deadline_individual,
      consensus: row.deadline_consensus,
      siteVisits: row.deadline_site_visits,
      jury: row.deadline_jury,
    }),
    teams: teamViews,
  };
}
