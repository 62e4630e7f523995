/**
 * How often a property is tried. Fixed by default (the seed is fixed in
 * `fast-check-setup.ts`), so every run tries the same cases; `FC_NUM_RUNS`
 * (e.g. 10000) tries many more everywhere, to show a change holds.
 */
const override = process.env.FC_NUM_RUNS ? Number(process.env.FC_NUM_RUNS) : undefined;

/** `{ numRuns }` for one assertion whose cases are costly: `usual` unless `FC_NUM_RUNS` says more. */
export const propertyRuns = (usual: number) => ({ numRuns: override ?? usual });

/** The global count: fast-check's default (100) unless `FC_NUM_RUNS` says otherwise. */
export const globalPropertyRuns = override;
