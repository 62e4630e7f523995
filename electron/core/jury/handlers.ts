import type { Handlers } from '../../../shared/contract';
import { appError } from '../../../shared/errors';
import { currentViewer } from '../rounds/identity';
import type { CoreContext } from '../context';
import { installationIdentity } from '../exchange/identity';
import type { IndependenceSource } from '../exchange/independence';
import { independenceSource } from '../exchange/independence-source';
import { exportDecision } from './export';
import { importDecision, previewDecision, receivedDecisions } from './received';
import { saveEntry, saveMeeting } from './store';
import { heldRound, juryWorkspace } from './workspace';

/** The workspace is stadsledningskontoret's: the jury's record is kept there, from every team's file. */
function assertOffice(ctx: CoreContext, roundId: string): void {
  heldRound(ctx.store.db, roundId);
  if (currentViewer(ctx.store.db, roundId).kind !== 'office') {
    throw appError('decision-not-office');
  }
}

export function juryHandlers(ctx: CoreContext, source: IndependenceSource = independenceSource(ctx)) {
  const publicKey = async () => (await installationIdentity(ctx.secrets)).publicKeyPem;
  const workspace = async (roundId: string, meeting: 'first' | 'final') => juryWorkspace(ctx.store.db, roundId, meeting, source, await publicKey());
  return {
    'decision:workspace': async ({ roundId, meeting }) => {
      assertOffice(ctx, roundId);
      return workspace(roundId, meeting);
    },
    'decision:save-meeting': async ({ roundId, meeting, meetingDate, members }) => {
      assertOffice(ctx, roundId);
      saveMeeting(ctx.store.db, roundId, meeting, meetingDate, members);
      return workspace(roundId, meeting);
    },
    'decision:set-entry': async ({ roundId, meeting, awardKind, awardId, contestantId, ...change }) => {
      assertOffice(ctx, roundId);
      const contestant = heldRound(ctx.store.db, roundId).contestants.get(contestantId);
      if (awardKind !== 'class' || contestant?.classId !== awardId) {
        throw appError('decision-not-in-award');
      }
      if (meeting === 'first' && (change.decision !== undefined || change.citation !== undefined)) {
        throw appError('decision-wrong-meeting', { meeting: 'first' });
      }
      if (meeting === 'final' && change.siteVisit !== undefined) {
        throw appError('decision-wrong-meeting', { meeting: 'final' });
      }
      saveEntry(ctx.store.db, roundId, meeting, { awardKind, awardId, contestantId }, change);
      return workspace(roundId, meeting);
    },
    'decision:export': async ({ roundId, meeting, keyFileId }) => {
      assertOffice(ctx, roundId);
      return exportDecision(ctx, roundId, meeting, keyFileId, source, await publicKey());
    },
    'decision:preview': ({ fileId }) => previewDecision(ctx, fileId),
    'decision:import': ({ fileId }) => importDecision(ctx, fileId),
    'decision:received': ({ roundId }) => {
      heldRound(ctx.store.db, roundId);
      return receivedDecisions(ctx, roundId);
    },
  } satisfies Partial<Handlers>;
}
