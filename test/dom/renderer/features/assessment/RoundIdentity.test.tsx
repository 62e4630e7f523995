import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MyRoundStatus } from '../../../../../shared/contract/assessments';
import { App } from '../../../../../renderer/App';
import { appInfo, installFakeBridge } from '../../../fake-bridge';
import { noIdentity, roundOverview } from '../../../samples';

const bilal = (choices = 1): MyRoundStatus => ({
  roundId: 'ku-2026-ovning',
  identity: { examinerId: 'e-bilal', examinerName: 'Bilal Haddad', role: 'examinator', choices },
  contestants: [{ contestantId: 'c-solrosen', assessmentId: null, status: 'draft', revision: 1, done: 9, total: 14, aspects: 0 }],
});

describe('who am I in the round', () => {
  it('is asked on the round screen; afterwards my contestants show my progress and lead to the desk', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning';
    const { calls } = installFakeBridge({
      'app:info': () => appInfo(),
      'round:get': () => roundOverview(),
      'round:my-status': () => noIdentity(),
      'round:choose-examiner': () => bilal(),
    });
    render(<App />);
    const card = await screen.findByRole('region', { name: 'Vem är du i den här omgången?' });
    expect(screen.queryByText('Din tävlande')).toBeNull();
    await userEvent.click(within(card).getByRole('button', { name: 'Välj vem du är…' }));

    const dialog = screen.getByRole('dialog', { name: 'Vem är du i den här omgången?' });
    expect(within(dialog).getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual([
      'Anna LindUtvärderingsledare · Södermalms stadsdelsförvaltning',
      'Bilal Haddad · Kulturförvaltningen',
      'Stadsledningskontoret · jag bedömer ingen, utan samlar in teamens resultat till domarkommittén',
    ]);
    // The team is named once above its members, by its lead.
    expect(within(dialog).getByText('Anna Linds team')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Det är jag' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('radio', { name: /Bilal Haddad/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Det är jag' }));
    expect(calls('round:choose-examiner')).toEqual([{ roundId: 'ku-2026-ovning', examinerId: 'e-bilal', change: false }]);

    expect(await screen.findByRole('heading', { name: 'Du är Bilal Haddad' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Du är Bilal Haddad' })).toHaveTextContent(
      /Anna Linds team · 1 tävlande att bedöma · 9 av 14 kriterier klara · individuell bedömning senast 15 sep 2099 \(\d+ dagar kvar\)/,
    );
    const contestant = screen.getByRole('heading', { name: 'Förskolan Solrosen' }).closest('li')!;
    expect(within(contestant).getByText('Din tävlande')).toBeInTheDocument();
    expect(contestant).toHaveTextContent('9 av 14 kriterier klara');
    expect(contestant).toHaveTextContent('Utkast');
    await userEvent.click(within(contestant).getByRole('button', { name: 'Fortsätt bedöma: Förskolan Solrosen' }));
    expect(window.location.hash).toBe('#/omgang/ku-2026-ovning/bedom/c-solrosen');
  });

  it('can be changed only deliberately, saying what happens to what was written', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning';
    const { calls } = installFakeBridge({
      'app:info': () => appInfo(),
      'round:get': () => roundOverview(),
      'round:my-status': () => bilal(),
      'round:choose-examiner': () => ({ ...bilal(2), identity: { examinerId: 'e-anna', examinerName: 'Anna Lind', role: 'utvärderingsledare', choices: 2 } }),
    });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Byt examinator…' }));
    const dialog = screen.getByRole('dialog', { name: 'Byt examinator' });
    expect(dialog).toHaveTextContent('Bedömningar du har skrivit som Bilal Haddad finns kvar, men kan bara ändras när du är Bilal Haddad igen.');
    await userEvent.click(within(dialog).getByRole('radio', { name: /Anna Lind/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Byt till vald examinator' }));
    expect(calls('round:choose-examiner')).toEqual([{ roundId: 'ku-2026-ovning', examinerId: 'e-anna', change: true }]);
    expect(await screen.findByRole('heading', { name: 'Du är Anna Lind Utvärderingsledare' })).toBeInTheDocument();
    expect(screen.getByText(/examinatorn har bytts i den här omgången/)).toBeInTheDocument();
  });

  it('offers stadsledningskontoret, who assesses no one and is told where the teams\' results are', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning';
    const office: MyRoundStatus = { roundId: 'ku-2026-ovning', identity: { examinerId: null, examinerName: null, role: 'stadsledningskontoret', choices: 1 }, contestants: [] };
    const { calls } = installFakeBridge({
      'app:info': () => appInfo(),
      'round:get': () => roundOverview(),
      'round:my-status': () => noIdentity(),
      'round:choose-office': () => office,
    });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Välj vem du är…' }));
    const dialog = screen.getByRole('dialog', { name: 'Vem är du i den här omgången?' });
    await userEvent.click(within(dialog).getByRole('radio', { name: /Stadsledningskontoret/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Det är jag' }));
    expect(calls('round:choose-office')).toEqual([{ roundId: 'ku-2026-ovning', change: false }]);
    expect(await screen.findByRole('heading', { name: 'Du arbetar på stadsledningskontoret' })).toBeInTheDocument();
    expect(screen.getByText(/Importera teamens konsensusfiler och öppna juryöversikten/)).toBeInTheDocument();
  });

  it('shows a prize-only entry among my contestants with its prize instead of a class, its progress counted in aspects', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning';
    const overview = roundOverview();
    const solrosen = overview.teams[0]!.contestants[0]!;
    const framsteget = { id: 'framsteget', title: 'Framsteget – Stockholms stads pris för nyskapande' };
    const lindgarden = { ...solrosen, id: 'c-lindgarden', name: 'Lindgårdens vård- och omsorgsboende', classId: null, classTitle: null, prizes: [framsteget] };
    const status: MyRoundStatus = {
      ...bilal(),
      contestants: [
        { contestantId: 'c-solrosen', assessmentId: null, status: 'draft', revision: 1, done: 9, total: 17, aspects: 3 },
        { contestantId: 'c-lindgarden', assessmentId: null, status: 'not-started', revision: null, done: 0, total: 3, aspects: 3 },
      ],
    };
    installFakeBridge({
      'app:info': () => appInfo(),
      'round:get': () => ({ ...overview, teams: [{ ...overview.teams[0]!, contestants: [{ ...solrosen, prizes: [framsteget] }, lindgarden] }] }),
      'round:my-status': () => status,
    });
    render(<App />);
    expect(await screen.findByRole('region', { name: 'Du är Bilal Haddad' })).toHaveTextContent('2 tävlande att bedöma · 9 av 20 kriterier och aspekter klara');
    const both = screen.getByRole('heading', { name: 'Förskolan Solrosen' }).closest('li')!;
    expect(both).toHaveTextContent('FörskolaFramsteget – Stockholms stads pris för nyskapande');
    expect(both).toHaveTextContent('9 av 17 kriterier och aspekter klara');
    const prizeOnly = screen.getByRole('heading', { name: 'Lindgårdens vård- och omsorgsboende' }).closest('li')!;
    expect(within(prizeOnly).getAllByText(/Förskola|Framsteget/).map((e) => e.textContent)).toEqual(['Framsteget – Stockholms stads pris för nyskapande']);
    expect(prizeOnly).toHaveTextContent('0 av 3 aspekter klara');
    await userEvent.click(within(prizeOnly).getByRole('button', { name: 'Bedöm: Lindgårdens vård- och omsorgsboende' }));
    expect(window.location.hash).toBe('#/omgang/ku-2026-ovning/bedom/c-lindgarden');
  });
});
