/** A consensus workspace for component tests: the example package, a team of three, two criteria with content. */
import type { AssessmentView } from '../../../../../shared/contract/assessments';
import type { ConsensusView, TeamAssessmentView } from '../../../../../shared/contract/consensus';
import type { Comment, ConsensusCriterion, CriterionAssessment } from '../../../../../shared/domain/assessment';
import { applicableCriteria } from '../../../../../shared/scoring/points';
import { samplePackage } from '../../../samples';

export const TEAM_ID = '99999999-2222-4333-8444-555555555555';
const members = [
  { examinerId: 'e-anna', name: 'Anna Lind', initials: 'AL', lead: true },
  { examinerId: 'e-bilal', name: 'Bilal Haddad', initials: 'BH', lead: false },
  { examinerId: 'e-cecilia', name: 'Cecilia Ek', initials: 'CE', lead: false },
];
const DOC = 'a'.repeat(64);
let n = 0;
export const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const comment = (text: string, page: number): Comment => ({ id: id(), text, evidence: [{ documentSha256: DOC, page }] });

/** Individual scores per criterion: 1.1 is disputed (20–60), 1.2 agreed. */
const SCORES: Record<string, [number, number, number]> = { '1.1': [50, 20, 60], '1.2': [60, 60, 50] };

function source(examinerId: string, index: number): CriterionAssessment[] {
  const first = members[index]!.name.split(' ')[0];
  return applicableCriteria(samplePackage(), 'forskola').map((c) => ({
    criterionId: c.id,
    score: SCORES[c.id]?.[index] ?? 50,
    attributes: {},
    strengths: [comment(`${first}s styrka i ${c.id}.`, 3 + index)],
    improvements: [comment(`${first}s förbättringsområde i ${c.id}.`, 5 + index)],
    siteVisitQuestions: c.id === '1.1' ? [{ id: id(), text: `${first}s fråga om ${c.id}?` }] : [],
  })) as CriterionAssessment[];
}

export const sources = members.map((m, i) => ({ examinerId: m.examinerId, revision: 1, frozenAt: '2026-09-20T08:00:00.000Z', origin: (i === 0 ? 'own' : 'received') as 'own' | 'received', criteria: source(m.examinerId, i) }));

export function teamCriteria(over: Record<string, Partial<ConsensusCriterion>> = {}): ConsensusCriterion[] {
  return applicableCriteria(samplePackage(), 'forskola').map((c) => ({
    criterionId: c.id,
    score: c.id === '1.1' ? 40 : 60,
    attributes: {},
    strengths: [],
    improvements: [],
    siteVisitQuestions: [],
    individualScores: members.map((m, i) => ({ examinerId: m.examinerId, score: SCORES[c.id]?.[i] ?? 50 })),
    rationale: '',
    discussed: false,
    ...over[c.id],
  }));
}

export function teamView(criteria = teamCriteria(), over: Partial<TeamAssessmentView> = {}): TeamAssessmentView {
  return {
    stage: 'consensus',
    status: 'draft',
    revision: 1,
    author: { examinerId: 'e-anna', name: 'Anna Lind' },
    updatedAt: '2026-09-20T08:00:00.000Z',
    criteria,
    team: { recommendation: { siteVisit: null, nomination: null, citation: '' }, summary: '', nextSteps: [], toContestant: '', keyThemes: [] },
    ...over,
  };
}

const editable = (status: 'draft' | 'submitted' = 'draft'): AssessmentView => ({
  id: TEAM_ID,
  roundId: 'ku-2026-ovning',
  contestantId: 'c-solrosen',
  examinerId: 'e-anna',
  stage: 'consensus',
  status,
  revision: 1,
  updatedAt: '2026-09-20T08:00:00.000Z',
  submittedAt: status === 'submitted' ? '2026-09-21T08:00:00.000Z' : null,
  classId: 'forskola',
  prizes: [],
  criteria: [],
  canUndo: false,
  canRedo: false,
});

export function leadView(over: Partial<ConsensusView> = {}): ConsensusView {
  return {
    roundId: 'ku-2026-ovning',
    contestantId: 'c-solrosen',
    contestantName: 'Förskolan Solrosen',
    classId: 'forskola',
    prizes: [],
    members,
    access: 'lead',
    notice: null,
    canStart: false,
    sources,
    missing: [],
    updates: [],
    stages: ['consensus'],
    assessment: teamView(),
    editable: editable(),
    ...over,
  };
}

export function memberView(over: Partial<ConsensusView> = {}): ConsensusView {
  return leadView({ access: 'member', sources: [], editable: null, assessment: teamView(teamCriteria(), { status: 'submitted' }), ...over });
}

export const editResult = { criterion: null, savedAt: '2026-09-20T08:01:00.000Z', canUndo: true, canRedo: false };

/** A team edit's answer: the edit's result and the team's assessment as it now is. */
export const teamEditResult = (team: TeamAssessmentView = teamView()) => ({ ...editResult, team });
