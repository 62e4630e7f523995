/**
 * Opening the team's stages. Consensus: the lead's team assessment starts as
 * a draft whose sources are the members' individual assessments as they are
 * now (frozen), and whose scores start at each criterion's rounded mean.
 * Site visit: a copy of the submitted consensus in which the scores before
 * the visit stay fixed beside the adjusted ones. Each in one transaction.
 */
import { sectionAspects } from '../../../shared/domain/prize-aspects';
import { appError } from '../../../shared/errors';
import { scaleOf } from '../../../shared/scoring/points';
import { disagreement } from '../../../shared/scoring/spread';
import {
  copyContent,
  createAssessment,
  findAssessment,
  getAssessment,
  loadCriteria,
  recordMilestone,
  seedScores,
  type AssessmentRecord,
} from '../assessments';
import { currentExaminer, type Examiner } from '../rounds/identity';
import { contestantContext } from '../rounds/repository';
import type { Db } from '../db/open';
import { prepared } from '../db/statements';
import { availableSources, sourceValue } from './sources';
import { contestantTeam, type ContestantTeam } from './team';
import { writeSource } from './team-fields';
import { loadTeamCriteria } from './team-repository';

/** The user, once it is clear they lead the team that assesses the contestant. */
export function assertLead(db: Db, roundId: string, contestantId: string): { me: Examiner; team: ContestantTeam } {
  const me = currentExaminer(db, roundId);
  if (!me) throw appError('identity-missing');
  const team = contestantTeam(db, roundId, contestantId);
  if (team.leadId !== me.id) {
    const lead = team.members.find((m) => m.lead)?.name ?? team.leadId;
    throw appError('not-lead', { lead, contestantName: team.contestantName });
  }
  return { me, team };
}

export function startConsensus(db: Db, roundId: string, contestantId: string, at: string): AssessmentRecord {
  const { me, team } = assertLead(db, roundId, contestantId);
  return db.transaction(() => {
    const existing = findAssessment(db, { roundId, contestantId, examinerId: me.id, stage: 'consensus' });
    if (existing) return existing;
    const sources = availableSources(db, roundId, contestantId, team, me.id);
    if (!sources.has(me.id)) {
      throw appError('own-assessment-not-submitted');
    }
    const assessment = createAssessment(db, { roundId, contestantId, examinerId: me.id, stage: 'consensus', at });
    const context = contestantContext(db, roundId, contestantId);
    const ordered = team.members.flatMap((m) => sources.get(m.examinerId) ?? []);
    for (const source of ordered) writeSource(db, assessment.id, source.examinerId, sourceValue(source, at));
    prepared(db, 'INSERT INTO consensus_team (assessment_id) VALUES (?)').run(assessment.id);
    const decision = prepared(db, 'INSERT INTO consensus_criteria (assessment_id, criterion_id) VALUES (?, ?)');
    const seeded: Record<string, number | null> = {};
    for (const criterion of context.criteria) {
      decision.run(assessment.id, criterion.id);
      const scores = ordered.map((s) => s.criteria.find((c) => c.criterionId === criterion.id)?.score ?? null);
      seeded[criterion.id] = disagreement(scaleOf(context.pkg, criterion), scores, context.pkg.consensus.spreadThreshold).suggested;
    }
    // Prize aspects carry the team's merged texts only: no score to seed.
    for (const aspect of sectionAspects(context.prizes)) decision.run(assessment.id, aspect.key);
    seedScores(db, assessment.id, seeded);
    // The seeded scores are where the team starts, not a step to undo.
    recordMilestone(db, assessment, {
      at,
      actor: me.id,
      action: 'start-consensus',
      old: null,
      new: { sources: ordered.map((s) => ({ examinerId: s.examinerId, revision: s.revision, contentSha256: s.contentSha256 })), scores: seeded },
    });
    return getAssessment(db, assessment.id);
  })();
}

export function startSiteVisit(db: Db, roundId: string, contestantId: string, at: string): AssessmentRecord {
  const { me } = assertLead(db, roundId, contestantId);
  return db.transaction(() => {
    const existing = findAssessment(db, { roundId, contestantId, examinerId: me.id, stage: 'site-visit' });
    if (existing) return existing;
    const consensus = findAssessment(db, { roundId, contestantId, examinerId: me.id, stage: 'consensus' });
    if (!consensus || consensus.status !== 'submitted') {
      throw appError('consensus-not-submitted');
    }
    const visit = createAssessment(db, { roundId, contestantId, examinerId: me.id, stage: 'site-visit', at });
    const [from, to] = [consensus.id, visit.id];
    copyContent(db, from, to);
    // The agreed scores before the visit stay fixed beside the ones the visit adjusts.
    const decisions = prepared(db,
      'INSERT INTO consensus_criteria (assessment_id, criterion_id, rationale, discussed, score_before) VALUES (?, ?, ?, ?, ?)',
    );
    const scoresBefore = new Map(loadCriteria(db, from).map((c) => [c.criterionId, c.score]));
    for (const [criterionId, decided] of loadTeamCriteria(db, from)) {
      decisions.run(to, criterionId, decided.rationale, decided.discussed ? 1 : 0, scoresBefore.get(criterionId) ?? null);
    }
    prepared(db,
      `INSERT INTO consensus_team (assessment_id, site_visit, nomination, citation, summary, next_steps, to_contestant, key_themes)
       SELECT ?, site_visit, nomination, citation, summary, next_steps, to_contestant, key_themes FROM consensus_team WHERE assessment_id = ?`,
    ).run(to, from);
    prepared(db,
      `INSERT INTO consensus_sources (assessment_id, examiner_id, revision, content_sha256, content, change_log, frozen_at, ignored_revision)
       SELECT ?, examiner_id, revision, content_sha256, content, change_log, frozen_at, ignored_revision FROM consensus_sources WHERE assessment_id = ?`,
    ).run(to, from);
    recordMilestone(db, visit, {
      at,
      actor: me.id,
      action: 'start-site-visit',
      old: null,
      new: { fromAssessment: from, fromRevision: consensus.revision, fromLogHead: consensus.logHead },
    });
    return getAssessment(db, to);
  })();
}
