/**
 * The sammanställning's model for one competition class: the contestants'
 * bedömning models ranked by total (equal totals share a rank), each
 * criterion's score with the individual spread, and the class's contestants
 * without a team assessment listed as missing. Codes (A, B, C …) follow the
 * contestants' order in the round, as in the app's jury overview, so a code
 * stays the same however many files have come in. In an anonymous model the
 * names and organisations never enter it.
 */
import { appError } from '../../../../shared/errors';
import { applicableCriteria } from '../../../../shared/scoring/points';
import type { BedomningModel, SammanstallningEntry, SammanstallningModel } from '../model';
import { competitionRanks, contestantCode } from '../../../../shared/scoring/ranking';
import { checkReportDate, reportScale, type ReportSource } from './source';

export interface SammanstallningInput extends ReportSource {
  readonly classId: string;
  /** One per contestant of the class (others are left out); usually the team's newest file each. */
  readonly bedomningar: readonly BedomningModel[];
  readonly anonymous: boolean;
  /** "YYYY-MM-DD". */
  readonly reportDate: string;
}

export function buildSammanstallningModel(input: SammanstallningInput): SammanstallningModel {
  const { round, pkg, classId, anonymous } = input;
  const competitionClass = pkg.classes.find((k) => k.id === classId);
  if (!competitionClass) {
    throw appError('report-unknown-class', { classId, classes: pkg.classes.map((k) => `${k.id} (${k.title})`).join(', ') });
  }
  const codes = new Map(round.contestants.map((c, i) => [c.id, contestantCode(i)]));
  const inClass = round.contestants.filter((c) => c.class === classId);
  const models = new Map<string, BedomningModel>();
  for (const model of input.bedomningar) {
    if (model.round.id !== round.round.id) {
      throw appError('report-other-round', { name: model.contestant.name, fileRoundId: model.round.id, roundId: round.round.id });
    }
    if (model.contestant.classId !== classId) continue;
    if (!codes.has(model.contestant.id)) {
      throw appError('report-unknown-contestant', { contestantId: model.contestant.id, title: round.round.title });
    }
    if (models.has(model.contestant.id)) throw appError('report-duplicate', { name: model.contestant.name });
    models.set(model.contestant.id, model);
  }

  const applicable = new Set(applicableCriteria(pkg, classId).map((c) => c.id));
  const areas = pkg.areas
    .map((area) => ({ area, criteria: area.criteria.filter((c) => applicable.has(c.id)) }))
    .filter(({ criteria }) => criteria.length > 0);
  const present = inClass.filter((c) => models.has(c.id)).map((c) => models.get(c.id)!);
  const ranks = competitionRanks(present.map((m) => m.totals.points));
  const entries: SammanstallningEntry[] = present
    .map((m, i) => {
      const areaPoints = new Map(m.areas.map((a) => [a.id, a.points]));
      const criteria = new Map(m.areas.flatMap((a) => a.criteria).map((c) => [c.id, c]));
      return {
        rank: ranks[i]!,
        code: codes.get(m.contestant.id)!,
        name: anonymous ? null : m.contestant.name,
        organisation: anonymous ? null : m.contestant.organisation,
        stage: m.basis.stage,
        total: m.totals.points,
        areaPoints: areas.map(({ area }) => areaPoints.get(area.id) ?? null),
        scores: areas.flatMap(({ criteria: list }) => list.map((c) => criteria.get(c.id)?.result?.score ?? null)),
        spreads: areas.flatMap(({ criteria: list }) => list.map((c) => criteria.get(c.id)?.individual?.spread ?? null)),
        recommendation: { siteVisit: m.recommendation.siteVisit, nomination: m.recommendation.nomination },
        notSubmitted: m.notSubmitted,
        file: m.basisFile,
      };
    })
    .sort((a, b) => a.rank - b.rank || codeOrder(a.code, b.code));

  return {
    round: { id: round.round.id, title: round.round.title, year: round.round.year, exampleMaterial: input.exampleMaterial ?? false },
    package: { title: pkg.title, revision: pkg.revision },
    class: { id: competitionClass.id, title: competitionClass.title },
    reportDate: checkReportDate(input.reportDate),
    anonymous,
    spreadThreshold: pkg.consensus.spreadThreshold,
    pointsAvailable: areas.reduce((sum, { criteria }) => sum + criteria.reduce((s, c) => s + c.points, 0), 0),
    areas: areas.map(({ area, criteria }) => ({ id: area.id, title: area.title, pointsAvailable: criteria.reduce((s, c) => s + c.points, 0) })),
    criteria: areas.flatMap(({ area, criteria }) => criteria.map((c) => ({ id: c.id, title: c.title, areaId: area.id, unit: reportScale(pkg, c).unit }))),
    entries,
    missing: inClass
      .filter((c) => !models.has(c.id))
      .map((c) => ({ code: codes.get(c.id)!, name: anonymous ? null : c.name, organisation: anonymous ? null : c.organisation })),
  };
}

/** A … Z before AA: shorter codes first. */
function codeOrder(a: string, b: string): number {
  return a.length - b.length || a.localeCompare(b);
}
