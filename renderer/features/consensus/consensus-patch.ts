/**
 * The workspace patched from an edit's answer, so a save is one round trip:
 * a team edit answers with the team's assessment as it now is; a score or
 * comment edit answers with the edited criterion's content, which replaces
 * that content and keeps what only the team decides (rationale, discussed,
 * individual scores, the score before the visit).
 */
import type { EditResult } from '../../../shared/contract/assessments';
import type { ConsensusView, TeamEditResult } from '../../../shared/contract/consensus';
import type { ConsensusCriterion, CriterionAssessment } from '../../../shared/domain/assessment';

function withContent(team: ConsensusCriterion, content: CriterionAssessment): ConsensusCriterion {
  return { ...team, ...content, ...(team.siteVisit ? { siteVisit: { ...team.siteVisit, scoreAfter: content.score } } : {}) };
}

const replaced = <T extends { criterionId: string }>(list: readonly T[], changed: CriterionAssessment | null, merge: (old: T, next: CriterionAssessment) => T) =>
  changed ? list.map((c) => (c.criterionId === changed.criterionId ? merge(c, changed) : c)) : list;

export function patchView(view: ConsensusView, result: EditResult | TeamEditResult): ConsensusView {
  const changed = result.criterion;
  const editable = view.editable && {
    ...view.editable,
    criteria: replaced(view.editable.criteria, changed, (_, next) => next),
    canUndo: result.canUndo,
    canRedo: result.canRedo,
    updatedAt: result.savedAt,
  };
  const assessment =
    'team' in result ? result.team : view.assessment && { ...view.assessment, updatedAt: result.savedAt, criteria: replaced(view.assessment.criteria, changed, withContent) };
  return { ...view, editable, assessment };
}
