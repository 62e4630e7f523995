/** A lead (Anna) whose own assessments of the Framsteget round are submitted: Solrosen (class and prize) and Lindgården (prize only). */
import type { Core } from '../../../../../electron/core';
import { sectionAspects } from '../../../../../shared/domain/prize-aspects';
import { call } from '../../../../helpers/core';
import { LINDGARDEN, ROUND, SOLROSEN } from '../../../../helpers/exchange';
import { prizeCore } from '../../../../helpers/prize-round';
import { completeMyAssessment } from '../../../../helpers/scoring';

export { LINDGARDEN, ROUND, SOLROSEN };
export const NYTT = 'prize:framsteget:nytt';
export const VARDE = 'prize:framsteget:skapar-varde';
export const ANVANDS = 'prize:framsteget:anvands';

/** Writes a strength and an improvement area (with evidence) for every aspect of my assessment, and submits. */
export async function assessAspects(core: Core, contestantId: string, voice: string, submit = true) {
  const view = await call(core, 'assessment:open', { roundId: ROUND, contestantId });
  const round = await call(core, 'round:get', { roundId: ROUND });
  const document = round.teams.flatMap((t) => t.contestants).find((c) => c.id === contestantId)!.documents[0]!.sha256;
  for (const [i, aspect] of sectionAspects(view.prizes).entries()) {
    for (const kind of ['strength', 'improvement'] as const) {
      const text = `${voice}: ${kind === 'strength' ? 'styrka' : 'förbättringsområde'} för ${aspect.title}.`;
      await call(core, 'assessment:add-comment', { assessmentId: view.id, criterionId: aspect.key, kind, text, evidence: [{ documentSha256: document, page: i + 2 }] });
    }
    if (i === 0) await call(core, 'assessment:add-comment', { assessmentId: view.id, criterionId: aspect.key, kind: 'question', text: `${voice}: hur sprids det nya?` });
  }
  return submit ? call(core, 'assessment:submit', { assessmentId: view.id }) : call(core, 'assessment:open', { roundId: ROUND, contestantId });
}

/** Anna leads; her own assessments of both contestants are submitted (criteria and aspects). */
export async function prizeLead() {
  const core = await prizeCore();
  await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
  await assessAspects(core, SOLROSEN, 'Anna', false);
  await completeMyAssessment(core, ROUND, SOLROSEN, { fallback: 50, voice: 'Anna' });
  await assessAspects(core, LINDGARDEN, 'Anna');
  return core;
}
