/** Scoring a whole individual assessment through the core's channels, as the desk does (plain Node: the benches use it too). */
import type { Core } from '../../electron/core';
import type { Args, Channel, Result } from '../../shared/contract';
import type { AssessmentView } from '../../shared/contract/assessments';
import { isAspectKey } from '../../shared/domain/prize-aspects';

async function call<C extends Channel>(core: Core, channel: C, args: Args<C>): Promise<Result<C>> {
  const envelope = await core.dispatch(channel, args);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as Result<C>;
}

export interface ScoreOptions {
  /** The score per criterion id; criteria not named get `fallback`. */
  readonly scores?: Readonly<Record<string, number>>;
  readonly fallback?: number;
  /** Text prefix, so each examiner's comments differ. */
  readonly voice?: string;
  readonly privateNote?: string;
  readonly submit?: boolean;
}

/** Opens my assessment of the contestant, scores every criterion with a strength and an improvement area (with evidence), and submits. */
export async function completeMyAssessment(core: Core, roundId: string, contestantId: string, options: ScoreOptions = {}): Promise<AssessmentView> {
  const view = await call(core, 'assessment:open', { roundId, contestantId });
  const round = await call(core, 'round:get', { roundId });
  const document = round.teams.flatMap((t) => t.contestants).find((c) => c.id === contestantId)!.documents[0]!.sha256;
  const voice = options.voice ?? 'Examinatorn';
  // Prize aspects have no score: a prize entry's written assessment is not this helper's.
  for (const [i, criterion] of view.criteria.filter((c) => !isAspectKey(c.criterionId)).entries()) {
    const id = criterion.criterionId;
    await call(core, 'assessment:set-score', { assessmentId: view.id, criterionId: id, score: options.scores?.[id] ?? options.fallback ?? 50 });
    await call(core, 'assessment:add-comment', {
      assessmentId: view.id,
      criterionId: id,
      kind: 'strength',
      text: `${voice}: styrka för ${id}.`,
      evidence: [{ documentSha256: document, page: (i % 30) + 1, quote: `Citat ${id}` }],
    });
    await call(core, 'assessment:add-comment', {
      assessmentId: view.id,
      criterionId: id,
      kind: 'improvement',
      text: `${voice}: förbättringsområde för ${id}.`,
      evidence: [{ documentSha256: document, page: ((i + 3) % 30) + 1 }],
    });
    if (i === 0) await call(core, 'assessment:add-comment', { assessmentId: view.id, criterionId: id, kind: 'question', text: `${voice}: hur följs ${id} upp?` });
    if (i === 0 && options.privateNote) await call(core, 'assessment:set-note', { assessmentId: view.id, criterionId: id, text: options.privateNote });
  }
  return options.submit === false ? call(core, 'assessment:open', { roundId, contestantId }) : call(core, 'assessment:submit', { assessmentId: view.id });
}

/** Writes a strength and an improvement area (with evidence) on every prize aspect of my open assessment; returns it as it then stands. */
export async function writeMyAspects(core: Core, view: AssessmentView, voice = 'Examinatorn'): Promise<AssessmentView> {
  const round = await call(core, 'round:get', { roundId: view.roundId });
  const document = round.teams.flatMap((t) => t.contestants).find((c) => c.id === view.contestantId)!.documents[0]!.sha256;
  for (const [i, aspect] of view.prizes.flatMap((p) => p.aspects).entries()) {
    for (const kind of ['strength', 'improvement'] as const) {
      const text = `${voice}: ${kind === 'strength' ? 'styrka' : 'förbättringsområde'} för ${aspect.title}.`;
      await call(core, 'assessment:add-comment', { assessmentId: view.id, criterionId: aspect.key, kind, text, evidence: [{ documentSha256: document, page: i + 1 }] });
    }
  }
  return call(core, 'assessment:open', { roundId: view.roundId, contestantId: view.contestantId });
}
