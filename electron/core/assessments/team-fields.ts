/**
 * The fields only a team's (consensus or site-visit) assessment has, read and
 * written like the others in fields.ts so that edits, undo and redo treat
 * them the same way:
 * - rationale, discussed, visit-note: per criterion (consensus_criteria);
 * - team: one part of the team's recommendation and summary (consensus_team),
 *   target `{ criterionId: '', part }`;
 * - source: one member's frozen individual assessment (consensus_sources),
 *   target `{ criterionId: '', examinerId }`, value the whole row or null.
 */
import type { Db } from '../db/open';
import type { Json, JsonObject, TeamField } from './log';
import { plucked, prepared } from '../db/statements';

export type TeamPart = 'siteVisit' | 'nomination' | 'citation' | 'summary' | 'nextSteps';

const CRITERION_COLUMN = { rationale: 'rationale', discussed: 'discussed', 'visit-note': 'site_visit_note' } as const;
const TEAM_COLUMN: Record<TeamPart, string> = {
  siteVisit: 'site_visit',
  nomination: 'nomination',
  citation: 'citation',
  summary: 'summary',
  nextSteps: 'next_steps',
};

/** A frozen source as the log keeps it. */
export interface SourceValue extends JsonObject {
  revision: number;
  contentSha256: string;
  content: Json[];
  changeLog: { entries: number; finalHash: string } | null;
  frozenAt: string;
  ignoredRevision: number | null;
}

export interface SourceRow {
  revision: number;
  content_sha256: string;
  content: string;
  change_log: string | null;
  frozen_at: string;
  ignored_revision: number | null;
}

export function isTeamField(field: string): field is TeamField {
  return field === 'rationale' || field === 'discussed' || field === 'visit-note' || field === 'team' || field === 'source';
}

const str = (target: JsonObject, key: string) => target[key] as string;

export const SOURCE_COLUMNS = 'revision, content_sha256, content, change_log, frozen_at, ignored_revision';

export function sourceOf(row: SourceRow): SourceValue {
  return {
    revision: row.revision,
    contentSha256: row.content_sha256,
    content: JSON.parse(row.content) as Json[],
    changeLog: row.change_log === null ? null : (JSON.parse(row.change_log) as { entries: number; finalHash: string }),
    frozenAt: row.frozen_at,
    ignoredRevision: row.ignored_revision,
  };
}

export function readSource(db: Db, assessmentId: string, examinerId: string): SourceValue | null {
  const row = prepared(db, `SELECT ${SOURCE_COLUMNS} FROM consensus_sources WHERE assessment_id = ? AND examiner_id = ?`).get(assessmentId, examinerId) as
    | SourceRow
    | undefined;
  return row ? sourceOf(row) : null;
}

export function writeSource(db: Db, assessmentId: string, examinerId: string, value: SourceValue | null): void {
  prepared(db, 'DELETE FROM consensus_sources WHERE assessment_id = ? AND examiner_id = ?').run(assessmentId, examinerId);
  if (!value) return;
  prepared(db, 
    `INSERT INTO consensus_sources (assessment_id, examiner_id, revision, content_sha256, content, change_log, frozen_at, ignored_revision)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    assessmentId,
    examinerId,
    value.revision,
    value.contentSha256,
    JSON.stringify(value.content),
    value.changeLog === null ? null : JSON.stringify(value.changeLog),
    value.frozenAt,
    value.ignoredRevision,
  );
}

export function readTeamField(db: Db, assessmentId: string, field: TeamField, target: JsonObject): Json {
  switch (field) {
    case 'rationale':
    case 'discussed':
    case 'visit-note': {
      const value = plucked(db, `SELECT ${CRITERION_COLUMN[field]} FROM consensus_criteria WHERE assessment_id = ? AND criterion_id = ?`).get(
        assessmentId,
        str(target, 'criterionId'),
      ) as string | number | undefined;
      if (field === 'discussed') return value === 1;
      return (value as string | undefined) ?? '';
    }
    case 'team': {
      const part = str(target, 'part') as TeamPart;
      const value = plucked(db, `SELECT ${TEAM_COLUMN[part]} FROM consensus_team WHERE assessment_id = ?`).get(assessmentId) as string | number | null;
      if (part === 'siteVisit') return value === null ? null : value === 1;
      if (part === 'nextSteps') return JSON.parse(value as string) as Json;
      return value as Json;
    }
    case 'source':
      return readSource(db, assessmentId, str(target, 'examinerId'));
  }
}

export function applyTeamField(db: Db, assessmentId: string, field: TeamField, target: JsonObject, value: Json): void {
  switch (field) {
    case 'rationale':
    case 'discussed':
    case 'visit-note': {
      const stored = field === 'discussed' ? (value ? 1 : 0) : value;
      prepared(db, `UPDATE consensus_criteria SET ${CRITERION_COLUMN[field]} = ? WHERE assessment_id = ? AND criterion_id = ?`).run(
        stored,
        assessmentId,
        str(target, 'criterionId'),
      );
      return;
    }
    case 'team': {
      const part = str(target, 'part') as TeamPart;
      const stored = part === 'siteVisit' ? (value === null ? null : value ? 1 : 0) : part === 'nextSteps' ? JSON.stringify(value) : value;
      prepared(db, `UPDATE consensus_team SET ${TEAM_COLUMN[part]} = ? WHERE assessment_id = ?`).run(stored, assessmentId);
      return;
    }
    case 'source':
      writeSource(db, assessmentId, str(target, 'examinerId'), value as SourceValue | null);
      return;
  }
}
