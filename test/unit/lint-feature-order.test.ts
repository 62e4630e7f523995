import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleMessages } from '../helpers/lint';

const root = join(__dirname, '../..');
const orderErrors = (filePath: string, code: string) => ruleMessages(filePath, code, new Set(['examinator/feature-order']));

describe("the core's feature order (eslint)", () => {
  it.each([
    // Each arrow that would run back up the order: db < packages < documents < rounds < assessments < exchange < consensus < reports < demo.
    ['electron/core/db/probe.ts', "import { parseJsonBytes } from '../packages/json-bytes';\nexport const x = parseJsonBytes;"],
    ['electron/core/packages/probe.ts', "import { prepareDocument } from '../documents/ingest';\nexport const x = prepareDocument;"],
    ['electron/core/documents/probe.ts', "import { readRoundBundle } from '../rounds/round-bundle-read';\nexport const x = readRoundBundle;"],
    ['electron/core/rounds/probe.ts', "import { roleAndProgress } from '../assessments/status';\nexport const x = roleAndProgress;"],
    ['electron/core/assessments/probe.ts', "import type { RoundFacts } from '../exchange/round-facts';\nexport type X = RoundFacts;"],
    ['electron/core/exchange/probe.ts', "import { consensusHandlers } from '../consensus/handlers';\nexport const x = consensusHandlers;"],
    ['electron/core/consensus/probe.ts', "export { renderReport } from '../reports/render';"],
    ['electron/core/reports/build/probe.ts', "export const x = () => import('../../demo/round');"],
    ['electron/core/demo/probe.ts', "import { playRound } from '..';\nexport const x = playRound;"],
    // The plain utilities sit below every feature; createCore is above them all.
    ['electron/core/zip/probe.ts', "import { AppError } from '../db/errors';\nexport const x = AppError;"],
    ['electron/core/paths.ts', "import { Store } from './store';\nexport const x = Store;"],
    ['electron/core/app/probe.ts', "import { createCore } from '../create-core';\nexport const x = createCore;"],
    // The CLI reaches the core only through its public face.
    ['electron/cli/probe.ts', "import { readRoundBundle } from '../core/rounds/round-bundle-read';\nexport const x = readRoundBundle;"],
    ['electron/cli/commands/probe.ts', "import { createCore } from '../../core/create-core';\nexport const x = createCore;"],
    ['electron/cli/probe.ts', "export const x = require('../core/paths');"],
    // A folder that is not placed in the order does not lint.
    ['electron/core/jury/probe.ts', 'export const x = 1;'],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await orderErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['electron/core/rounds/probe.ts', "import { prepareDocument } from '../documents/ingest';\nexport const x = prepareDocument;"],
    ['electron/core/rounds/probe.ts', "import { readEntry } from '../zip/read';\nexport const x = readEntry;"],
    ['electron/core/consensus/probe.ts', "import { canonicalJson } from '../canonical-json';\nexport const x = canonicalJson;"],
    ['electron/core/reports/app/probe.ts', "import { readAssessmentFile } from '../../exchange/assessment-file';\nexport const x = readAssessmentFile;"],
    ['electron/core/demo/probe.ts', "import { createCore } from '../create-core';\nexport const x = createCore;"],
    ['electron/core/index.ts', "export { playRound } from './demo/round';"],
    ['electron/cli/probe.ts', "import { createCore } from '../core';\nexport const x = createCore;"],
    ['electron/cli/commands/probe.ts', "import { readRoundBundle } from '../../core';\nexport const x = readRoundBundle;"],
    ['electron/cli/commands/probe.ts', "import { printJson } from '../io';\nexport const x = printJson;"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await orderErrors(file, code)).toEqual([]);
  });

  it('places every folder and file of electron/core/ in the order', async () => {
    const core = join(root, 'electron/core');
    const probes = readdirSync(core).map((name) => (statSync(join(core, name)).isDirectory() ? `electron/core/${name}/probe.ts` : `electron/core/${name}`));
    const unplaced = [];
    for (const probe of probes) if ((await orderErrors(probe, 'export const x = 1;')).length > 0) unplaced.push(probe);
    expect(unplaced).toEqual([]);
  });
});
