import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/App';
import type { DraftSummary } from '../../../../../shared/contract/drafts';
import { appInfo, installFakeBridge } from '../../../fake-bridge';

describe("stadsledningskontoret's drafts on the hub", () => {
  it('lists drafts, resumes one, and discards only after confirming', async () => {
    let drafts: DraftSummary[] = [
      { id: 'r1', kind: 'round', title: 'Kvalitetsutmärkelsen 2027', updatedAt: '2026-09-01T08:00:00.000Z' },
      { id: 'p1', kind: 'package', title: 'Kriterier 2027', updatedAt: '2026-08-31T08:00:00.000Z' },
    ];
    const discarded: string[] = [];
    window.location.hash = '#/kontoret';
    installFakeBridge({
      'app:info': () => appInfo(),
      'draft:list': () => drafts,
      'draft:get': () => null,
      'package:list': () => [],
      'draft:discard': ({ id }) => {
        discarded.push(id);
        drafts = drafts.filter((d) => d.id !== id);
      },
    });
    render(<App />);
    const list = await screen.findByRole('region', { name: 'Påbörjade utkast' });
    expect(within(list).getByText(/Tävlingsomgång, senast ändrat 1 sep 2026/)).toBeInTheDocument();

    await userEvent.click(within(list).getByRole('button', { name: 'Kasta utkastet Kriterier 2027' }));
    const dialog = screen.getByRole('dialog', { name: 'Kasta utkastet?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Behåll' }));
    expect(discarded).toEqual([]);
    await userEvent.click(within(list).getByRole('button', { name: 'Kasta utkastet Kriterier 2027' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Kasta utkastet' }));
    await screen.findByText('Utkastet ”Kriterier 2027” är kastat.');
    expect(discarded).toEqual(['p1']);
    expect(screen.queryByText('Kriterier 2027')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Fortsätt med Kvalitetsutmärkelsen 2027' }));
    expect(window.location.hash).toBe('#/kontoret/omgang/r1');
    await screen.findByRole('heading', { name: 'Ny tävlingsomgång', level: 1 });
  });
});
