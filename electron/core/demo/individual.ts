/**
 * One examiner's individual assessment in the demo: every criterion scored and
 * commented with evidence, every aspect of a prize the contestant enters
 * written the same way without a score; submitted and exported.
 */
import type { AssessmentView } from '../../../shared/contract/assessments';
import type { ContestantView } from '../../../shared/contract/rounds';
import type { EvidenceAnchor } from '../../../shared/domain/assessment';
import { selectionFor } from './evidence';
import { call, type Installation } from './installation';
import { authorship, inVoice, rowOf, type ContestantScript, type MemberPosition } from './script';
import { exported } from './team';

/** The sentence around the cue, selected on its page, made into an anchor by the core. */
async function evidence(installation: Installation, documentSha256: string, cue: string): Promise<EvidenceAnchor> {
  let pages = installation.texts.get(documentSha256);
  if (!pages) {
    pages = await call(installation.core, 'document:text', { sha256: documentSha256 });
    installation.texts.set(documentSha256, pages);
  }
  const { unit, selectedText } = selectionFor(pages, cue);
  return call(installation.core, 'document:anchor', { documentSha256, unit, selectedText });
}

/** The member at `me` of the team scores every criterion, writes strengths, improvement areas and questions on every row, submits and exports. */
export async function assessIndividually(installation: Installation, roundId: string, contestant: ContestantView, script: ContestantScript, me: MemberPosition): Promise<string> {
  const { core } = installation;
  const document = contestant.documents[0]!.sha256;
  const view: AssessmentView = await call(core, 'assessment:open', { roundId, contestantId: contestant.id });
  let turn: number = me;
  for (const { criterionId } of view.criteria) {
    const row = rowOf(script, criterionId);
    const c = row.written;
    const mine = authorship(me, row.index, c);
    if (row.criterion) await call(core, 'assessment:set-score', { assessmentId: view.id, criterionId, score: row.criterion.scores[me] });
    for (const [kind, list, chosen] of [
      ['strength', c.strengths, mine.strengths],
      ['improvement', c.improvements, mine.improvements],
    ] as const) {
      for (const i of chosen) {
        const [text, cue] = list[i]!;
        await call(core, 'assessment:add-comment', {
          assessmentId: view.id,
          criterionId,
          kind,
          text: inVoice(me, kind, text, turn++),
          evidence: [await evidence(installation, document, cue)],
        });
      }
    }
    if (mine.question) await call(core, 'assessment:add-comment', { assessmentId: view.id, criterionId, kind: 'question', text: c.question! });
  }
  await call(core, 'assessment:submit', { assessmentId: view.id });
  return exported(core, view.id);
}
