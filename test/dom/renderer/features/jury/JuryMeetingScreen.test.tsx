import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/App';
import type { JuryEntryView, JuryWorkspace } from '../../../../../shared/contract/jury';
import { appInfo, installFakeBridge } from '../../../fake-bridge';

const entry = (over: Partial<JuryEntryView>): JuryEntryView => ({
  contestantId: 'c-l', name: 'Lindgården', code: 'B', teamName: 'David Bergs team', status: 'shown', reason: null, rank: 1, stage: 'consensus', revision: 1,
  before: 548.5, after: null, maxPoints: 1000, spread: 30, recommendation: { siteVisit: true, nomination: 'winner', citation: '' },
  strengths: ['Tydlig uppföljning'], improvements: ['Analysen saknas'], siteVisit: null, decision: null, citation: '', note: '', ...over,
});

const workspace = (meeting: 'first' | 'final', entries: JuryEntryView[], missing: string[]): JuryWorkspace => ({
  roundId: 'ku-2026-ovning', title: 'Övningsomgång', exampleMaterial: true, meeting, meetingDate: '2027-02-10', members: ['Karin Ek'], lastRevision: 0,
  classes: [{ kind: 'class', id: 'forskola', title: 'Förskola', contestants: entries.length, undecided: entries.filter((e) => (meeting === 'first' ? e.siteVisit === null : e.decision === null)).length }],
  awards: [{ kind: 'class', id: 'forskola', title: 'Förskola', entries, missing, undecided: [] }],
});

