import type { Handlers } from '../../../shared/contract';
import { appError } from '../../../shared/errors';
import { currentViewer } from '../rounds/identity';
import type { CoreContext } from '../context';
import { getRound, type RoundFacts } from '../rounds/model';
import { installationIdentity } from '../exchange/identity';
import type { IndependenceSource } from '../exchange/independence';
import { independenceSource } from '../exchange/independence-source';
import { exportDecision } from './export';
import { importDecision, previewDecision, receivedDecisions } from './received';
import { saveEntry, saveMeeting } from './store';
import { firstClassId, juryWorkspace } from './workspace';

/** The workspace is stadsledningskontoret's: the jury's record is kept there, from every team's file. */
function assertOffice(ctx: CoreContext, roundId: string): RoundFacts {
  const facts = getRound(ctx.store.db, roundId);
  if (currentViewer(ctx.store.db, roundId).kind !== 'office') {
    throw appError('decision-not-office');
  }
  return facts;
}

export function juryHandlers(ctx: CoreContext, source: IndependenceSource = independenceSource(ctx)) {
  const publicKey = async () => (await installationIdentity(ctx.secrets)).publicKeyPem;
  // The round is read once per call (a round of 1,000 is not cheap to read).
  const workspace = async (facts: RoundFacts, meeting: 'first' | 'final', awardId?: string) =>
    juryWorkspace(ctx.store.db, facts, meeting, source, await publicKey(), awardId ?? firstClassId(facts));
  return {
    'decision:workspace': async ({ roundId, meeting, awardId }) => {
      return workspace(assertOffice(ctx, roundId), meeting, awardId);
    },
    'decision:save-meeting': async ({ roundId, meeting, awardId, meetingDate, members }) => {
      const facts = assertOffice(ctx, roundId);
      saveMeeting(ctx.store.db, roundId, meeting, meetingDate, members);
      return workspace(facts, meeting, awardId);
    },
    'decision:set-entry': async ({ roundId, meeting, awardKind, awardId, contestantId, shownClass, ...change }) => {
      const facts = assertOffice(ctx, roundId);
      const contestant = facts.contestants.get(contestantId);
      const inAward = awardKind === 'class' ? contestant?.classId === awardId : contestant?.prizes.includes(awardId) === true;
      if (!inAward) {
        throw appError('decision-not-in-award');
      }
      if (meeting === 'first' && (change.decision !== undefined || change.citation !== undefined)) {
        throw appError('decision-wrong-meeting', { meeting: 'first' });
      }
      if (meeting === 'final' && change.siteVisit !== undefined) {
        throw appError('decision-wrong-meeting', { meeting: 'final' });
      }
      saveEntry(ctx.store.db, roundId, meeting, { awardKind, awardId, contestantId }, change);
      return workspace(facts, meeting, shownClass ?? (awardKind === 'class' ? awardId : undefined));
    },
    'decision:export': async ({ roundId, meeting, keyFileId }) => {
      assertOffice(ctx, roundId);
      return exportDecision(ctx, roundId, meeting, keyFileId, source, await publicKey());
    },
    'decision:preview': ({ fileId }) => previewDecision(ctx, fileId),
    'decision:import': ({ fileId }) => importDecision(ctx, fileId),
    'decision:received': ({ roundId }) => {
      getRound(ctx.store.db, roundId);
      return receivedDecisions(ctx, roundId);
    },
  } satisfies Partial<Handlers>;
}
