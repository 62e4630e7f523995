import type { ContestantView, RoundOverview, TeamView } from '../../../shared/contract/rounds';
import { deadlineList } from '../../../shared/deadlines';
import type { DocumentMediaType } from '../../../shared/formats/round';
import type { Db } from '../db/open';
import { prepared } from '../db/statements';
import { getRound } from './model';

interface DocumentRow {
  contestant_id: string;
  path: string;
  title: string;
  media_type: DocumentMediaType;
  sha256: string;
  bytes: number;
  pages: number | null;
}

/** The round's documents as the round screen lists them, with the page count of each stored PDF. */
function documentRows(db: Db, roundId: string): DocumentRow[] {
  return prepared(
    db,
    `SELECT cd.contestant_id, cd.path, cd.title, cd.media_type, cd.sha256, cd.bytes,
            CASE d.unit_kind WHEN 'page' THEN d.unit_count END AS pages
       FROM contestant_documents cd LEFT JOIN documents d ON d.sha256 = cd.sha256
      WHERE cd.round_id = ? ORDER BY cd.position`,
  ).all(roundId) as DocumentRow[];
}

/** Everything the round screen shows: teams with their members (lead first) and contestants, in bundle order. */
export function roundOverview(db: Db, roundId: string): RoundOverview {
  const round = getRound(db, roundId);
  const classTitles = new Map(round.pkg.classes.map((c) => [c.id, c.title]));
  const documents = documentRows(db, roundId);
  const contestants = [...round.contestants.values()];

  const teams = [...round.teams.values()].map(
    (team): TeamView => ({
      id: team.id,
      leadId: team.leadId,
      members: [...round.examiners.values()]
        .filter((e) => team.members.has(e.id))
        .map((e) => ({ id: e.id, name: e.name, email: e.email, organisation: e.organisation, lead: e.id === team.leadId }))
        .sort((a, b) => Number(b.lead) - Number(a.lead)),
      contestants: contestants
        .filter((c) => c.teamId === team.id)
        .map(
          (c): ContestantView => ({
            id: c.id,
            name: c.name,
            organisation: c.organisation,
            classId: c.classId,
            classTitle: c.classId === null ? null : (classTitles.get(c.classId) ?? c.classId),
            prizes: round.prizes.filter((p) => c.prizes.includes(p.id)).map((p) => ({ id: p.id, title: p.title })),
            documents: documents
              .filter((d) => d.contestant_id === c.id)
              .map((d) => ({ path: d.path, title: d.title, mediaType: d.media_type, sha256: d.sha256, bytes: d.bytes, pages: d.pages })),
          }),
        ),
    }),
  );

  return {
    id: round.id,
    title: round.title,
    year: round.year,
    exampleMaterial: round.example,
    importedAt: round.importedAt,
    signerKeyId: round.signerKeyId,
    package: { sha256: round.packageSha256, id: round.packageId, revision: round.packageRevision, title: round.pkg.title },
    deadlines: deadlineList(round.manifest.round.deadlines),
    teams,
  };
}
