/** A lead whose team's individual assessments are all here, for the consensus tests. */
import type { Core } from '../../../../../electron/core';
import type { ConsensusView } from '../../../../../shared/contract/consensus';
import { call } from '../../../../helpers/core';
import { assessmentBytes, exchangeCore, importFiles, individualCriteria, newKey, ROUND, SOLROSEN } from '../../../../helpers/exchange';
import { completeMyAssessment } from '../../../../helpers/scoring';

/** Anna (lead) has submitted; Bilal's and Cecilia's files have arrived. 1.1 is disputed: 50 / 20 / 60. */
export async function leadWithTeam() {
  const { core, facts } = await exchangeCore();
  await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
  await completeMyAssessment(core, ROUND, SOLROSEN, { scores: { '1.1': 50, '1.2': 60 }, fallback: 50, voice: 'Anna', privateNote: 'Min hemliga tanke.' });
  const bilal = individualCriteria(facts, SOLROSEN).map((c) => ({ ...c, score: c.criterionId === '1.1' ? 20 : 50 }));
  const cecilia = individualCriteria(facts, SOLROSEN).map((c) => ({ ...c, score: c.criterionId === '1.1' ? 60 : c.criterionId === '1.2' ? 70 : 50 }));
  const keys = { bilal: newKey(), cecilia: newKey() };
  await importFiles(core, {
    'bilal.kvbedomning': assessmentBytes(facts, { author: { examinerId: 'e-bilal', name: 'Bilal Haddad' }, criteria: bilal, key: keys.bilal }),
    'cecilia.kvbedomning': assessmentBytes(facts, { author: { examinerId: 'e-cecilia', name: 'Cecilia Ek' }, criteria: cecilia, key: keys.cecilia }),
  });
  return { core, facts, bilal, cecilia, keys };
}

export const criterion = (view: ConsensusView, id: string) => view.assessment!.criteria.find((c) => c.criterionId === id)!;

/** Makes every criterion of the team's draft complete: team comments from Anna's, disputed ones discussed. */
export async function completeConsensus(core: Core, assessmentId: string) {
  const view = await call(core, 'consensus:open', { roundId: ROUND, contestantId: SOLROSEN });
  const anna = view.sources.find((s) => s.examinerId === 'e-anna')!;
  for (const own of anna.criteria) {
    for (const kind of ['strength', 'improvement'] as const) {
      const comment = (kind === 'strength' ? own.strengths : own.improvements)[0]!;
      await call(core, 'consensus:take', { assessmentId, criterionId: own.criterionId, kind, picks: [{ examinerId: 'e-anna', commentId: comment.id }] });
    }
    if (criterion(view, own.criterionId).individualScores.some((s) => s.score === 20)) {
      await call(core, 'consensus:set-discussed', { assessmentId, criterionId: own.criterionId, discussed: true });
    }
  }
  await call(core, 'consensus:set-team', { assessmentId, change: { field: 'summary', value: 'Verksamheten har tydliga mål.\n\nUppföljningen är systematisk.' } });
  await call(core, 'consensus:set-team', { assessmentId, change: { field: 'nextSteps', value: ['Följ upp resultaten per termin.', '  '] } });
  await call(core, 'consensus:set-team', { assessmentId, change: { field: 'toContestant', value: '  Tack för ett öppet samtal.\n\nNi har mycket att vara stolta över.  ' } });
  await call(core, 'consensus:set-team', { assessmentId, change: { field: 'keyThemes', value: ['Barnens delaktighet bär arbetet.', ''] } });
  await call(core, 'consensus:set-team', { assessmentId, change: { field: 'siteVisit', value: true } });
}