describe('JuryMeetingScreen', () => {
  it('first meeting: the ranking with key points, what is missing said, a site visit chosen through the core', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/domarkommitten/forsta-motet';
    const before = workspace('first', [entry({}), entry({ contestantId: 'c-s', name: 'Solrosen', rank: 2, before: 323.5 })], ['Lindgården: inget val om platsbesök.', 'Solrosen: inget val om platsbesök.']);
    const fake = installFakeBridge({
      'app:info': () => appInfo(),
      'decision:workspace': () => before,
      'decision:set-entry': () => workspace('first', [entry({ siteVisit: true }), entry({ contestantId: 'c-s', name: 'Solrosen', rank: 2, before: 323.5 })], ['Solrosen: inget val om platsbesök.']),
    });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Domarkommittén – Första mötet – platsbesök' })).toBeInTheDocument();
    const table = within(screen.getByRole('region', { name: 'Domarkommitténs beslut Förskola' })).getByRole('table');
    const [, first] = within(table).getAllByRole('row');
    expect(first!.textContent).toContain('548,5');
    expect(first!.textContent).toContain('Styrkor: Tydlig uppföljning');
    expect(screen.getByText('Lindgården: inget val om platsbesök.')).toBeInTheDocument();
    await userEvent.click(within(within(first!).getByRole('group', { name: 'Platsbesök för Lindgården' })).getByRole('radio', { name: 'Platsbesök' }));
    expect(fake.calls('decision:set-entry')).toEqual([{ roundId: 'ku-2026-ovning', meeting: 'first', awardKind: 'class', awardId: 'forskola', contestantId: 'c-l', siteVisit: true, shownClass: 'forskola' }]);
    await waitFor(() => expect(screen.queryByText('Lindgården: inget val om platsbesök.')).toBeNull());
  });

  it('final meeting: before and after side by side; a winner asks for a citation', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/domarkommitten/slutmote';
    const fake = installFakeBridge({
      'app:info': () => appInfo(),
      'decision:workspace': () => workspace('final', [entry({ stage: 'site-visit', after: 600 })], ['Lindgården: inget beslut.']),
      'decision:set-entry': () => workspace('final', [entry({ stage: 'site-visit', after: 600, decision: 'winner' })], ['Lindgården: motivering saknas.']),
    });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Domarkommittén – Slutmötet – beslut' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Efter platsbesök' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Beslut för Lindgården' }), 'winner');
    expect(fake.calls('decision:set-entry')).toEqual([{ roundId: 'ku-2026-ovning', meeting: 'final', awardKind: 'class', awardId: 'forskola', contestantId: 'c-l', decision: 'winner', shownClass: 'forskola' }]);
    expect(await screen.findByText('Lindgården: motivering saknas.')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Motivering för Lindgården' }), 'För omsorgen.');
    await userEvent.tab();
    expect(fake.calls('decision:set-entry').at(-1)).toEqual({ roundId: 'ku-2026-ovning', meeting: 'final', awardKind: 'class', awardId: 'forskola', contestantId: 'c-l', citation: 'För omsorgen.', shownClass: 'forskola' });
  });

  it('Skapa beslutsprotokoll… waits, with its reason, for a complete and exported decision; then the reports job makes it', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/domarkommitten/slutmote';
    const decided = entry({ stage: 'site-visit', after: 600, decision: 'winner', citation: 'För omsorgen.' });
    const undecided = workspace('final', [entry({})], ['Lindgården: inget beslut.']);
    let current: JuryWorkspace = undecided;
    const fake = installFakeBridge({
      'app:info': () => appInfo(),
      'decision:workspace': () => current,
      'report:create': () => ({ path: '/tmp/exporter/2026-beslutsprotokoll-slutmotet-r1.pdf', fileName: '2026-beslutsprotokoll-slutmotet-r1.pdf', pages: 2, warnings: [] }),
    });
    const { unmount } = render(<App />);
    const button = await screen.findByRole('button', { name: 'Skapa beslutsprotokoll…' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Beslutsprotokollet kan skapas när beslutet är komplett och exporterat.');
    unmount();

    current = workspace('final', [decided], []);
    const second = render(<App />);
    expect(await screen.findByRole('button', { name: 'Skapa beslutsprotokoll…' })).toHaveAccessibleDescription('Exportera beslutet först: protokollet återger den signerade beslutsfilen.');
    second.unmount();

    current = { ...workspace('final', [decided], []), lastRevision: 1 };
    render(<App />);
    const ready = await screen.findByRole('button', { name: 'Skapa beslutsprotokoll…' });
    await waitFor(() => expect(ready).toBeEnabled());
    expect(ready).toHaveAccessibleDescription('Protokollet återger revision 1, den senast exporterade.');
    await userEvent.click(ready);
    expect(fake.calls('report:create')).toEqual([{ roundId: 'ku-2026-ovning', item: { kind: 'beslutsprotokoll', meeting: 'final' }, options: { appendix: false, anonymous: false, meeting: 'final' } }]);
    expect(await screen.findByText('Sparade 2026-beslutsprotokoll-slutmotet-r1.pdf (2 sidor) i mappen /tmp/exporter.')).toBeInTheDocument();
  });

  it('a prize beside the class: its entrants without points, decided through the core as a prize', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/domarkommitten/slutmote';
    const prizeEntry = entry({ status: 'missing', reason: 'Priset bedöms utan poäng.', rank: null, stage: null, before: null, maxPoints: null, spread: null, recommendation: null, strengths: [], improvements: [] });
    const view = workspace('final', [entry({ stage: 'site-visit', after: 600 })], []);
    const fake = installFakeBridge({
      'app:info': () => appInfo(),
      'decision:workspace': () => ({ ...view, awards: [...view.awards, { kind: 'prize', id: 'framsteget', title: 'Framsteget', entries: [prizeEntry], missing: ['Lindgården: inget beslut.'], undecided: ['Lindgården'] }] }),
      'decision:set-entry': () => view,
    });
    render(<App />);
    const prize = await screen.findByRole('region', { name: 'Domarkommitténs beslut Framsteget' });
    expect(screen.getByRole('heading', { level: 2, name: 'Pris: Framsteget' })).toBeInTheDocument();
    expect(within(prize).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Tävlande', 'Domarkommitténs beslut']);
    expect(within(prize).getByRole('row', { name: /Lindgården/ }).textContent).toContain('Priset bedöms utan poäng.');
    await userEvent.selectOptions(within(prize).getByRole('combobox', { name: 'Beslut för Lindgården' }), 'winner');
    expect(fake.calls('decision:set-entry')).toEqual([{ roundId: 'ku-2026-ovning', meeting: 'final', awardKind: 'prize', awardId: 'framsteget', contestantId: 'c-l', decision: 'winner', shownClass: 'forskola' }]);
    // One call: the answer is already the class on screen, prizes beside it.
    expect(fake.calls('decision:workspace')).toHaveLength(1);
  });
});
