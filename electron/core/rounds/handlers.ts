import type { Handlers } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { deleteRound } from './delete';
import { importRoundBundle, openExercise } from './import';
import { listRounds, type MyPlaceInRound } from './list';
import { roundOverview } from './overview';
import { signAndSaveRound } from './sign-and-save';
import { useHandlers } from './uses';

export function roundHandlers(ctx: CoreContext, myPlace: MyPlaceInRound) {
  return {
    ...useHandlers(ctx),
    'round:list': () => listRounds(ctx.store.db, ctx.clock.now(), myPlace),
    'round:get': ({ roundId }) => roundOverview(ctx.store.db, roundId),
    'round:import': ({ fileId, confirmSignerKeyId }) => importRoundBundle(ctx, ctx.files.resolve(fileId), confirmSignerKeyId ?? null),
    'round:open-exercise': () => openExercise(ctx),
    'round:delete': ({ roundId }) => deleteRound(ctx.store.db, ctx.paths.backupDir, roundId),
    'round:sign-and-save': (args) => signAndSaveRound(ctx, args),
  } satisfies Partial<Handlers>;
}
