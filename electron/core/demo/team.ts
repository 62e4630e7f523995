/**
 * The team's part of the demo round: the lead takes in the members' files,
 * reaches consensus (picks, merges, discussion, a rationale) and records the
 * site visit — through the same channels as the consensus screen.
 */
import type { ConsensusSourceView } from '../../../shared/contract/consensus';
import type { ContestantView } from '../../../shared/contract/rounds';
import { appError } from '../../../shared/errors';
import { allCriteria, type CriteriaPackage } from '../../../shared/formats/criteria-package';
import { scaleOf } from '../../../shared/scoring/points';
import { disagreement } from '../../../shared/scoring/spread';
import type { Core } from '../create-core';
import { writeFeedbackWords } from './feedback-words';
import { call } from './installation';
import { authorship, rowOf, type ContestantScript, type MemberPosition, type TeamScript, type WrittenScript } from './script';

export async function exported(core: Core, assessmentId: string): Promise<string> {
  const saved = await call(core, 'assessment:export', { assessmentId, includePrivateNotes: false });
  if (!saved) throw appError('demo-not-saved', { what: 'Bedömningsfilen' });
  return saved.path;
}

/** Files handed over as a dialog would, previewed, then applied; each must be taken in. */
export async function importInto(core: Core, paths: readonly string[]): Promise<void> {
  const fileIds = paths.map((path) => core.context.files.register(path).id);
  const preview = await call(core, 'assessment:preview-import', { fileIds, acceptedKeys: [] });
  const refused = preview.find((p) => p.status !== 'new' && p.status !== 'newer');
  if (refused) throw appError('demo-import', { fileName: refused.fileName, message: refused.message });
  const applied = await call(core, 'assessment:apply-import', { items: preview.map((p) => ({ fileId: p.fileId, sha256: p.sha256! })), acceptedKeys: [] });
  const failed = applied.find((a) => a.status !== 'added' && a.status !== 'replaced');
  if (failed) throw appError('demo-import', { fileName: failed.fileName, message: failed.message });
}

const POSITIONS: readonly MemberPosition[] = [0, 1, 2];

/** Who wrote observation `i` of the list, and the id of their comment in the frozen source. */
function picksFor(team: TeamScript, sources: readonly ConsensusSourceView[], criterionId: string, index: number, c: WrittenScript, kind: 'strengths' | 'improvements', i: number) {
  return POSITIONS.flatMap((position) => {
    const examinerId = team.members[position];
    const order = authorship(position, index, c)[kind];
    const at = order.indexOf(i);
    if (at < 0) return [];
    const comment = sources.find((s) => s.examinerId === examinerId)?.criteria.find((k) => k.criterionId === criterionId)?.[kind][at];
    if (!comment) throw appError('demo-source-missing', { examinerId, criterionId });
    return [{ examinerId, commentId: comment.id }];
  });
}

/**
 * The lead's consensus: members' comments into the team's lists (merged where
 * two or more wrote the same; edited into the team's words), questions for
 * the site visit, disputed criteria discussed, the team's own scores with their
 * rationale, and the team's part; submitted and exported. A prize aspect is
 * merged like a criterion's comments, and has no score to agree on.
 */
export async function reachConsensus(core: Core, roundId: string, contestant: ContestantView, team: TeamScript, script: ContestantScript, pkg: CriteriaPackage): Promise<string> {
  const started = await call(core, 'consensus:start', { roundId, contestantId: contestant.id });
  const assessmentId = started.editable!.id;
  await writeFeedbackWords(core, assessmentId, contestant.id);
  const criteria = new Map(allCriteria(pkg).map(({ criterion }) => [criterion.id, criterion]));
  for (const criterion of started.assessment!.criteria) {
    const { criterionId } = criterion;
    const { index, written: c, criterion: scored } = rowOf(script, criterionId);
    for (const [kind, list, key] of [
      ['strength', c.strengths, 'strengths'],
      ['improvement', c.improvements, 'improvements'],
    ] as const) {
      for (const [i, [text]] of list.entries()) {
        const picks = picksFor(team, started.sources, criterionId, index, c, key, i);
        const taken = await call(core, 'consensus:take', { assessmentId, criterionId, kind, picks });
        // Two or three texts run together, or one member's voice: the lead puts it in the team's words.
        const comment = [...taken.criterion!.strengths, ...taken.criterion!.improvements].find((k) => k.id === taken.commentId);
        if (comment?.text !== text) await call(core, 'assessment:edit-comment', { assessmentId, commentId: taken.commentId!, text });
      }
    }
    const position = POSITIONS.find((p) => authorship(p, index, c).question);
    if (position !== undefined) {
      const asker = team.members[position];
      const question = started.sources.find((s) => s.examinerId === asker)!.criteria.find((k) => k.criterionId === criterionId)!.siteVisitQuestions[0]!;
      await call(core, 'consensus:take', { assessmentId, criterionId, kind: 'question', picks: [{ examinerId: asker, commentId: question.id }] });
    }
    if (!scored) continue;
    const spread = disagreement(scaleOf(pkg, criteria.get(criterionId)!), criterion.individualScores.map((s) => s.score), pkg.consensus.spreadThreshold);
    if (scored.agreed !== undefined && scored.agreed !== criterion.score) await call(core, 'assessment:set-score', { assessmentId, criterionId, score: scored.agreed });
    if (scored.rationale) await call(core, 'consensus:set-rationale', { assessmentId, criterionId, text: scored.rationale });
    if (spread.mustDiscuss || scored.agreed !== undefined) await call(core, 'consensus:set-discussed', { assessmentId, criterionId, discussed: true });
  }
  const words = script.team;
  await call(core, 'consensus:set-team', { assessmentId, change: { field: 'summary', value: words.summary.join('\n\n') } });
  await call(core, 'consensus:set-team', { assessmentId, change: { field: 'nextSteps', value: [...words.nextSteps] } });
  await call(core, 'consensus:set-team', { assessmentId, change: { field: 'siteVisit', value: words.siteVisit ?? true } });
  await call(core, 'consensus:set-team', { assessmentId, change: { field: 'nomination', value: words.nomination } });
  await call(core, 'consensus:set-team', { assessmentId, change: { field: 'citation', value: words.citation } });
  await call(core, 'assessment:submit', { assessmentId });
  return exported(core, assessmentId);
}

/** After the visit: the scores it changed, each with what the visit showed; submitted and exported. */
export async function recordSiteVisit(core: Core, roundId: string, contestant: ContestantView, script: ContestantScript): Promise<string> {
  const visit = await call(core, 'consensus:start-site-visit', { roundId, contestantId: contestant.id });
  const assessmentId = visit.editable!.id;
  for (const criterion of visit.assessment!.criteria) {
    const planned = rowOf(script, criterion.criterionId).criterion?.visit;
    if (!planned) continue;
    await call(core, 'assessment:set-score', { assessmentId, criterionId: criterion.criterionId, score: planned.score });
    await call(core, 'consensus:set-visit-note', { assessmentId, criterionId: criterion.criterionId, text: planned.note });
  }
  await call(core, 'assessment:submit', { assessmentId });
  return exported(core, assessmentId);
}
