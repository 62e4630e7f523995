/** Calls through the page's own bridge in e2e tests: the same typed API the screens use, for set-up the test is not about. */
import type { Args, Channel, ExaminatorBridge, Result } from '../../shared/contract';
import type { Page } from './harness';

export async function invoke<C extends Channel>(page: Page, channel: C, args: Args<C>): Promise<Result<C>> {
  const envelope = await page.evaluate(
    ([c, a]) => (window as unknown as { examinator: ExaminatorBridge }).examinator.invoke(c as Channel, a as never),
    [channel, args] as const,
  );
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as Result<C>;
}

/** Scores every criterion of my assessment of a contestant (a score, a strength and an improvement area with evidence). */
export async function scoreThroughBridge(page: Page, roundId: string, contestantId: string, scores: Record<string, number>, voice: string): Promise<string> {
  const view = await invoke(page, 'assessment:open', { roundId, contestantId });
  const round = await invoke(page, 'round:get', { roundId });
  const document = round.teams.flatMap((t) => t.contestants).find((c) => c.id === contestantId)!.documents[0]!.sha256;
  for (const [i, { criterionId }] of view.criteria.entries()) {
    const assessmentId = view.id;
    await invoke(page, 'assessment:set-score', { assessmentId, criterionId, score: scores[criterionId] ?? 50 });
    await invoke(page, 'assessment:add-comment', { assessmentId, criterionId, kind: 'strength', text: `${voice} ser en styrka i ${criterionId}.`, evidence: [{ documentSha256: document, page: i + 2 }] });
    await invoke(page, 'assessment:add-comment', { assessmentId, criterionId, kind: 'improvement', text: `${voice} ser ett förbättringsområde i ${criterionId}.`, evidence: [{ documentSha256: document, page: i + 3 }] });
  }
  return view.id;
}

/** Starts the team's consensus and agrees every criterion at 50 with Anna's first strength and improvement area; returns its id. */
export async function agreeThroughBridge(page: Page, roundId: string, contestantId: string): Promise<string> {
  const view = await invoke(page, 'consensus:start', { roundId, contestantId });
  const id = view.editable!.id;
  for (const criterion of view.sources[0]!.criteria) {
    for (const kind of ['strength', 'improvement'] as const) {
      const comment = (kind === 'strength' ? criterion.strengths : criterion.improvements)[0]!;
      await invoke(page, 'consensus:take', { assessmentId: id, criterionId: criterion.criterionId, kind, picks: [{ examinerId: 'e-anna', commentId: comment.id }] });
    }
    await invoke(page, 'consensus:set-discussed', { assessmentId: id, criterionId: criterion.criterionId, discussed: true });
    await invoke(page, 'assessment:set-score', { assessmentId: id, criterionId: criterion.criterionId, score: 50 });
  }
  return id;
}
