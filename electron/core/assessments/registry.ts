/**
 * What a feature built on assessments adds to them, registered here so the
 * edit engine can serve it without depending on it (the feature order runs
 * assessments < consensus): a team assessment's own fields (stored by
 * consensus/team-fields.ts), what its submit check judges, and what a
 * submitted one says.
 */
import type { ConsensusCriterion } from '../../../shared/domain/assessment';
import type { AssessmentTeamPart } from '../../../shared/formats/assessment-file';
import type { AssessmentProgress } from '../../../shared/scoring/progress';
import type { Db } from '../db/open';
import type { Json, JsonObject, TeamField } from './log';
import type { AssessmentRecord } from './repository';
import type { ContestantContext } from '../rounds/repository';

/** What an edit's target names: the criterion (empty for the team's part), and the field's own keys. */
export interface FieldTarget extends JsonObject {
  criterionId: string;
}

/** How one field is read and set; undo sets the old value the same way. */
export interface FieldDefinition {
  read(db: Db, assessmentId: string, target: FieldTarget): Json;
  apply(db: Db, assessmentId: string, target: FieldTarget, value: Json): void;
}

export interface TeamAssessments {
  readonly fields: Readonly<Record<TeamField, FieldDefinition>>;
  /** Per criterion, whether the team's assessment is complete enough to submit. */
  readonly progress: (db: Db, assessment: AssessmentRecord, context: ContestantContext) => AssessmentProgress;
  /** What a team assessment says, as its export carries it (comments without text left out). */
  readonly content: (db: Db, assessment: AssessmentRecord) => { criteria: ConsensusCriterion[]; team: AssessmentTeamPart };
}

let registered: TeamAssessments | null = null;

export function registerTeamAssessments(team: TeamAssessments): void {
  registered = team;
}

export function teamAssessments(): TeamAssessments {
  if (!registered) throw new Error('team assessments are handled by consensus/, which has not registered them');
  return registered;
}
