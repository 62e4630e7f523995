/**
 * Where the independence gate learns who I am in a round and whether my own
 * individual assessment of a contestant is submitted. Both live in the scoring
 * workspace's tables; until that store is wired in here, the answer is "unknown
 * viewer", so nothing received is shown to anyone (the gate fails closed).
 */
import type { CoreContext } from '../context';
import type { IndependenceSource } from './independence';

export function independenceSource(_ctx: CoreContext): IndependenceSource {
  return {
    viewer: () => ({ kind: 'unknown' }),
    isMyIndividualSubmitted: () => false,
  };
}
