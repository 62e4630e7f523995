/**
 * The consensus workspace as each viewer may see it. The lead builds the
 * team's assessment (after submitting their own: independence holds for the
 * lead too); members and stadsledningskontoret read the lead's latest file
 * once it has arrived and the independence gate allows it.
 */
import type { ConsensusSourceView, ConsensusView, SourceUpdate, TeamAssessmentView, TeamStage } from '../../../shared/contract/consensus';
import type { CriterionAssessment } from '../../../shared/domain/assessment';
import { teamPrizeRows } from '../../../shared/formats/prize-rows';
import { sameScore } from '../../../shared/scoring/scale';
import { nameList } from '../../../shared/format';
import { assessmentView, findAssessment, getAssessment, type AssessmentRecord } from '../assessments';
import { currentViewer } from '../rounds/identity';
import { contestantContext } from '../rounds/repository';
import type { Db } from '../db/open';
import { contentVisibility, type IndependenceSource } from '../exchange/independence';
import { receivedFile } from '../exchange/received-file';
import { currentReceived } from '../exchange/received-store';
import { availableSources, type AvailableSource } from './sources';
import { contestantTeam, memberName, type ContestantTeam } from './team';
import { loadSources, loadTeamContent, loadTeamPart, sourceCriteria, type FrozenSource } from './team-repository';

const STAGES: readonly TeamStage[] = ['consensus', 'site-visit'];

interface Place {
  readonly roundId: string;
  readonly contestantId: string;
  readonly stage?: TeamStage | undefined;
}

function changedScores(frozen: readonly CriterionAssessment[], next: readonly CriterionAssessment[]): string[] {
  return next
    .filter((c) => {
      const before = frozen.find((f) => f.criterionId === c.criterionId)?.score ?? null;
      return before === null || c.score === null ? before !== c.score : !sameScore(before, c.score);
    })
    .map((c) => c.criterionId);
}

/** Members whose individual assessment here differs from the frozen one (newer, or arrived after the start). */
export function sourceUpdates(frozen: readonly FrozenSource[], available: ReadonlyMap<string, AvailableSource>): SourceUpdate[] {
  const updates: SourceUpdate[] = [];
  for (const source of available.values()) {
    const held = frozen.find((f) => f.examinerId === source.examinerId);
    if (!held) {
      updates.push({ examinerId: source.examinerId, kind: 'new-member', frozenRevision: null, revision: source.revision, changedScores: changedScores([], source.criteria) });
    } else if (source.revision > held.revision && source.revision !== held.ignoredRevision && source.contentSha256 !== held.contentSha256) {
      updates.push({
        examinerId: source.examinerId,
        kind: 'newer',
        frozenRevision: held.revision,
        revision: source.revision,
        changedScores: changedScores(sourceCriteria(held), source.criteria),
      });
    }
  }
  return updates;
}

const frozenView = (source: FrozenSource, lead: string): ConsensusSourceView => ({
  examinerId: source.examinerId,
  revision: source.revision,
  frozenAt: source.frozenAt,
  origin: source.examinerId === lead ? 'own' : 'received',
  criteria: sourceCriteria(source),
});

const offeredView = (source: AvailableSource): ConsensusSourceView => ({
  examinerId: source.examinerId,
  revision: source.revision,
  frozenAt: null,
  origin: source.origin,
  criteria: source.criteria,
});

function teamView(db: Db, record: AssessmentRecord, authorName: string): TeamAssessmentView {
  return {
    stage: record.stage as TeamStage,
    status: record.status,
    revision: record.revision,
    author: { examinerId: record.examinerId, name: authorName },
    updatedAt: record.updatedAt,
    criteria: loadTeamContent(db, record),
    team: loadTeamPart(db, record.id),
  };
}

/** The team's assessment as it now is, for an edit's answer: the workspace patches itself with it (one round trip per save). */
export function editedTeamView(db: Db, assessmentId: string): TeamAssessmentView {
  const record = getAssessment(db, assessmentId);
  const team = contestantTeam(db, record.roundId, record.contestantId);
  return teamView(db, record, memberName(team, record.examinerId));
}

function base(db: Db, place: Place, team: ContestantTeam) {
  const context = contestantContext(db, place.roundId, place.contestantId);
  return {
    roundId: place.roundId,
    contestantId: place.contestantId,
    contestantName: team.contestantName,
    classId: context.classId,
    prizes: context.prizes,
    members: team.members,
  };
}

