/**
 * What a team's (consensus or site-visit) assessment adds to the edit engine
 * of assessments/: its own fields, its submit check and its submitted content.
 * Registered when consensus/ is loaded (its handlers import this module).
 */
import { teamProgress } from '../../../shared/scoring/consensus';
import { registerTeamAssessments } from '../assessments';
import { teamFields } from './team-fields';
import { loadSources, loadTeamContent, loadTeamPart, teamStates } from './team-repository';

registerTeamAssessments({
  fields: teamFields,
  progress: (db, assessment, context) => teamProgress(context.pkg, context.classId, teamStates(db, assessment)),
  content: (db, assessment) => {
    const team = loadTeamPart(db, assessment.id);
    return {
      criteria: loadTeamContent(db, assessment, { writtenOnly: true }),
      team: {
        recommendation: team.recommendation,
        summary: team.summary,
        nextSteps: team.nextSteps.map((step) => step.trim()).filter(Boolean),
        sources: loadSources(db, assessment).map((s) => ({ examinerId: s.examinerId, revision: s.revision, changeLog: s.changeLog })),
      },
    };
  },
});
