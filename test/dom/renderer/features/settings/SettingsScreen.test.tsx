import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/App';
import type { BackupInfo } from '../../../../../shared/contract/app';
import { AppError } from '../../../../../shared/errors';
import { appInfo, installFakeBridge } from '../../../fake-bridge';

const backups: BackupInfo[] = [
  { name: 'examinator-20260902T080000000Z.sqlite', createdAt: '2026-09-02T08:00:00.000Z', bytes: 204800 },
  { name: 'examinator-20260901T080000000Z.sqlite', createdAt: '2026-09-01T08:00:00.000Z', bytes: 102400 },
];

describe('SettingsScreen', () => {
  it('shows where data lives and lists backups, newest first', async () => {
    window.location.hash = '#/installningar';
    installFakeBridge({ 'app:info': () => appInfo(), 'backup:list': () => backups, 'round:list': () => [], 'trust:list': () => [], 'identity:get': () => ({ keyId: 'a'.repeat(64), publicKeyPem: '' }) });
    render(<App />);
    expect(await screen.findByText('/home/anna/.config/Examinator')).toBeInTheDocument();
    const rows = await screen.findAllByRole('row');
    expect(within(rows[1]!).getByText('2 sep 2026 10:00')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('200 kB')).toBeInTheDocument();
  });

  it('restores a backup only after confirmation', async () => {
    window.location.hash = '#/installningar';
    const fake = installFakeBridge({
      'app:info': () => appInfo(),
      'backup:list': () => backups,
      'trust:list': () => [],
      'identity:get': () => ({ keyId: 'a'.repeat(64), publicKeyPem: '' }),
      'backup:restore': ({ name }) => ({ restored: name, keptAside: null }),
    });
    render(<App />);
    const [, first] = await screen.findAllByRole('row');
    await userEvent.click(within(first!).getByRole('button', { name: 'Återställ…' }));
    expect(fake.calls('backup:restore')).toHaveLength(0);
    await userEvent.click(within(first!).getByRole('button', { name: 'Ja, återställ' }));
    expect(fake.calls('backup:restore')).toEqual([{ name: backups[0]!.name }]);
    expect(await screen.findByText(/Databasen är återställd från kopian 2 sep 2026 10:00/)).toBeInTheDocument();
  });

  it('shows the core’s Swedish refusal', async () => {
    window.location.hash = '#/installningar';
    installFakeBridge({
      'app:info': () => appInfo(),
      'backup:list': () => backups,
      'trust:list': () => [],
      'identity:get': () => ({ keyId: 'a'.repeat(64), publicKeyPem: '' }),
      'backup:restore': () => {
        throw new AppError('backup-damaged', 'Säkerhetskopian är skadad eller ingen Examinator-databas. Ingenting ändrades.');
      },
    });
    render(<App />);
    const [, first] = await screen.findAllByRole('row');
    await userEvent.click(within(first!).getByRole('button', { name: 'Återställ…' }));
    await userEvent.click(within(first!).getByRole('button', { name: 'Ja, återställ' }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/Säkerhetskopian är skadad/);
  });
});
