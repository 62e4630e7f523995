import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/program';
import { readRoundBundle } from '../../../electron/core/rounds/round-bundle-read';
import { exampleTrust } from '../../helpers/bundles';
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
    expect(readFileSync(pkg).equals(readFileSync(ovningPath.package))).toBe(true);
    expect(readFileSync(round).equals(readFileSync(ovningPath.round))).toBe(true);
  });

  it('carries the sample package byte for byte and a real competition: three förskolor, two teams of three, signed with the example key', async () => {
    const round = await readRoundBundle(ovningPath.round, exampleTrust());
    expect(round.criteria.bytes.equals(readFileSync(samplePath.package))).toBe(true);
    const inClass = (classId: string) => round.manifest.contestants.filter((c) => c.class === classId).map((c) => c.name);
    expect(inClass('forskola')).toEqual(['Förskolan Solrosen', 'Förskolan Ekorren', 'Förskolan Blåklinten']);
    expect(inClass('aldreomsorg')).toEqual(['Lindgårdens vård- och omsorgsboende']);
    expect(round.manifest.teams.map((t) => [t.id, t.lead, t.members.length, t.contestants])).toEqual([
      ['lag-1', 'e-anna', 3, ['c-solrosen', 'c-lindgarden']],
      ['lag-2', 'e-david', 3, ['c-ekorren', 'c-blaklinten']],
    ]);
    expect(round.example).toBe(true);
  });
});
