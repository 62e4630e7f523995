/**
 * The sammanställning's model for one competition class: the contestants'
 * bedömning models ranked by total (equal totals share a rank), each
 * criterion's score with its band and the individual spread, the team's key
 * points and proposal, and the class's contestants without a team assessment
 * listed as missing. Codes (A, B, C …) follow the contestants' order in the
 * round, as in the app's jury overview, so a code stays the same however many
 * files have come in. In an anonymous model no name (contestant, organisation
 * or examiner) ever enters it.
 *
 * Two editions: for the jury's first meeting only the consensus — scores
 * before any site visit, ranked on them, no nomination, no decision; for the
 * final meeting the totals before and after the site visit side by side,
 * ranked on the result, with the jury's own decision when it is at hand.
 */
import { appError } from '../../../../shared/errors';
import { applicableCriteria } from '../../../../shared/scoring/points';
import type { BandedScore, BedomningCriterion, BedomningModel, SammanstallningDecision, SammanstallningEntry, SammanstallningMeeting, SammanstallningModel } from '../model';
import { keyPoints } from '../../../../shared/scoring/key-points';
import { nameScrubber } from './scrub-names';
import { competitionRanks, contestantCode } from '../../../../shared/scoring/ranking';
import { checkReportDate, reportScale, type ReportSource } from './source';

export interface SammanstallningInput extends ReportSource {
  readonly classId: string;
  /** One per contestant of the class (others are left out); usually the team's newest file each. */
  readonly bedomningar: readonly BedomningModel[];
  readonly anonymous: boolean;
  /** Default: the final meeting. */
  readonly meeting?: SammanstallningMeeting;
  /** The jury's decision of the final meeting (ignored for the first meeting's edition). */
  readonly decision?: SammanstallningDecision | null;
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
  const meeting = input.meeting ?? 'final';
  const decision = meeting === 'final' ? (input.decision ?? null) : null;
  const present = inClass.filter((c) => models.has(c.id)).map((c) => models.get(c.id)!);
  const unranked = present.map((m) => entryOf(m, codes.get(m.contestant.id)!, { meeting, anonymous, areas, decision }));
  const ranks = competitionRanks(unranked.map((e) => e.total));
  const entries: SammanstallningEntry[] = unranked.map((e, i) => ({ ...e, rank: ranks[i]! })).sort((a, b) => a.rank - b.rank || codeOrder(a.code, b.code));

  return {
    round: { id: round.round.id, title: round.round.title, year: round.round.year, exampleMaterial: input.exampleMaterial ?? false },
    package: { title: pkg.title, revision: pkg.revision },
    class: { id: competitionClass.id, title: competitionClass.title },
    reportDate: checkReportDate(input.reportDate),
    meeting,
    anonymous,
    jury: decision && { meetingDate: decision.meetingDate, revision: decision.revision },
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

type Areas = readonly { readonly area: { readonly id: string }; readonly criteria: readonly { readonly id: string }[] }[];

/** The score a criterion had at consensus: before the site visit when there was one. */
const consensusScore = (c: BedomningCriterion): BandedScore | null => (c.siteVisit ? c.siteVisit.before : c.result);
const pointsOf = (c: BedomningCriterion, meeting: SammanstallningMeeting) => (meeting === 'first' && c.siteVisit ? c.siteVisit.before : c.result)?.points ?? null;

function entryOf(
  m: BedomningModel,
  code: string,
  { meeting, anonymous, areas, decision }: { meeting: SammanstallningMeeting; anonymous: boolean; areas: Areas; decision: SammanstallningDecision | null },
): Omit<SammanstallningEntry, 'rank'> {
  const criteria = new Map(m.areas.flatMap((a) => a.criteria).map((c) => [c.id, c]));
  const shown = (c: BedomningCriterion) => (meeting === 'first' ? consensusScore(c) : c.result);
  const areaPoints = areas.map(({ criteria: list }) => {
    const points = list.flatMap((c) => {
      const criterion = criteria.get(c.id);
      const p = criterion ? pointsOf(criterion, meeting) : null;
      return p === null ? [] : [p];
    });
    return points.length === 0 ? null : points.reduce((sum, p) => sum + p, 0);
  });
  const ordered = areas.flatMap(({ criteria: list }) => list.map((c) => criteria.get(c.id)));
  const visited = m.basis.stage === 'site-visit';
  const jury = decision?.byContestant.get(m.contestant.id);
  const points = keyPoints(ordered.flatMap((c) => (c ? [{ id: c.id, scale: c.scale, score: shown(c)?.score ?? null, strengths: c.strengths, improvements: c.improvements }] : [])));
  const scrub = anonymous ? nameScrubber(m.contestant, m.team.map((t) => t.name)) : (text: string) => text;
  const hide = (list: typeof points.strengths) => list.map((p) => ({ ...p, text: scrub(p.text) }));
  const before = m.totals.pointsBeforeSiteVisit ?? m.totals.points;
  const after = meeting === 'final' && visited ? m.totals.points : null;
  return {
    code,
    name: anonymous ? null : m.contestant.name,
    organisation: anonymous ? null : m.contestant.organisation,
    stage: m.basis.stage,
    revision: m.basis.revision,
    before,
    after,
    total: after ?? before,
    areaPoints,
    scores: ordered.map((c) => (c ? bandOnly(shown(c)) : null)),
    spreads: ordered.map((c) => c?.individual?.spread ?? null),
    keyPoints: { strengths: hide(points.strengths), improvements: hide(points.improvements) },
    recommendation: { siteVisit: m.recommendation.siteVisit, nomination: meeting === 'first' ? null : m.recommendation.nomination },
    jury: jury ? { decision: jury.decision, citation: jury.citation.trim() } : null,
    notSubmitted: anonymous ? [] : m.notSubmitted,
    file: m.basisFile && (anonymous ? { ...m.basisFile, author: null } : m.basisFile),
  };
}

const bandOnly = (value: BandedScore | null): BandedScore | null => value && { score: value.score, band: value.band };

/** A … Z before AA: shorter codes first. */
function codeOrder(a: string, b: string): number {
  return a.length - b.length || a.localeCompare(b);
}
