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
  progress: (db, assessment, context) => teamProgress(context.pkg, context.classId, teamStates(db, assessment), context.prizes),
  content: (db, assessment) => {
    const team = loadTeamPart(db, assessment.id);
    const sentences = (items: readonly string[]) => items.map((item) => item.trim()).filter(Boolean);
    const keyThemes = sentences(team.keyThemes);
    const toContestant = team.toContestant.trim();
    return {
      criteria: loadTeamContent(db, assessment, { writtenOnly: true }),
      team: {
        recommendation: team.recommendation,
        summary: team.summary,
        nextSteps: sentences(team.nextSteps),
        // The feedback's own words travel only when written, so a file without them reads as before.
        ...(toContestant && { toContestant }),
        ...(keyThemes.length > 0 && { keyThemes }),
        sources: loadSources(db, assessment).map((s) => ({ examinerId: s.examinerId, revision: s.revision, changeLog: s.changeLog })),
      },
    };
  },
});
