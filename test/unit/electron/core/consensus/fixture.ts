/** A lead whose team's individual assessments are all here, for the consensus tests. */
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
