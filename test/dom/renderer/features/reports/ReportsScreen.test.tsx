import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/App';
import type { ReportCatalog } from '../../../../../shared/contract/reports';
import { appInfo, installFakeBridge } from '../../../fake-bridge';

const catalog: ReportCatalog = {
  roundId: 'ku-2026-ovning',
  roundTitle: 'Kvalitetsutmärkelsen 2026 – övningsomgång',
  exampleMaterial: true,
  items: [
    { ref: { kind: 'bedomning', contestantId: 'c-solrosen', basis: 'team' }, title: 'Bedömning – Förskolan Solrosen', basis: 'teamets bedömning efter platsbesök, revision 1, från Anna Lind', stage: 'site-visit', unavailable: null },
    { ref: { kind: 'aterforing', contestantId: 'c-solrosen' }, title: 'Återföringsrapport – Förskolan Solrosen', basis: 'teamets bedömning efter platsbesök, revision 1, från Anna Lind', stage: 'site-visit', unavailable: null },
    { ref: { kind: 'bedomning', contestantId: 'c-lindgarden', basis: 'team' }, title: 'Bedömning – Lindgården', basis: 'teamets bedömning', stage: null, unavailable: 'Teamets konsensusbedömning har inte kommit hit ännu.' },
    { ref: { kind: 'sammanstallning', classId: 'forskola' }, title: 'Sammanställning – Förskola', basis: '1 av 1 tävlande med teamets bedömning', stage: null, unavailable: null },
  ],
};

function open() {
  window.location.hash = '#/omgang/ku-2026-ovning/rapporter';
  let n = 0;
  return installFakeBridge({
    'app:info': () => appInfo(),
    'report:list': () => catalog,
    'report:choose-folder': () => ({ folderId: 'f1', path: '/home/anna/Rapporter' }),
    'report:create-word': () => ({ path: '/home/anna/Dokument/2026-aterforingsrapport-forskolan-solrosen.docx', fileName: '2026-aterforingsrapport-forskolan-solrosen.docx' }),
    'report:create': ({ item }) => {
      n += 1;
      return { path: `/home/anna/Rapporter/r${n}.pdf`, fileName: `${item.kind}-${n}.pdf`, pages: 4 + n, warnings: [] };
    },
  });
}

