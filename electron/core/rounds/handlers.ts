import type { Handlers } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { listRounds } from './list';

export function roundHandlers(ctx: CoreContext) {
  return {
    'round:list': () => listRounds(ctx.store.db, ctx.clock.now()),
  } satisfies Partial<Handlers>;
}
