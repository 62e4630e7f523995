/**
 * Opening the team's stages. Consensus: the lead's team assessment starts as
 * a draft whose sources are the members' individual assessments as they are
 * now (frozen), and whose scores start at each criterion's rounded mean.
 * Site visit: a copy of the submitted consensus in which the scores before
 * the visit stay fixed beside the adjusted ones. Each in one transaction.
 */
import { appError } from '../../../shared/errors';
import { scaleOf } from '../../../shared/scoring/points';
import { disagreement } from '../../../shared/scoring/spread';
import { createAssessment } from '../assessments/create';
import { currentExaminer, type Examiner } from '../assessments/identity';
import { appendLog } from '../assessments/log';
import { findAssessment, getAssessment, type AssessmentRecord } from '../assessments/repository';
import { contestantContext } from '../assessments/round-context';
import { prepared } from '../assessments/statements';
import { writeSource } from '../assessments/team-fields';
import type { Db } from '../db/open';
import { availableSources, sourceValue } from './sources';
import { contestantTeam, type ContestantTeam } from './team';

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
    const setScore = prepared(db, 'UPDATE assessment_criteria SET score = ? WHERE assessment_id = ? AND criterion_id = ?');
    const seeded: Record<string, number | null> = {};
    for (const criterion of context.criteria) {
      decision.run(assessment.id, criterion.id);
      const scores = ordered.map((s) => s.criteria.find((c) => c.criterionId === criterion.id)?.score ?? null);
      const suggested = disagreement(scaleOf(context.pkg, criterion), scores, context.pkg.consensus.spreadThreshold).suggested;
      seeded[criterion.id] = suggested;
      if (suggested !== null) setScore.run(suggested, assessment.id, criterion.id);
    }
    appendLog(db, assessment.id, {
      at,
      actor: me.id,
      action: 'start-consensus',
      field: null,
      target: {},
      old: null,
      new: { sources: ordered.map((s) => ({ examinerId: s.examinerId, revision: s.revision, contentSha256: s.contentSha256 })), scores: seeded },
      ref: null,
    });
    // The seeded scores are where the team starts, not a step to undo.
    prepared(db, 'UPDATE assessments SET session_start = log_count + 1 WHERE id = ?').run(assessment.id);
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
    prepared(db, 
      `UPDATE assessment_criteria SET (score, attributes) = (SELECT c.score, c.attributes FROM assessment_criteria c
          WHERE c.assessment_id = ? AND c.criterion_id = assessment_criteria.criterion_id) WHERE assessment_id = ?`,
    ).run(from, to);
    prepared(db, 
      `INSERT INTO assessment_comments (assessment_id, id, criterion_id, kind, position, text, evidence, sources)
       SELECT ?, id, criterion_id, kind, position, text, evidence, sources FROM assessment_comments WHERE assessment_id = ?`,
    ).run(to, from);
    prepared(db, 
      `INSERT INTO consensus_criteria (assessment_id, criterion_id, rationale, discussed, score_before)
       SELECT ?, k.criterion_id, k.rationale, k.discussed, a.score FROM consensus_criteria k
         JOIN assessment_criteria a ON a.assessment_id = k.assessment_id AND a.criterion_id = k.criterion_id WHERE k.assessment_id = ?`,
    ).run(to, from);
    prepared(db, 
      `INSERT INTO consensus_team (assessment_id, site_visit, nomination, citation, summary, next_steps)
       SELECT ?, site_visit, nomination, citation, summary, next_steps FROM consensus_team WHERE assessment_id = ?`,
    ).run(to, from);
    prepared(db, 
      `INSERT INTO consensus_sources (assessment_id, examiner_id, revision, content_sha256, content, change_log, frozen_at, ignored_revision)
       SELECT ?, examiner_id, revision, content_sha256, content, change_log, frozen_at, ignored_revision FROM consensus_sources WHERE assessment_id = ?`,
    ).run(to, from);
    appendLog(db, to, {
      at,
      actor: me.id,
      action: 'start-site-visit',
      field: null,
      target: {},
      old: null,
      new: { fromAssessment: from, fromRevision: consensus.revision, fromLogHead: consensus.logHead },
      ref: null,
    });
    prepared(db, 'UPDATE assessments SET session_start = log_count + 1 WHERE id = ?').run(to);
    return getAssessment(db, to);
  })();
}