describe('ReportsScreen', () => {
  it('lists the reports with what each is made from, and why one cannot be made yet', async () => {
    open();
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Rapporter' })).toBeInTheDocument();
    expect(screen.getByText('3 av 4 rapporter kan göras nu. Privata anteckningar kommer aldrig med.')).toBeInTheDocument();
    expect(screen.getAllByText('Av teamets bedömning efter platsbesök, revision 1, från Anna Lind')).toHaveLength(2);
    expect(screen.getByText('Teamets konsensusbedömning har inte kommit hit ännu.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skapa PDF: Bedömning – Lindgården' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Välj Bedömning – Lindgården' })).toBeDisabled();
  });

  it('makes the selected reports into one folder, one at a time with the chosen options, and says what was saved', async () => {
    const fake = open();
    render(<App />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Välj Återföringsrapport – Förskolan Solrosen' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Välj Sammanställning – Förskola' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Koder (A, B, C …) i stället för namn i sammanställningen och prisbedömningen' }));
    expect(screen.getByRole('radio', { name: /^Inför slutmötet/ })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: /^Inför domarkommitténs första möte: bara teamens konsensus, inga beslut$/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Skapa valda (2) i en mapp…' }));
    const batch = await screen.findByRole('region', { name: 'Rapporterna är klara' });
    expect(within(batch).getByText('2 av 2 sparade i /home/anna/Rapporter.')).toBeInTheDocument();
    expect(batch).toHaveTextContent('aterforing-1.pdf (5 sidor)'); // the file name is isolated in a <bdi>
    const options = { appendix: true, anonymous: true, meeting: 'first' };
    expect(fake.calls('report:create')).toEqual([
      { roundId: 'ku-2026-ovning', item: { kind: 'aterforing', contestantId: 'c-solrosen' }, options, folderId: 'f1' },
      { roundId: 'ku-2026-ovning', item: { kind: 'sammanstallning', classId: 'forskola' }, options, folderId: 'f1' },
    ]);
  });

  it('offers the återföringsrapport, and only it, as a Word document', async () => {
    const fake = open();
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Skapa Word-dokument: Återföringsrapport – Förskolan Solrosen' }));
    expect(await screen.findByText('Sparade 2026-aterforingsrapport-forskolan-solrosen.docx (Word) i mappen /home/anna/Dokument.')).toBeInTheDocument();
    expect(fake.calls('report:create-word')).toEqual([{ roundId: 'ku-2026-ovning', contestantId: 'c-solrosen' }]);
    expect(screen.getAllByRole('button', { name: /^Skapa Word-dokument/ })).toHaveLength(1);
  });

  it('makes nothing when the folder choice is cancelled', async () => {
    const fake = installFakeBridge({ 'app:info': () => appInfo(), 'report:list': () => catalog, 'report:choose-folder': () => null });
    window.location.hash = '#/omgang/ku-2026-ovning/rapporter';
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Välj alla som kan göras' }));
    await userEvent.click(screen.getByRole('button', { name: 'Skapa valda (3) i en mapp…' }));
    expect(fake.calls('report:choose-folder')).toHaveLength(1);
    expect(fake.calls('report:create')).toEqual([]);
    expect(screen.queryByRole('region', { name: /Rapporterna/ })).not.toBeInTheDocument();
  });

  it('lists a prize entry’s two reports per prisbidrag; its återföring, and only it, also as Word with the prize', async () => {
    const prize = 'Framsteget – Stockholms stads pris för nyskapande';
    const withPrize: ReportCatalog = {
      ...catalog,
      items: [
        ...catalog.items,
        { ref: { kind: 'prisbedomning', contestantId: 'c-lindgarden', prizeId: 'framsteget' }, title: `Prisbedömning – ${prize} – Lindgården`, basis: 'teamets konsensusbedömning, revision 1, från Anna Lind', stage: 'consensus', unavailable: null },
        { ref: { kind: 'prisaterforing', contestantId: 'c-lindgarden', prizeId: 'framsteget' }, title: `Återföring om priset – ${prize} – Lindgården`, basis: 'teamets konsensusbedömning, revision 1, från Anna Lind', stage: 'consensus', unavailable: null },
      ],
    };
    window.location.hash = '#/omgang/ku-2026-ovning/rapporter';
    const fake = installFakeBridge({
      'app:info': () => appInfo(),
      'report:list': () => withPrize,
      'report:create-word': () => ({ path: '/home/anna/Dokument/2026-prisaterforing-framsteget-lindgarden.docx', fileName: '2026-prisaterforing-framsteget-lindgarden.docx' }),
    });
    render(<App />);
    const region = await screen.findByRole('region', { name: 'Per prisbidrag' });
    expect(within(region).getAllByRole('listitem').map((li) => within(li).getByRole('strong', { hidden: true }).textContent)).toEqual([`Prisbedömning – ${prize} – Lindgården`, `Återföring om priset – ${prize} – Lindgården`]);
    expect(within(region).getAllByRole('button', { name: /^Skapa Word-dokument/ })).toHaveLength(1);
    await userEvent.click(within(region).getByRole('button', { name: `Skapa Word-dokument: Återföring om priset – ${prize} – Lindgården` }));
    expect(await screen.findByText('Sparade 2026-prisaterforing-framsteget-lindgarden.docx (Word) i mappen /home/anna/Dokument.')).toBeInTheDocument();
    expect(fake.calls('report:create-word')).toEqual([{ roundId: 'ku-2026-ovning', contestantId: 'c-lindgarden', prizeId: 'framsteget' }]);
  });
});
