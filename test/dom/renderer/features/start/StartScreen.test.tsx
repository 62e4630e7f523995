import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/App';
import type { RoundSummary } from '../../../../../shared/contract/rounds';
import { appInfo, installFakeBridge } from '../../../fake-bridge';

const round: RoundSummary = {
  id: 'ku-2026-ovning',
  title: 'Kvalitetsutmärkelsen 2026 – övningsomgång',
  year: 2026,
  packageTitle: 'Kvalitetsutmärkelsen 2026 – exempelkriterier',
  exampleMaterial: true,
  contestantCount: 2,
  myRole: 'utvärderingsledare',
  progress: { done: 9, total: 28, aspects: 0 },
  nextDeadline: { kind: 'individual', label: 'Individuell bedömning', date: '2099-09-15' },
  importedAt: '2026-09-01T08:00:00.000Z',
};

describe('StartScreen', () => {
  it('explains the next step when there are no rounds', async () => {
    installFakeBridge({ 'app:info': () => appInfo(), 'round:list': () => [] });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Inga tävlingsomgångar ännu' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importera fil…' })).toBeEnabled();
    expect(screen.queryByRole('heading', { name: 'Välkommen till Examinator' })).not.toBeInTheDocument();
  });

  it('lists rounds with role, progress, the next deadline and the example-material mark', async () => {
    installFakeBridge({ 'app:info': () => appInfo(), 'round:list': () => [round] });
    render(<App />);
    const row = (await screen.findByText(round.title)).closest('tr')!;
    expect(within(row).getByText('Övningsmaterial')).toBeInTheDocument();
    expect(within(row).getByText('Utvärderingsledare')).toBeInTheDocument();
    expect(within(row).getByText('9 av 28 kriterier klara')).toBeInTheDocument();
    expect(within(row).getByText(/Individuell bedömning: 15 sep 2099/)).toBeInTheDocument();
    expect(within(row).getByText(/dagar kvar/)).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Nästa sista dag' })).toBeInTheDocument();
  });

  it('says in Swedish when every last day of a round has passed', async () => {
    installFakeBridge({ 'app:info': () => appInfo(), 'round:list': () => [{ ...round, nextDeadline: null }] });
    render(<App />);
    const row = (await screen.findByText(round.title)).closest('tr')!;
    expect(within(row).getByText('Alla sista dagar har passerat')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/deadline/i);
  });

  it('greets a first start and remembers when the user declines', async () => {
    let firstStart = true;
    const fake = installFakeBridge({
      'app:info': () => appInfo({ firstStart }),
      'round:list': () => [],
      'app:dismiss-welcome': () => void (firstStart = false),
    });
    render(<App />);
    await screen.findByRole('heading', { name: 'Välkommen till Examinator' });
    await userEvent.click(screen.getByRole('button', { name: 'Inte nu' }));
    expect(fake.calls('app:dismiss-welcome')).toHaveLength(1);
    await screen.findByRole('heading', { name: 'Inga tävlingsomgångar ännu' });
    expect(screen.queryByRole('heading', { name: 'Välkommen till Examinator' })).not.toBeInTheDocument();
  });

  it('says in Swedish when a chosen file cannot be imported', async () => {
    installFakeBridge(
      { 'app:info': () => appInfo(), 'round:list': () => [] },
      { picked: [{ id: 'f1', name: 'semester.jpg', bytes: 10 }] },
    );
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Importera fil…' }));
    expect(await screen.findByText(/"semester\.jpg" kan inte importeras här/)).toBeInTheDocument();
  });

  it('is reachable from the keyboard: skip link, import, settings', async () => {
    installFakeBridge({ 'app:info': () => appInfo(), 'round:list': () => [] });
    render(<App />);
    await screen.findByRole('heading', { name: 'Inga tävlingsomgångar ännu' });
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Hoppa till innehållet' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Examinator – till startsidan' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Dokument' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Inställningar' })).toHaveFocus();
  });
});
