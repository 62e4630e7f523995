import type { Handlers } from '../../../shared/contract';
import type { EditResult } from '../../../shared/contract/assessments';
import type { ConsensusStatus, TeamEditResult, TeamStage } from '../../../shared/contract/consensus';
import { contestantsOf, currentExaminer } from '../rounds/identity';
import { findAssessment } from '../assessments';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import type { IndependenceSource } from '../exchange/independence';
import { independenceSource } from '../exchange/independence-source';
import { currentReceived } from '../exchange/received-store';
import { changeSource, setDiscussed, setRationale, setTeamField, setVisitNote, takeComments } from './edits';
import { availableSources } from './sources';
import { startConsensus, startSiteVisit } from './start';
import { contestantTeam } from './team';
import './team-assessments';
import { consensusView, editedTeamView } from './view';

/** Per contestant of my team(s): how far the team's assessment has come. */
function roundStatus(db: Db, roundId: string): ConsensusStatus[] {
  const me = currentExaminer(db, roundId);
  if (!me) return [];
  const received = currentReceived(db, roundId);
  return contestantsOf(db, roundId, me.id).map(({ id: contestantId }): ConsensusStatus => {
    const team = contestantTeam(db, roundId, contestantId);
    const lead = team.leadId === me.id;
    const arrived = new Set(received.filter((r) => r.contestantId === contestantId && r.stage === 'individual').map((r) => r.examinerId));
    if (lead) {
      const sourcesHere = availableSources(db, roundId, contestantId, team, me.id).size;
      const record = findAssessment(db, { roundId, contestantId, examinerId: me.id, stage: 'site-visit' }) ?? findAssessment(db, { roundId, contestantId, examinerId: me.id, stage: 'consensus' });
      return {
        contestantId,
        lead,
        sourcesHere,
        members: team.members.length,
        stage: (record?.stage as TeamStage | undefined) ?? null,
        status: record?.status ?? null,
        revision: record?.revision ?? null,
      };
    }
    const teamFile = received
      .filter((r) => r.contestantId === contestantId && r.examinerId === team.leadId && r.stage !== 'individual')
      .sort((a, b) => (a.stage === 'site-visit' ? 1 : 0) - (b.stage === 'site-visit' ? 1 : 0))
      .at(-1);
    return {
      contestantId,
      lead,
      sourcesHere: arrived.size,
      members: team.members.length,
      stage: (teamFile?.stage as TeamStage | undefined) ?? null,
      status: teamFile ? 'submitted' : null,
      revision: teamFile?.revision ?? null,
    };
  });
}

export function consensusHandlers(ctx: CoreContext, gate: IndependenceSource = independenceSource(ctx)) {
  const now = () => ctx.clock.now().toISOString();
  const db = () => ctx.store.db;
  const withTeam = (result: EditResult, assessmentId: string): TeamEditResult => ({ ...result, team: editedTeamView(db(), assessmentId) });
  return {
    'consensus:round-status': ({ roundId }) => roundStatus(db(), roundId),
    'consensus:open': ({ roundId, contestantId, stage }) => consensusView(db(), { roundId, contestantId, stage }, gate, now()),
    'consensus:start': ({ roundId, contestantId }) => {
      startConsensus(db(), roundId, contestantId, now());
      return consensusView(db(), { roundId, contestantId, stage: 'consensus' }, gate, now());
    },
    'consensus:start-site-visit': ({ roundId, contestantId }) => {
      startSiteVisit(db(), roundId, contestantId, now());
      return consensusView(db(), { roundId, contestantId, stage: 'site-visit' }, gate, now());
    },
    'consensus:set-rationale': (args) => withTeam(setRationale(db(), now(), args), args.assessmentId),
    'consensus:set-discussed': (args) => withTeam(setDiscussed(db(), now(), args), args.assessmentId),
    'consensus:set-visit-note': (args) => withTeam(setVisitNote(db(), now(), args), args.assessmentId),
    'consensus:set-team': (args) => withTeam(setTeamField(db(), now(), args), args.assessmentId),
    'consensus:take': (args) => withTeam(takeComments(db(), now(), args), args.assessmentId),
    'consensus:source': (args) => withTeam(changeSource(db(), now(), args), args.assessmentId),
  } satisfies Partial<Handlers>;
}
