/**
 * The övningsomgång's reference assessments, written from the demo team's
 * consensus: per practice contestant with a script and a class, every criterion of its
 * class with the score the team agreed on (or the rounded mean it started
 * from), the team's reasoning, and the strengths and improvement areas in the
 * team's words, each with evidence found in the contestant's own document —
 * the cue's sentence, on its page — exactly as the demo's examiners find it.
 * `examinator reference ovning` writes these sources; `reference sign` signs them.
 */
import { join } from 'node:path';
import type { EvidenceAnchor } from '../../../shared/domain/assessment';
import { appError } from '../../../shared/errors';
import type { CriteriaPackage } from '../../../shared/formats/criteria-package';
import type { RoundSource } from '../../../shared/formats/round';
import { REFERENCE_SOURCE_FORMAT, type ReferenceSource } from '../../../shared/formats/training';
import { applicableCriteria, scaleOf } from '../../../shared/scoring/points';
import { disagreement } from '../../../shared/scoring/spread';
import { openStandalone } from '../documents/standalone';
import { selectionFor } from './evidence';
import type { ContestantScript, Observation } from './script';
import { CONTESTANTS } from './teams';

/** Every practice contestant the demo has a team's consensus for. */
const SCRIPTS: readonly ContestantScript[] = CONTESTANTS;

/** When stadsledningskontoret wrote the references: before the övningsomgång opens. */
export const REFERENCES_WRITTEN_AT = '2026-08-17T08:00:00Z';

export interface OvningReferenceInput {
  readonly round: RoundSource;
  readonly pkg: CriteriaPackage;
  /** Where the round source's `documents/<name>` files are. */
  readonly documentsDir: string;
  readonly now: Date;
}

/** The agreed score: the team's, or where the consensus started (the members' mean rounded to a valid score). */
function referenceScore(pkg: CriteriaPackage, criterionId: string, script: ContestantScript['criteria'][string]): number | null {
  if (script.agreed !== undefined) return script.agreed;
  const criterion = applicableCriteria(pkg).find((c) => c.id === criterionId)!;
  return disagreement(scaleOf(pkg, criterion), script.scores, pkg.consensus.spreadThreshold).suggested;
}

export async function ovningReferenceSources(input: OvningReferenceInput): Promise<ReferenceSource[]> {
  const sources: ReferenceSource[] = [];
  for (const contestant of input.round.contestants) {
    const script = SCRIPTS.find((s) => s.contestantId === contestant.id);
    // A reference is the agreed scores a trainee's are compared with: a contestant only in prizes has none.
    if (!script || contestant.class === undefined) continue;
    const path = contestant.documents[0]!.path;
    const document = await openStandalone(join(input.documentsDir, path.slice(path.indexOf('/') + 1)), input.now);
    try {
      const pages = document.units.map((u) => ({ unit: u.number, text: u.text }));
      const evidence = ([text, cue]: Observation) => {
        const { unit, selectedText } = selectionFor(pages, cue);
        const anchor: EvidenceAnchor = { documentSha256: document.summary.sha256, ...(document.mediaType === 'application/pdf' ? { page: unit } : { paragraph: unit }), quote: selectedText };
        return { text, evidence: [anchor] };
      };
      sources.push({
        format: REFERENCE_SOURCE_FORMAT,
        formatVersion: 1,
        round: { id: input.round.round.id },
        contestant: { id: contestant.id },
        exportedAt: REFERENCES_WRITTEN_AT,
        summary: script.team.summary.join('\n\n'),
        criteria: applicableCriteria(input.pkg, contestant.class).map((criterion) => {
          const c = script.criteria[criterion.id];
          if (!c) throw appError('demo-round-changed');
          return {
            criterionId: criterion.id,
            score: referenceScore(input.pkg, criterion.id, c),
            rationale: c.rationale ?? '',
            strengths: c.strengths.map(evidence),
            improvements: c.improvements.map(evidence),
          };
        }),
      });
    } finally {
      document.close();
    }
  }
  return sources;
}
