import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../../../renderer/App';
import type { ImportOutcome } from '../../../../../shared/contract/packages';
import { appInfo, installFakeBridge } from '../../../fake-bridge';
import { noIdentity, roundOverview, SHA } from '../../../samples';

const KEY = '2bc58905772216235722380d26a07d468b17eae7b1abf5a2d75197a1a5823318';
const bundle = { id: 'fil-1', name: 'ku-2027.kvomgang', bytes: 300_000 };
const item = { kind: 'round', id: 'ku-2026-ovning', title: 'Kvalitetsutmärkelsen 2027', exampleMaterial: false, packageSha256: SHA } as const;
const imported: ImportOutcome = { status: 'imported', item };
const exercise: ImportOutcome = { status: 'imported', item: { ...item, title: 'Kvalitetsutmärkelsen 2026 – övningsomgång', exampleMaterial: true } };

function setup(inspectedKey = KEY) {
  let trusted = false;
  const fake = installFakeBridge({
    'app:info': () => appInfo({ firstStart: true }),
    'round:list': () => [],
    'round:import': () => (trusted ? imported : { status: 'untrusted-key', keyId: KEY }),
    'trust:inspect-key': () => ({ keyId: inspectedKey, trusted: false, example: false }),
    'trust:add-key': ({ keyId, label }) => {
      trusted = true;
      return { keyId, label, source: 'user', example: false, addedAt: '2026-09-01T08:00:00.000Z' };
    },
    'round:get': () => roundOverview({ title: 'Kvalitetsutmärkelsen 2027', exampleMaterial: false }),
    'round:my-status': () => noIdentity(),
  });
  vi.mocked(fake.bridge.pickFiles).mockResolvedValueOnce([bundle]).mockResolvedValueOnce([{ id: 'nyckel', name: 'public.pem', bytes: 113 }]);
  render(<App />);
  return fake;
}

describe('importing a file signed with an unknown key', () => {
  it('shows the fingerprint, compares it with the chosen key, and imports once trusted', async () => {
    const fake = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Importera fil…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nyckeln är inte betrodd' });
    expect(dialog).toHaveAccessibleDescription(/"ku-2027\.kvomgang" är signerad med en nyckel som inte är betrodd \(fingeravtryck 2bc5 8905 7722 1623\)/);
    expect(within(dialog).getByText('2bc5 8905 7722 1623')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Välj nyckelfil…' })).toHaveFocus();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Välj nyckelfil…' }));
    expect(await within(dialog).findByText(/Fingeravtrycken stämmer/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lita på nyckeln och importera' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Kvalitetsutmärkelsen 2027' })).toBeInTheDocument();
    expect(fake.calls('trust:add-key')).toEqual([{ fileId: 'nyckel', keyId: KEY, label: 'Stadsledningskontoret' }]);
    expect(fake.calls('round:import')).toHaveLength(2);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('never offers to trust a key file with another fingerprint', async () => {
    setup('f'.repeat(64));
    await userEvent.click(await screen.findByRole('button', { name: 'Importera fil…' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Välj nyckelfil…' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('"public.pem" har fingeravtrycket ffff ffff ffff ffff – det är inte nyckeln som signerade filen.');
    expect(within(dialog).queryByRole('button', { name: /Lita på nyckeln/ })).not.toBeInTheDocument();
  });

  it('imports nothing when the user cancels (Escape)', async () => {
    const fake = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Importera fil…' }));
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    expect(await screen.findByText('"ku-2027.kvomgang" importerades inte, eftersom nyckeln som signerade den inte är betrodd.')).toBeInTheDocument();
    expect(fake.calls('trust:add-key')).toHaveLength(0);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('the övningsomgång from the welcome card', () => {
  it('imports it and opens the round', async () => {
    const fake = installFakeBridge({
      'app:info': () => appInfo({ firstStart: true }),
      'round:list': () => [],
      'round:open-exercise': () => exercise,
      'round:get': () => roundOverview(),
      'round:my-status': () => noIdentity(),
    });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Öppna övningsomgången' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' })).toBeInTheDocument();
    expect(screen.getByText('Omgången "Kvalitetsutmärkelsen 2026 – övningsomgång" är importerad.')).toBeInTheDocument();
    expect(fake.calls('round:open-exercise')).toHaveLength(1);
    expect(screen.getByRole('note')).toHaveTextContent('Övningsmaterial');
  });
});
