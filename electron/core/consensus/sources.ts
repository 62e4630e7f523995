/**
 * The individual assessments a consensus can be built from: the lead's own
 * submitted one (from this computer's store) and the members' received files
 * (their newest revision). Never with private notes: what the team sees of a
 * member is what the member exported.
 */
import { createHash } from 'node:crypto';
import type { CriterionAssessment } from '../../../shared/domain/assessment';
import { prizeRows } from '../../../shared/formats/prize-rows';
import type { Db } from '../db/open';
import { findAssessment, loadAssessmentContent, type Json } from '../assessments';
import { receivedFile } from '../exchange/received-file';
import { currentReceived } from '../exchange/received-store';
import { canonicalJson } from '../canonical-json';
import type { ContestantTeam } from './team';
import type { SourceValue } from './team-fields';

export interface AvailableSource {
  readonly examinerId: string;
  readonly origin: 'own' | 'received';
  readonly revision: number;
  readonly contentSha256: string;
  readonly criteria: CriterionAssessment[];
  readonly changeLog: { entries: number; finalHash: string } | null;
}

const withoutNotes = (criteria: readonly CriterionAssessment[]) => criteria.map(({ privateNote: _note, ...rest }) => rest);

function ownSource(db: Db, roundId: string, contestantId: string, examinerId: string): AvailableSource | null {
  const own = findAssessment(db, { roundId, contestantId, examinerId, stage: 'individual' });
  if (!own || own.status !== 'submitted') return null;
  const criteria = loadAssessmentContent(db, own.id);
  return {
    examinerId,
    origin: 'own',
    revision: own.revision,
    contentSha256: createHash('sha256').update(canonicalJson(criteria as unknown as Json), 'utf8').digest('hex'),
    criteria,
    changeLog: { entries: own.logCount, finalHash: own.logHead },
  };
}

/** By examiner id, for every team member whose individual assessment is here (the user's own first). */
export function availableSources(db: Db, roundId: string, contestantId: string, team: ContestantTeam, me: string): Map<string, AvailableSource> {
  const found = new Map<string, AvailableSource>();
  const own = ownSource(db, roundId, contestantId, me);
  if (own) found.set(me, own);
  const members = new Set(team.members.map((m) => m.examinerId));
  for (const row of currentReceived(db, roundId)) {
    if (row.stage !== 'individual' || row.contestantId !== contestantId || !members.has(row.examinerId) || found.has(row.examinerId)) continue;
    if (row.examinerId === me) continue;
    const { file, contentSha256 } = receivedFile(db, row, row.revision);
    found.set(row.examinerId, {
      examinerId: row.examinerId,
      origin: 'received',
      revision: file.revision,
      contentSha256,
      // A prize entry's aspects are rows like the criteria (the file carries them apart, in prizes[]).
      criteria: withoutNotes([...file.criteria, ...prizeRows(file.prizes)]),
      changeLog: file.changeLog,
    });
  }
  return found;
}

export function sourceValue(source: AvailableSource, at: string, ignoredRevision: number | null = null): SourceValue {
  return {
    revision: source.revision,
    contentSha256: source.contentSha256,
    content: source.criteria as unknown as Json[],
    changeLog: source.changeLog,
    frozenAt: at,
    ignoredRevision,
  };
}
