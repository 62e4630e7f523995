import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/App';
import type { JuryOverview } from '../../../../../shared/contract/exchange';
import { appInfo, installFakeBridge } from '../../../fake-bridge';

const criteria = [
  { id: '1.1', title: 'Målgruppernas behov', points: 75 },
  { id: '1.2', title: 'Synpunkter och klagomål', points: 75 },
];
const overview: JuryOverview = {
  roundId: 'ku-2026-ovning',
  title: 'Kvalitetsutmärkelsen 2026 – övningsomgång',
  year: 2026,
  exampleMaterial: true,
  examiners: [],
  classes: [
    {
      classId: 'forskola',
      title: 'Förskola',
      criteria,
      rows: [
        {
          status: 'shown', contestantId: 'c-l', name: 'Lindgården', code: 'B', teamId: 'lag-2', teamName: 'Bilal Haddads team', stage: 'site-visit', revision: 2, rank: 1, total: 548.5, maxPoints: 1000,
          criteria: [{ criterionId: '1.1', score: 50, spread: 20, individual: [] }, { criterionId: '1.2', score: null, spread: null, individual: [] }],
          recommendation: { siteVisit: true, nomination: 'winner', citation: '' },
          notSubmitted: ['Cecilia Ek'],
        },
        { status: 'missing', contestantId: 'c-s', name: 'Förskolan Solrosen', code: 'A', teamId: 'lag-1', teamName: 'Anna Linds team', reason: 'Teamets konsensusbedömning har inte kommit hit ännu.' },
      ],
    },
  ],
};

describe('JuryScreen', () => {
  it('ranks contestants per class with consensus scores and spread, hides names on request and exports with the same choice', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/jury';
    const fake = installFakeBridge({
      'app:info': () => appInfo(),
      'jury:overview': () => overview,
      'jury:export': ({ format, hideNames }) => ({ path: `/tmp/x.${format}`, fileName: `2026-ku-2026-ovning-poang${hideNames ? '-kodade' : ''}.${format}` }),
    });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Översikt för domarkommittén' })).toBeInTheDocument();
    const table = within(screen.getByRole('region', { name: 'Rangordning Förskola' })).getByRole('table');
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByRole('rowheader')).toHaveTextContent('LindgårdenBilal Haddads team · efter platsbesökCecilia Ek har inte lämnat in sin individuella bedömning; teamets bedömning bygger inte på den.');
    expect(first!.textContent).toContain('548,5 av 1\u00a0000');
    expect(first!.textContent).toContain('50spridning ↕20');
    expect(first!.textContent).toContain('JaVinnare');
    expect(second).toHaveTextContent('Teamets konsensusbedömning har inte kommit hit ännu.');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Dölj namnen (visa koderna A, B, C …), även i exporten' }));
    expect(within(first!).getByRole('rowheader')).toHaveTextContent('Tävlande B');
    expect(screen.queryByText('Lindgården')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Exportera till Excel…' }));
    expect(fake.calls('jury:export')).toEqual([{ roundId: 'ku-2026-ovning', format: 'xlsx', hideNames: true }]);
    expect(await screen.findByText('Poängen är sparade i "2026-ku-2026-ovning-poang-kodade.xlsx" i mappen /tmp.')).toBeInTheDocument();
  });
});

describe('Min signeringsnyckel', () => {
  it('shows the installation key’s fingerprint in groups of four', async () => {
    window.location.hash = '#/installningar';
    installFakeBridge({ 'app:info': () => appInfo(), 'backup:list': () => [], 'trust:list': () => [], 'identity:get': () => ({ keyId: 'ab12'.repeat(16), publicKeyPem: '' }) });
    render(<App />);
    const section = await screen.findByRole('region', { name: 'Min signeringsnyckel' });
    expect(await within(section).findByText(Array(4).fill('ab12').join(' '))).toBeInTheDocument();
    expect(section).toHaveTextContent('Den privata delen lämnar aldrig datorn och sparas skyddad utanför databasen');
  });
});
