/**
 * The fields only a team's (consensus or site-visit) assessment has, read and
 * written like an assessment's own fields (through the field registry of
 * assessments/) so that edits, undo and redo treat them the same way:
 * - rationale, discussed, visit-note: per criterion (consensus_criteria);
 * - team: one part of the team's recommendation, summary and feedback (consensus_team),
 *   target `{ criterionId: '', part }`;
 * - source: one member's frozen individual assessment (consensus_sources),
 *   target `{ criterionId: '', examinerId }`, value the whole row or null.
 */
import type { FieldDefinition, Json, JsonObject, TeamField } from '../assessments';
import type { Db } from '../db/open';
import { plucked, prepared } from '../db/statements';

export type TeamPart = 'siteVisit' | 'nomination' | 'citation' | 'summary' | 'nextSteps' | 'toContestant' | 'keyThemes';

/** The parts stored as a JSON array of sentences. */
const LIST_PARTS: ReadonlySet<TeamPart> = new Set(['nextSteps', 'keyThemes']);

const CRITERION_COLUMN = { rationale: 'rationale', discussed: 'discussed', 'visit-note': 'site_visit_note' } as const;
const TEAM_COLUMN: Record<TeamPart, string> = {
  siteVisit: 'site_visit',
  nomination: 'nomination',
  citation: 'citation',
  summary: 'summary',
  nextSteps: 'next_steps',
  toContestant: 'to_contestant',
  keyThemes: 'key_themes',
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

/** Per criterion: the rationale, whether it was discussed, the site-visit note (consensus_criteria). */
function criterionField(field: keyof typeof CRITERION_COLUMN): FieldDefinition {
  const column = CRITERION_COLUMN[field];
  return {
    read(db, assessmentId, target) {
      const value = plucked(db, `SELECT ${column} FROM consensus_criteria WHERE assessment_id = ? AND criterion_id = ?`).get(assessmentId, target.criterionId) as
        | string
        | number
        | undefined;
      if (field === 'discussed') return value === 1;
      return (value as string | undefined) ?? '';
    },
    apply(db, assessmentId, target, value) {
      const stored = field === 'discussed' ? (value ? 1 : 0) : value;
      prepared(db, `UPDATE consensus_criteria SET ${column} = ? WHERE assessment_id = ? AND criterion_id = ?`).run(stored, assessmentId, target.criterionId);
    },
  };
}

/** One part of the team's recommendation and summary (consensus_team). */
const teamPart: FieldDefinition = {
  read(db, assessmentId, target) {
    const part = str(target, 'part') as TeamPart;
    const value = plucked(db, `SELECT ${TEAM_COLUMN[part]} FROM consensus_team WHERE assessment_id = ?`).get(assessmentId) as string | number | null;
    if (part === 'siteVisit') return value === null ? null : value === 1;
    if (LIST_PARTS.has(part)) return JSON.parse(value as string) as Json;
    return value as Json;
  },
  apply(db, assessmentId, target, value) {
    const part = str(target, 'part') as TeamPart;
    const stored = part === 'siteVisit' ? (value === null ? null : value ? 1 : 0) : LIST_PARTS.has(part) ? JSON.stringify(value) : value;
    prepared(db, `UPDATE consensus_team SET ${TEAM_COLUMN[part]} = ? WHERE assessment_id = ?`).run(stored, assessmentId);
  },
};

/** The fields only a team assessment has, as the edit engine reads and sets them. */
export const teamFields: Readonly<Record<TeamField, FieldDefinition>> = {
  rationale: criterionField('rationale'),
  discussed: criterionField('discussed'),
  'visit-note': criterionField('visit-note'),
  team: teamPart,
  source: {
    read: (db, assessmentId, target) => readSource(db, assessmentId, str(target, 'examinerId')),
    apply: (db, assessmentId, target, value) => writeSource(db, assessmentId, str(target, 'examinerId'), value as SourceValue | null),
  },
};
