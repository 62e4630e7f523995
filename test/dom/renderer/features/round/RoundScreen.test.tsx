import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/App';
import { appInfo, installFakeBridge } from '../../../fake-bridge';
import { noIdentity, packageView, roundOverview, SHA } from '../../../samples';

describe('the round overview', () => {
  it('shows contestants by team with class and document, the team members and the deadlines with days left', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning';
    installFakeBridge({ 'app:info': () => appInfo(), 'round:get': () => roundOverview(), 'round:my-status': () => noIdentity() });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Övningsmaterial — signerat med exempelnyckeln');

    const team = screen.getByRole('region', { name: 'Anna Linds team' });
    const contestant = within(team).getByRole('heading', { name: 'Förskolan Solrosen' }).closest('li')!;
    expect(within(contestant).getByText('Förskola')).toBeInTheDocument();
    expect(within(contestant).getByText('Norrby stadsdelsförvaltning')).toBeInTheDocument();
    const documents = within(contestant).getByRole('list', { name: 'Dokument från Förskolan Solrosen' });
    expect(documents).toHaveTextContent('PDFVerksamhetsbeskrivning (155 kB)');
    const lead = within(team).getByText('Anna Lind').closest('li')!;
    expect(within(lead).getByText('Utvärderingsledare')).toBeInTheDocument();
    expect(within(team).getByText('Bilal Haddad').closest('li')).not.toHaveTextContent('Utvärderingsledare');

    const deadlines = screen.getByRole('region', { name: 'Tidsplan' });
    expect(within(deadlines).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Nästa: Individuell bedömning15 sep 2099\d+ dagar kvar$/),
      expect.stringMatching(/^Konsensus29 sep 2099\d+ dagar kvar$/),
      expect.stringMatching(/^Platsbesök16 okt 2099/),
      expect.stringMatching(/^Domarkommittén6 nov 2099/),
    ]);
  });

  it('deletes the round only after the examiner confirms they understand it cannot be undone', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning';
    const fake = installFakeBridge({
      'app:info': () => appInfo(),
      'round:get': () => roundOverview(),
      'round:list': () => [],
      'round:delete': () => ({ title: 'Kvalitetsutmärkelsen 2026 – övningsomgång', documentsRemoved: 2, backupsRemoved: 3 }),
    });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Radera omgången…' }));
    const dialog = screen.getByRole('dialog', { name: 'Radera "Kvalitetsutmärkelsen 2026 – övningsomgång"?' });
    const confirm = within(dialog).getByRole('button', { name: 'Radera permanent' });
    expect(confirm).toBeDisabled();
    const checkbox = within(dialog).getByRole('checkbox', { name: 'Jag förstår att raderingen inte kan ångras' });
    await userEvent.click(checkbox);
    expect(checkbox).toHaveFocus(); // the dialog does not yank focus when it re-renders
    await userEvent.click(confirm);
    expect(fake.calls('round:delete')).toEqual([{ roundId: 'ku-2026-ovning' }]);
    expect(await screen.findByRole('status')).toHaveTextContent('med 2 dokument och 3 säkerhetskopior');
    expect(window.location.hash).toBe('#/');
  });

  it('opens the criteria browser in one click, with the round in the breadcrumbs', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning';
    installFakeBridge({ 'app:info': () => appInfo(), 'round:get': () => roundOverview(), 'round:my-status': () => noIdentity(), 'package:get': () => packageView() });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Visa kriterierna' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kvalitetsutmärkelsen 2026 – exempelkriterier' })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/omgang/ku-2026-ovning/kriterier/${SHA}`);
    const crumbs = screen.getByRole('navigation', { name: 'Du är här' });
    await userEvent.click(within(crumbs).getByRole('button', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' }));
    expect(await screen.findByRole('region', { name: 'Anna Linds team' })).toBeInTheDocument();
  });

  it('is opened from its row on the start screen', async () => {
    installFakeBridge({
      'app:info': () => appInfo(),
      'round:list': () => [
        {
          id: 'ku-2026-ovning',
          title: 'Kvalitetsutmärkelsen 2026 – övningsomgång',
          year: 2026,
          packageTitle: 'Kvalitetsutmärkelsen 2026 – exempelkriterier',
          exampleMaterial: true,
          contestantCount: 2,
          myRole: null,
          progress: null,
          nextDeadline: null,
          importedAt: '2026-09-01T08:00:00.000Z',
        },
      ],
      'round:get': () => roundOverview(),
      'round:my-status': () => noIdentity(),
    });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Kvalitetsutmärkelsen 2026 – övningsomgång' }));
    expect(await screen.findByRole('region', { name: 'Anna Linds team' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/omgang/ku-2026-ovning');
  });
});
