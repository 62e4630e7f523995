import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../../../renderer/App';
import type { TrustedKeyView } from '../../../../../shared/contract/packages';
import { appInfo, installFakeBridge } from '../../../fake-bridge';
import { EXAMPLE_KEY_ID } from '../../../samples';

const USER_KEY = 'ab'.repeat(32);

describe('trusted keys in the settings', () => {
  it('lists the built-in example key and the user\'s keys, adds one after the fingerprint check and removes it after confirmation', async () => {
    let keys: TrustedKeyView[] = [{ keyId: EXAMPLE_KEY_ID, label: 'Exempelnyckeln', source: 'built-in', example: true, addedAt: null }];
    window.location.hash = '#/installningar';
    const fake = installFakeBridge({
      'app:info': () => appInfo(),
      'backup:list': () => [],
      'trust:list': () => keys,
      'trust:inspect-key': () => ({ keyId: USER_KEY, trusted: false, example: false }),
      'trust:add-key': ({ keyId, label }) => {
        const key = { keyId, label, source: 'user' as const, example: false, addedAt: '2026-09-01T08:00:00.000Z' };
        keys = [...keys, key];
        return key;
      },
      'trust:remove-key': ({ keyId }) => void (keys = keys.filter((k) => k.keyId !== keyId)),
    });
    render(<App />);
    const section = await screen.findByRole('region', { name: 'Betrodda nycklar' });
    expect(await within(section).findByText('Exempelnyckel – bara övningsmaterial')).toBeInTheDocument();
    expect(within(section).getByText('Inbyggd i Examinator')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Ta bort…' })).not.toBeInTheDocument();

    vi.mocked(fake.bridge.pickFiles).mockResolvedValueOnce([{ id: 'nyckel', name: 'kontoret.pem', bytes: 113 }]);
    await userEvent.click(within(section).getByRole('button', { name: 'Lägg till nyckel…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nyckeln är inte betrodd' });
    expect(dialog).toHaveAccessibleDescription(/Du vill lita på nyckeln i "kontoret\.pem" \(fingeravtryck abab abab abab abab\)/);
    await userEvent.clear(within(dialog).getByLabelText('Namn på nyckeln'));
    await userEvent.type(within(dialog).getByLabelText('Namn på nyckeln'), 'Kontorets nyckel 2027');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lita på nyckeln' }));
    expect(await within(section).findByText('Kontorets nyckel 2027')).toBeInTheDocument();
    expect(fake.calls('trust:add-key')).toEqual([{ fileId: 'nyckel', keyId: USER_KEY, label: 'Kontorets nyckel 2027' }]);

    await userEvent.click(within(section).getByRole('button', { name: 'Ta bort…' }));
    await userEvent.click(within(section).getByRole('button', { name: 'Ja, sluta lita på den' }));
    expect(await screen.findByText('Nyckeln "Kontorets nyckel 2027" är inte längre betrodd.')).toBeInTheDocument();
    expect(within(section).queryByText('Kontorets nyckel 2027')).not.toBeInTheDocument();
  });
});
