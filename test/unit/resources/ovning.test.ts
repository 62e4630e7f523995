import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/program';
import { readRoundBundle } from '../../../electron/core/rounds/round-bundle-read';
import { exampleTrust, RESOURCES } from '../../helpers/bundles';
import { ovningPath } from '../../helpers/ovning';
import { samplePath } from '../../helpers/samples';
import { tempDir } from '../../helpers/temp';

const quiet = { out: () => undefined, err: (text: string) => void process.stderr.write(text) };

describe('the built-in övningsomgång (resources/ovning)', () => {
  it('is what scripts/build-ovning.mjs builds from the sample package and scripts/ovning/: rebuilding gives identical bytes', async () => {
    const out = tempDir();
    const pkg = join(out, 'ku-2026-exempel.kvpaket');
    const round = join(out, 'ovningsomgang-2026.kvomgang');
    expect(await runCli(['package', 'build', samplePath.packageSource, '--key', samplePath.privateKey, '--out', pkg], quiet)).toBe(0);
    expect(
      await runCli(
        ['round', 'build', ovningPath.roundSource, '--criteria', pkg, '--documents', ovningPath.documents, '--key', samplePath.privateKey, '--out', round],
        quiet,
      ),
    ).toBe(0);
    expect(readFileSync(pkg).equals(readFileSync(join(RESOURCES, 'ovning/ku-2026-exempel.kvpaket')))).toBe(true);
    expect(readFileSync(round).equals(readFileSync(join(RESOURCES, 'ovning/ovningsomgang-2026.kvomgang')))).toBe(true);
  });

  it('carries the sample package byte for byte, two contestants and one team of three, signed with the example key', async () => {
    const round = await readRoundBundle(join(RESOURCES, 'ovning/ovningsomgang-2026.kvomgang'), exampleTrust());
    expect(round.criteria.bytes.equals(readFileSync(samplePath.package))).toBe(true);
    expect(round.manifest.contestants).toHaveLength(2);
    expect(round.manifest.teams.map((t) => t.members.length)).toEqual([3]);
    expect(round.example).toBe(true);
  });
});
