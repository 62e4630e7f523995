/**
 * Property tests run the same cases every time: a fixed seed, so a failure is
 * a bug that reproduces, never chance. `FC_SEED` explores other cases and
 * `FC_NUM_RUNS` many more of them (see `property-runs.ts`).
 */
import fc from 'fast-check';
import { globalPropertyRuns } from './property-runs';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_206), ...(globalPropertyRuns ? { numRuns: globalPropertyRuns } : {}) });
