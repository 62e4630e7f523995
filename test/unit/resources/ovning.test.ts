import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/program';
import { readRoundBundle } from '../../../electron/core/rounds/round-bundle-read';
import { FRAMSTEGET } from '../../../shared/formats/prizes';
import { exampleTrust } from '../../helpers/bundles';
import { ovningPath, ovningSource } from '../../helpers/ovning';
import { samplePath } from '../../helpers/samples';
import { tempDir } from '../../helpers/temp';

const quiet = { out: () => undefined, err: (text: string) => void process.stderr.write(text) };

describe('the built-in övningsomgång (resources/ovning)', () => {
  it('is what scripts/build-ovning.mjs builds from the sample package and scripts/ovning/: rebuilding gives identical bytes', async () => {
    const out = tempDir();
    const pkg = join(out, 'ku-2026-exempel.kvpaket');
    const round = join(out, 'ovningsomgang-2026.kvomgang');
    expect(await runCli(['package', 'build', samplePath.packageSource, '--key', samplePath.privateKey, '--out', pkg], quiet)).toBe(0);
    // The training references as build-ovning.mjs makes them: written from the demo team's consensus, signed with the example key.
    const references = join(out, 'reference');
    expect(await runCli(['reference', 'ovning', ovningPath.roundSource, '--criteria', pkg, '--documents', ovningPath.documents, '--out', join(out, 'sources')], quiet)).toBe(0);
    mkdirSync(references);
    for (const { contestant, path } of ovningSource().training!.references) {
      expect(await runCli(['reference', 'sign', join(out, 'sources', `${contestant}.json`), '--criteria', pkg, '--key', samplePath.privateKey, '--out', join(out, path)], quiet)).toBe(0);
    }
    expect(
      await runCli(
        ['round', 'build', ovningPath.roundSource, '--criteria', pkg, '--documents', ovningPath.documents, '--references', references, '--key', samplePath.privateKey, '--out', round],
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
      ['lag-2', 'e-david', 3, ['c-ekorren', 'c-blaklinten', 'c-sprakvaskan']],
    ]);
    expect(round.example).toBe(true);
  });

  it('has Framsteget as the city defines it, entered by one contestant of the scored award and one application alone, each assessed by a team without jäv', async () => {
    const round = await readRoundBundle(ovningPath.round, exampleTrust());
    expect(round.manifest.round.prizes).toEqual([FRAMSTEGET]);
    const entrants = round.manifest.contestants.filter((c) => c.prizes?.includes(FRAMSTEGET.id));
    expect(entrants.map((c) => [c.name, c.class ?? null])).toEqual([
      ['Förskolan Ekorren', 'forskola'],
      ['Språkväskan, Västerby bibliotek', null],
    ]);
    const application = round.documents.find((d) => d.contestantId === 'c-sprakvaskan')!;
    expect(application.prepared.units).toHaveLength(5);
    expect(application.document.sha256).toBe(createHash('sha256').update(readFileSync(join(ovningPath.documents, 'framsteget-sprakvaskan.pdf'))).digest('hex'));
    for (const entrant of entrants) {
      const team = round.manifest.teams.find((t) => t.contestants.includes(entrant.id))!;
      const organisations = team.members.map((id) => round.manifest.examiners.find((e) => e.id === id)!.organisation);
      expect(organisations, entrant.name).not.toContain(entrant.organisation);
    }
    // Språkväskan is Kulturförvaltningen's: lag-1 has an examiner from there, so lag-2 assesses it.
    expect(round.manifest.examiners.find((e) => e.id === 'e-bilal')!.organisation).toBe('Kulturförvaltningen');
  });
});
