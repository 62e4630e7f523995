/** The övningsomgång with Framsteget: Solrosen in the scored award and the prize, Lindgården only in the prize. */
import { FRAMSTEGET } from '../../shared/formats/prizes';
import type { RoundSource } from '../../shared/formats/round';
import { bundleFile } from './bundles';
import { call, testCore } from './core';

export const withFramsteget = (source: RoundSource) => {
  source.round.prizes = [structuredClone(FRAMSTEGET)];
  source.contestants[0]!.prizes = ['framsteget'];
  delete source.contestants[1]!.class;
  source.contestants[1]!.prizes = ['framsteget'];
};

/** A core with that round imported. */
export async function prizeCore() {
  const core = testCore();
  const path = await bundleFile({ editRound: withFramsteget });
  await call(core, 'round:import', { fileId: core.context.files.register(path).id });
  return core;
}
