/**
 * Making a training round's reference (`examinator reference sign`): from a
 * reference source the office wrote, or from a team's signed consensus file,
 * a consensus-stage `.kvbedomning` authored and signed by
 * stadsledningskontoret with the key it signs the round with. A consensus
 * file keeps its scores, reasoning and comments; who scored what in that team
 * (individual scores, merged sources) is left out — a reference is the answer,
 * not a team's history. The same source gives the same bytes.
 */
import { createHash, type KeyObject } from 'node:crypto';
import type { Comment, ConsensusCriterion } from '../../../shared/domain/assessment';
import { AppError, appError } from '../../../shared/errors';
import { ASSESSMENT_FORMAT } from '../../../shared/formats/assessment-file';
import { issueMessage } from '../../../shared/formats/common';
import { REFERENCE_SOURCE_FORMAT, referenceSourceSchema, type ReferenceSource } from '../../../shared/formats/training';
import { buildAssessmentFile, readAssessmentFile, type AssessmentFileBytes, type AssessmentFileInput } from '../exchange/assessment-file';

export const REFERENCE_AUTHOR = { examinerId: 'stadsledningskontoret', name: 'Stadsledningskontoret' } as const;

/** A UUID v4 shape derived from where the comment stands, so rebuilding gives the same ids. */
function stableId(...parts: readonly (string | number)[]): string {
  const hex = createHash('sha256').update(parts.join('/')).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function fromSource(source: ReferenceSource): Pick<AssessmentFileInput, 'roundId' | 'contestantId' | 'exportedAt' | 'criteria' | 'team'> {
  const comments = (criterionId: string, list: string, items: ReferenceSource['criteria'][number]['strengths']): Comment[] =>
    items.map((item, i) => ({ id: stableId(source.contestant.id, criterionId, list, i), text: item.text, evidence: item.evidence }));
  const criteria: ConsensusCriterion[] = source.criteria.map((c) => ({
    criterionId: c.criterionId,
    score: c.score,
    attributes: {},
    strengths: comments(c.criterionId, 'strengths', c.strengths),
    improvements: comments(c.criterionId, 'improvements', c.improvements),
    siteVisitQuestions: [],
    individualScores: [],
    rationale: c.rationale,
    discussed: false,
  }));
  return {
    roundId: source.round.id,
    contestantId: source.contestant.id,
    exportedAt: source.exportedAt,
    criteria,
    team: { recommendation: { siteVisit: null, nomination: null, citation: '' }, summary: source.summary, sources: [] },
  };
}

/** The written part without who wrote it: no merged sources, no private note. */
function unattributed<T extends { strengths: Comment[]; improvements: Comment[]; privateNote?: string }>({ privateNote: _note, ...written }: T) {
  const withoutSources = (comments: readonly Comment[]) => comments.map(({ sources: _sources, ...comment }) => comment);
  return { ...written, strengths: withoutSources(written.strengths), improvements: withoutSources(written.improvements) };
}

function fromConsensusFile(bytes: Buffer): Pick<AssessmentFileInput, 'roundId' | 'contestantId' | 'exportedAt' | 'criteria' | 'prizes' | 'team'> {
  const { file } = readAssessmentFile(bytes);
  if (file.stage !== 'consensus') throw appError('reference-not-consensus', { path: 'källfilen' });
  return {
    roundId: file.round.id,
    contestantId: file.contestant.id,
    exportedAt: file.exportedAt,
    criteria: file.criteria.map((c) => ({ ...unattributed(c), individualScores: [] })),
    // A prize entry's written assessment is part of the answer too.
    prizes: (file.prizes ?? []).map((prize) => ({ prizeId: prize.prizeId, aspects: prize.aspects.map(unattributed) })),
    team: { ...file.team, sources: [] },
  };
}

export interface ReferencePackage {
  readonly sha256: string;
  readonly package: { readonly id: string; readonly revision: number };
}

/** Signs a reference from a source (JSON already parsed) or a consensus file's bytes; refuses (in Swedish) what is neither. */
export function signReference(json: unknown, bytes: Buffer, criteria: ReferencePackage, privateKey: KeyObject): AssessmentFileBytes {
  const format = (json as { format?: unknown } | null)?.format;
  let content;
  if (format === ASSESSMENT_FORMAT) {
    content = fromConsensusFile(bytes);
  } else if (format === REFERENCE_SOURCE_FORMAT) {
    const parsed = referenceSourceSchema.safeParse(json);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      throw appError('reference-source-invalid', { problem: `${issue!.path.join('.')}: ${issueMessage(issue!)}` });
    }
    content = fromSource(parsed.data);
  } else {
    throw appError('reference-source-invalid', { problem: `fältet "format" ska vara "${REFERENCE_SOURCE_FORMAT}" eller en konsensusbedömning ("${ASSESSMENT_FORMAT}")` });
  }
  try {
    return buildAssessmentFile(
      {
        ...content,
        criteriaPackage: { id: criteria.package.id, revision: criteria.package.revision, sha256: criteria.sha256 },
        stage: 'consensus',
        author: REFERENCE_AUTHOR,
        revision: 1,
        includesPrivateNotes: false,
        changeLog: null,
      },
      privateKey,
    );
  } catch (error) {
    if (error instanceof AppError) throw appError('reference-source-invalid', { problem: error.message });
    throw error;
  }
}