function leadView(db: Db, place: Place, team: ContestantTeam, at: string): ConsensusView {
  const available = availableSources(db, place.roundId, place.contestantId, team, team.leadId);
  const missing = team.members.filter((m) => !available.has(m.examinerId)).map((m) => m.examinerId);
  const empty = { sources: [], missing, updates: [], stages: [], assessment: null, editable: null };
  if (!available.has(team.leadId)) {
    return {
      ...base(db, place, team),
      access: 'lead',
      canStart: false,
      notice: 'Lämna in din egen individuella bedömning först. Därefter visas teamets bedömningar här och du kan starta konsensus.',
      ...empty,
    };
  }
  const records = STAGES.flatMap((stage) => findAssessment(db, { ...place, examinerId: team.leadId, stage }) ?? []);
  const record = records.find((r) => r.stage === place.stage) ?? records.at(-1);
  if (!record) {
    const notice =
      missing.length > 0
        ? `${nameList(missing.map((id) => memberName(team, id)))} har inte skickat sin bedömning än. Du kan starta konsensus ändå och ta med den när den kommer.`
        : null;
    return { ...base(db, place, team), access: 'lead', canStart: true, notice, ...empty, sources: [...available.values()].map(offeredView) };
  }
  const frozen = loadSources(db, record);
  return {
    ...base(db, place, team),
    access: 'lead',
    canStart: false,
    notice: null,
    sources: frozen.map((s) => frozenView(s, team.leadId)),
    missing: team.members.filter((m) => !frozen.some((f) => f.examinerId === m.examinerId)).map((m) => m.examinerId),
    updates: record.status === 'draft' ? sourceUpdates(frozen, available) : [],
    stages: records.map((r) => r.stage as TeamStage),
    assessment: teamView(db, record, memberName(team, team.leadId)),
    editable: assessmentView(db, record, at),
  };
}

/** What a member or the office reads: the lead's latest received file of the stage. */
function readerView(db: Db, place: Place, team: ContestantTeam, access: 'member' | 'office', notice: string | null): ConsensusView {
  const empty = { canStart: false, sources: [], missing: [], updates: [], editable: null };
  const received = currentReceived(db, place.roundId).filter((r) => r.contestantId === place.contestantId && r.examinerId === team.leadId && r.stage !== 'individual');
  const stages = STAGES.filter((stage) => received.some((r) => r.stage === stage));
  const row = received.find((r) => r.stage === place.stage) ?? received.find((r) => r.stage === stages.at(-1));
  if (notice || !row) {
    return {
      ...base(db, place, team),
      access,
      ...empty,
      stages: notice ? [] : stages,
      assessment: null,
      notice: notice ?? 'Utvärderingsledaren har inte skickat teamets bedömning hit ännu. Importera filen när den kommer.',
    };
  }
  const { file } = receivedFile(db, row, row.revision);
  if (file.stage === 'individual') throw new Error('a team stage row held an individual file');
  return {
    ...base(db, place, team),
    access,
    ...empty,
    notice: null,
    stages,
    assessment: {
      stage: file.stage,
      status: 'submitted',
      revision: file.revision,
      author: { examinerId: file.author.examinerId, name: file.author.name },
      updatedAt: file.exportedAt,
      criteria: [...file.criteria, ...teamPrizeRows(file.prizes)],
      team: {
        recommendation: file.team.recommendation,
        summary: file.team.summary,
        nextSteps: file.team.nextSteps ?? [],
        toContestant: file.team.toContestant ?? '',
        keyThemes: file.team.keyThemes ?? [],
      },
    },
  };
}

export function consensusView(db: Db, place: Place, gate: IndependenceSource, at: string): ConsensusView {
  const team = contestantTeam(db, place.roundId, place.contestantId);
  const viewer = currentViewer(db, place.roundId);
  if (viewer.kind === 'examiner' && viewer.examiner.id === team.leadId) return leadView(db, place, team, at);
  const visibility = contentVisibility(gate, place.roundId, place.contestantId, new Set(team.members.map((m) => m.examinerId)));
  const access = viewer.kind === 'office' ? 'office' : 'member';
  return readerView(db, place, team, access, visibility.visible ? null : visibility.reason);
}
