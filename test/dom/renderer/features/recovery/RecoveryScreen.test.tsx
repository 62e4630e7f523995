import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/App';
import type { BackupInfo } from '../../../../../shared/contract/app';
import { AppError } from '../../../../../shared/errors';
import { appInfo, installFakeBridge } from '../../../fake-bridge';

const backups: BackupInfo[] = [{ name: 'examinator-20260902T080000000Z.sqlite', createdAt: '2026-09-02T08:00:00.000Z', bytes: 204800 }];
const damaged = () => {
  throw new AppError('database-damaged', 'Databasen i datamappen är skadad.');
};

describe('RecoveryScreen', () => {
  it('replaces the app when the database is damaged, and restores a backup after confirmation', async () => {
    window.location.hash = '#/';
    const fake = installFakeBridge({
      'app:info': () => appInfo({ databaseDamaged: true }),
      'round:list': damaged,
      'backup:list': () => backups,
      'backup:restore': ({ name }) => ({ restored: name, keptAside: 'examinator-skadad-20260903T080000000Z.sqlite' }),
    });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Databasen behöver återställas', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Tävlingsomgångar' })).not.toBeInTheDocument();
    expect(screen.getByText('/home/anna/.config/Examinator')).toBeInTheDocument();
    const [, row] = await screen.findAllByRole('row');
    await userEvent.click(within(row!).getByRole('button', { name: 'Återställ…' }));
    expect(within(row!).getByText('Återställa databasen från den här kopian?')).toBeInTheDocument();
    expect(fake.calls('backup:restore')).toHaveLength(0);
    await userEvent.click(within(row!).getByRole('button', { name: 'Ja, återställ' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Databasen är återställd från säkerhetskopian 2 sep 2026 10:00. Den skadade filen är sparad som examinator-skadad-20260903T080000000Z.sqlite i datamappen.',
    );
    expect(screen.getByRole('button', { name: 'Öppna Examinator' })).toHaveFocus();
  });

  it('without backups offers an empty database, after confirmation, and shows a refusal', async () => {
    window.location.hash = '#/';
    let refuse = true;
    const fake = installFakeBridge({
      'app:info': () => appInfo({ databaseDamaged: true }),
      'round:list': damaged,
      'backup:list': () => [],
      'backup:start-empty': () => {
        if (refuse) throw new AppError('out-write-failed', 'Datamappen går bara att läsa.');
        return { keptAside: 'examinator-skadad-20260903T080000000Z.sqlite' };
      },
    });
    render(<App />);
    expect(await screen.findByText('Det finns inga säkerhetskopior i datamappen.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Börja om med en tom databas…' }));
    expect(fake.calls('backup:start-empty')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Ja, börja om' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Datamappen går bara att läsa.');
    refuse = false;
    await userEvent.click(screen.getByRole('button', { name: 'Ja, börja om' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^Examinator börjar om med en tom databas\. Den skadade filen är sparad som/);
  });
});
