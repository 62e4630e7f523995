/**
 * The reports of every prize entry (contestant × prize) in the round: the
 * prisbedömning for the jury and the prisåterföring to the entrant, made from
 * the team's latest file once it carries the team's written prize assessment.
 */
import type { ReportItem } from '../../../../shared/contract/reports';
import { AppError } from '../../../../shared/errors';
import type { UnsignedAssessmentFile } from '../../../../shared/formats/assessment-file';
import { prizeEntry } from '../build/prize-entry';
import type { ReportInputs } from './inputs';

/** Why the team's file cannot make the prize's reports (it has no written assessment of the prize); null when it can. */
function prizeUnavailable(inputs: ReportInputs, file: UnsignedAssessmentFile, prizeId: string): string | null {
  try {
    prizeEntry(inputs.source, file, prizeId);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
}

export function prizeItems(inputs: ReportInputs, basisOf: (file: UnsignedAssessmentFile) => string): ReportItem[] {
  const prizes = new Map(inputs.facts.prizes.map((p) => [p.id, p]));
  return [...inputs.facts.contestants.values()].flatMap((contestant) =>
    contestant.prizes.flatMap((prizeId) => {
      const prize = prizes.get(prizeId);
      if (!prize) return [];
      const { team, teamMissing } = inputs.contestants.get(contestant.id)!;
      const shared = {
        basis: team ? basisOf(team) : 'teamets bedömning',
        stage: team?.stage ?? null,
        unavailable: team ? prizeUnavailable(inputs, team, prizeId) : teamMissing,
      };
      const ref = { contestantId: contestant.id, prizeId };
      return [
        { ref: { kind: 'prisbedomning' as const, ...ref }, title: `Prisbedömning – ${prize.title} – ${contestant.name}`, ...shared },
        { ref: { kind: 'prisaterforing' as const, ...ref }, title: `Återföring om priset – ${prize.title} – ${contestant.name}`, ...shared },
      ];
    }),
  );
}
