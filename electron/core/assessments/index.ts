/**
 * The public face of assessments/: the one owner of the assessment tables
 * (assessments, assessment_criteria, assessment_comments, assessment_log) and
 * of the edit engine. Every other feature uses assessments through what is
 * exported here, never through the files behind it (a unit test holds that).
 */
// The edit engine: one change per transaction, with its change-log entry.
export { editAssessment, type Change, type EditScope } from './edit';
export { wellFormed } from './edits';
export { commentValue, listOrder, readComment, takenSources, type CommentValue } from './fields';
export { assertAuthor, assertRoom, criterionIn, rowIn } from './guard';
// The field registry: what a team assessment adds (registered by consensus/).
export { registerTeamAssessments, type FieldDefinition, type FieldTarget, type TeamAssessments } from './registry';
// Starting assessments, copying content, and the steps that end a working session.
export { copyContent, createAssessment, seedScores } from './create';
export { recordMilestone } from './session';
export { assessmentView } from './lifecycle';
// Reading.
export { findAssessment, getAssessment, loadAssessmentContent, loadCriteria, type AssessmentRecord } from './repository';
export { latestSubmitted, submittedContent } from './submitted-revisions';
export { roleAndProgress } from './status';
// The change log.
export { verifyLog, type Json, type JsonObject, type TeamField } from './log';
export { exportLog, verifyExportedLog } from './log-export';
// The revisions of exported files.
export { nextExportRevision, recordExport } from './exports';
export { assessmentHandlers } from './handlers';
