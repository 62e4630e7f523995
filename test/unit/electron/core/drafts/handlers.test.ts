import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_JSON_CHARS } from '../../../../../shared/contract/drafts';
import { call, testCore } from '../../../../helpers/core';
import { tempDir } from '../../../../helpers/temp';

const roundDraft = (title: string) => ({ draft: { round: { id: 'ku-2027', title } }, packageSha256: null });

describe("stadsledningskontoret's drafts in the store", () => {
  it('saves, lists newest first, reads back after a restart, and discards', async () => {
    const dataDir = tempDir();
    const core = testCore({ dataDir });
    await call(core, 'draft:save', { id: 'a1', kind: 'round', title: 'Omgång 2027', content: roundDraft('Omgång 2027') });
    await call(core, 'draft:save', { id: 'b2', kind: 'package', title: 'Kriterier 2027', content: { draft: { package: { id: 'ku-2027' } }, basedOn: null } });
    await call(core, 'draft:save', { id: 'a1', kind: 'round', title: 'Omgång 2027 (ändrad)', content: roundDraft('Omgång 2027 (ändrad)') });
    await core.close();

    const again = testCore({ dataDir });
    const listed = await call(again, 'draft:list', {});
    expect(listed.map((d) => [d.id, d.kind, d.title])).toEqual(
      expect.arrayContaining([
        ['a1', 'round', 'Omgång 2027 (ändrad)'],
        ['b2', 'package', 'Kriterier 2027'],
      ]),
    );
    expect(listed).toHaveLength(2);
    expect((await call(again, 'draft:get', { id: 'a1' }))?.content).toEqual(roundDraft('Omgång 2027 (ändrad)'));
    await call(again, 'draft:discard', { id: 'a1' });
    expect(await call(again, 'draft:get', { id: 'a1' })).toBeNull();
    expect((await call(again, 'draft:list', {})).map((d) => d.id)).toEqual(['b2']);
    await again.close();
  });

  it('refuses a draft of another kind under the same id, a hostile id and an oversized draft, changing nothing', async () => {
    const core = testCore();
    await call(core, 'draft:save', { id: 'a1', kind: 'round', title: 'Omgång', content: roundDraft('Omgång') });
    await expect(call(core, 'draft:save', { id: 'a1', kind: 'package', title: 'Paket', content: {} })).rejects.toThrow('Utkastet med det id:t är av ett annat slag. Ingenting sparades.');
    await expect(call(core, 'draft:get', { id: '../etc/passwd' })).rejects.toThrow(/ogiltigt id för ett utkast/);
    const huge = { draft: 'x'.repeat(MAX_DRAFT_JSON_CHARS) };
    await expect(call(core, 'draft:save', { id: 'c3', kind: 'package', title: 'Stort', content: huge })).rejects.toThrow(/utkastet är för stort eller kan inte sparas som JSON/);
    expect((await call(core, 'draft:list', {})).map((d) => d.title)).toEqual(['Omgång']);
    core.close();
  });
});
