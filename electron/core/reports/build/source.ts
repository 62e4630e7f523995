/**
 * What the report builders read: the round (round.json's content), its
 * criteria package and the assessments, all already verified by whoever
 * calls them. These helpers do the lookups every builder needs: the
 * contestant with its class, the team with the examiners' initials, each
 * criterion's scale and the value of a score on it.
 */
import type { Comment, EvidenceAnchor } from '../../../../shared/domain/assessment';
import { appError } from '../../../../shared/errors';
import type { FeedbackPolicy } from '../../../../shared/formats/feedback-policy';
import type { Prize } from '../../../../shared/formats/prizes';
import type { CriteriaPackage, Criterion } from '../../../../shared/formats/criteria-package';
import { applicableCriteria, scaleOf, weightedPoints } from '../../../../shared/scoring/points';
import { bandFor, isValidScore } from '../../../../shared/scoring/scale';
import type { ReportContestant, ReportEvidence, ReportExaminer, ReportScale, ScoreValue, TeamComment } from '../model';
import { teamInitials } from '../../../../shared/scoring/initials';

/** The parts of round.json the reports use; a RoundManifest (or the round source) fits as it is. */
export interface ReportRoundSource {
  readonly round: {
    readonly id: string;
    readonly title: string;
    readonly year: number;
    readonly feedback?: FeedbackPolicy | undefined;
    readonly prizes?: readonly Prize[] | undefined;
  };
  readonly contestants: readonly {
    readonly id: string;
    readonly name: string;
    readonly organisation: string;
    readonly class?: string | undefined;
    readonly prizes?: readonly string[] | undefined;
  }[];
  readonly examiners: readonly { readonly id: string; readonly name: string }[];
  readonly teams: readonly { readonly id: string; readonly lead: string; readonly members: readonly string[]; readonly contestants: readonly string[] }[];
}

/** Which signed file an assessment is: its bytes' SHA-256 (null when read from this computer's store) and its signer's key id. */
export interface SignedBasis {
  readonly sha256: string | null;
  readonly keyId: string;
}

/** A round and the criteria package it names. */
export interface ReportSource {
  readonly round: ReportRoundSource;
  readonly pkg: CriteriaPackage;
  /** The round or package is signed with the shipped example key (default false): the reports say so on every page. */
  readonly exampleMaterial?: boolean;
}

/** One examiner of the contestant's team, with the initials the reports print. */
export interface TeamMember extends ReportExaminer {
  readonly id: string;
}

/** The contestant and everything about its place in the round that the reports print. */
export interface ContestantPlace {
  readonly contestant: ReportContestant;
  readonly team: readonly TeamMember[];
  /** The criteria of the contestant's class, in package order. */
  readonly criteria: readonly Criterion[];
}

export function contestantPlace(source: ReportSource, contestantId: string): ContestantPlace {
  const { pkg } = source;
  const found = roundContestant(source, contestantId);
  if (found.class === undefined) throw appError('contestant-prize-only', { name: found.name });
  const competitionClass = pkg.classes.find((k) => k.id === found.class);
  if (!competitionClass) throw appError('report-unknown-class', { classId: found.class, name: found.name });
  return {
    contestant: { id: found.id, name: found.name, organisation: found.organisation, classId: found.class, classTitle: competitionClass.title },
    team: teamOf(source, found),
    criteria: applicableCriteria(pkg, found.class),
  };
}

/** The round's contestant; refused when the round has none by that id. */
export function roundContestant(source: ReportSource, contestantId: string): ReportRoundSource['contestants'][number] {
  const found = source.round.contestants.find((c) => c.id === contestantId);
  if (!found) throw appError('report-unknown-contestant', { contestantId, title: source.round.round.title });
  return found;
}

/** The team that assesses the contestant, with the initials the reports print; refused when no team does. */
export function teamOf(source: ReportSource, contestant: { readonly id: string; readonly name: string }): TeamMember[] {
  const { round } = source;
  const team = round.teams.find((t) => t.contestants.includes(contestant.id));
  if (!team) throw appError('report-no-team', { name: contestant.name, title: round.round.title });
  const members = team.members.map((id) => ({ id, name: round.examiners.find((e) => e.id === id)?.name ?? id }));
  const initials = teamInitials(members);
  return members.map((m) => ({ id: m.id, name: m.name, initials: initials.get(m.id)!, role: m.id === team.lead ? 'lead' : 'member' }));
}

/** The initials of a team member; someone outside the team (never after the round checks) by what the file says. */
export function initialsOf(place: Pick<ContestantPlace, 'team'>, examinerId: string, fallback?: string): string {
  return place.team.find((m) => m.id === examinerId)?.initials ?? fallback ?? examinerId;
}

export function reportScale(pkg: CriteriaPackage, criterion: Criterion): ReportScale {
  const scale = scaleOf(pkg, criterion);
  return { min: scale.min, max: scale.max, step: scale.step, unit: scale.unit ?? '' };
}

/** A score with its band and weighted points (formats.md: points × (score − min) / (max − min)); null when not scored. */
export function scoreValue(pkg: CriteriaPackage, criterion: Criterion, score: number | null | undefined): ScoreValue | null {
  if (score === null || score === undefined) return null;
  const scale = scaleOf(pkg, criterion);
  const band = bandFor(scale, score);
  if (!isValidScore(scale, score) || !band) {
    throw appError('report-invalid-score', { id: criterion.id, score, min: scale.min, max: scale.max });
  }
  return { score, band: band.label, points: weightedPoints(criterion.points, scale, score) };
}

export function reportEvidence(anchor: EvidenceAnchor): ReportEvidence {
  return {
    ...(anchor.page !== undefined && { page: anchor.page }),
    ...(anchor.paragraph !== undefined && { paragraph: anchor.paragraph }),
    ...(anchor.quote !== undefined && anchor.quote.trim() !== '' && { quote: anchor.quote }),
  };
}

/** A comment with the initials of the examiners it came from (each once, in the order given). */
export function teamComment(comment: Comment, initials: (examinerId: string, given: string) => string, own?: string): TeamComment {
  const sources = comment.sources?.map((s) => initials(s.examinerId, s.initials)) ?? (own ? [own] : []);
  return { text: comment.text, evidence: comment.evidence.map(reportEvidence), sourceInitials: [...new Set(sources)] };
}

/** "2026-10-20" and a real date; the builders print it. */
export function checkReportDate(date: string): string {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T12:00:00Z`) : Number.NaN;
  const real = !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date;
  if (!real) throw appError('report-date-invalid', { date });
  return date;
}
