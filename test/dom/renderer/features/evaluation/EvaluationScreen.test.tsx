import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/App';
import type { CriterionEvaluation, EvaluationModel } from '../../../../../shared/evaluation/model';
import { appInfo, installFakeBridge } from '../../../fake-bridge';

const shift = { contestants: 2, mean: 1.5, meanAbsolute: 2 };
const criterion = (id: string, alpha: number | null, over: Partial<CriterionEvaluation> = {}): CriterionEvaluation => ({
  id, title: `Kriterium ${id}`, areaTitle: 'Område', kind: 'process', scale: { title: 'Skala för arbetssätt', min: 0, max: 100, unit: '%' },
  raters: 3, units: alpha === null ? 0 : 2, alpha, agreement: alpha === null ? null : alpha >= 0.8 ? 'good' : alpha >= 0.667 ? 'tentative' : 'low',
  meanSpread: alpha === null ? null : 15, maxSpread: alpha === null ? null : 20, reachedThreshold: 1, consensusShift: shift,
  siteVisit: { contestants: 0, mean: null, meanAbsolute: null, changed: 0 },
  bands: [{ label: 'Början', from: 10, to: 20, descriptor: 'Ett arbetssätt börjar ta form.' }], ...over,
});

const model = (over: Partial<EvaluationModel> = {}): EvaluationModel => ({
  round: { id: 'ku-2026-ovning', title: 'Övningsomgång', year: 2026, exampleMaterial: true },
  package: { title: 'Exempelkriterier', revision: 1 },
  reportDate: '2026-11-10', namesShown: false, spreadThreshold: 30,
  files: { individual: 6, consensus: 2, siteVisit: 1 },
  criteria: [criterion('1.1', 0.9), criterion('1.2', null), criterion('2.1', -0.176)],
  examiners: [{ code: 'E1', name: null, expected: 2, submitted: 2, onTime: 1, late: 1, comparisons: 28, meanAbsoluteDeviation: 6.8, bias: 3.2 }],
  deadlines: [{ kind: 'individual', label: 'Individuell bedömning', date: '2026-09-15', files: 6, onTime: 5, late: 1 }],
  classes: [{ id: 'forskola', title: 'Förskola', contestants: 1, assessed: 1, pointsAvailable: 1000, totals: { count: 1, mean: 648, min: 648, lowerQuartile: 648, median: 648, upperQuartile: 648, max: 648 }, siteVisits: 1, changedBySiteVisit: 1, meanTotalChange: -2.5 }],
  ...over,
});

describe('EvaluationScreen', () => {
  it('lists the criteria lowest agreement first, says where alpha cannot be computed, and puts the low ones up for review', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/utvardering';
    installFakeBridge({ 'app:info': () => appInfo(), 'evaluation:view': () => model() });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Utvärdering av omgången' })).toBeInTheDocument();
    const rows = within(screen.getByRole('region', { name: 'Tabell: samstämmighet per kriterium' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2.1 Kriterium 2.1Område · arbetssätt', '1.1 Kriterium 1.1Område · arbetssätt', '1.2 Kriterium 1.2Område · arbetssätt']);
    expect(rows[0]!.textContent).toContain('-0,176');
    expect(rows[0]!.textContent).toContain('1 av 2');
    expect(rows[2]!.textContent).toContain('Går inte att beräkna');
    const review = screen.getByRole('region', { name: 'Att se över till nästa år' });
    expect(within(review).getByRole('heading', { level: 3 }).textContent).toBe('2.1 Kriterium 2.1 – alfa -0,176 (låg)');
    expect(within(review).getByRole('table', { name: 'Nivåbeskrivningar för 2.1 Kriterium 2.1' }).textContent).toContain('Ett arbetssätt börjar ta form.');
    expect(screen.getByText('Underlag: 6 individuella bedömningar, 2 konsensus, 1 efter platsbesök.')).toBeInTheDocument();
  });

  it('shows names on request, and makes the PDF and the workbook with the same choice', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/utvardering';
    const fake = installFakeBridge({
      'app:info': () => appInfo(),
      'evaluation:view': ({ names }) => model({ namesShown: names, examiners: [{ ...model().examiners[0]!, name: names ? 'Anna Lind' : null }] }),
      'evaluation:create-pdf': () => ({ path: '/hem/utvardering-ku-2026-ovning-med-namn.pdf', fileName: 'utvardering-ku-2026-ovning-med-namn.pdf', pages: 8, warnings: [] }),
      'evaluation:create-xlsx': () => null,
    });
    render(<App />);
    const examiners = await screen.findByRole('region', { name: 'Tabell: examinatorerna' });
    expect(within(examiners).getByRole('rowheader').textContent).toBe('E1');
    await userEvent.click(screen.getByLabelText(/Visa examinatorernas namn/));
    await waitFor(() => expect(within(examiners).getByRole('rowheader').textContent).toBe('Anna Lind E1'));
    await userEvent.click(screen.getByRole('button', { name: 'Skapa PDF…' }));
    expect(await screen.findByText('Sparade utvardering-ku-2026-ovning-med-namn.pdf (8 sidor) i mappen /hem.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Skapa Excel…' }));
    expect(fake.calls('evaluation:create-pdf')).toEqual([{ roundId: 'ku-2026-ovning', names: true }]);
    expect(fake.calls('evaluation:create-xlsx')).toEqual([{ roundId: 'ku-2026-ovning', names: true }]);
  });

  it('says so when no file has come, with nothing to make', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/utvardering';
    installFakeBridge({
      'app:info': () => appInfo(),
      'evaluation:view': () => model({ files: { individual: 0, consensus: 0, siteVisit: 0 }, criteria: [criterion('1.1', null)] }),
    });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Inga bedömningar har kommit hit ännu' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skapa PDF…' })).toBeDisabled();
    expect(screen.queryByRole('region', { name: 'Tabell: samstämmighet per kriterium' })).toBeNull();
  });

  it('says when too few examiners have scored the same contestant', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/utvardering';
    installFakeBridge({ 'app:info': () => appInfo(), 'evaluation:view': () => model({ files: { individual: 1, consensus: 0, siteVisit: 0 }, criteria: [criterion('1.1', null)] }) });
    render(<App />);
    expect(await screen.findByText('För få examinatorer för samstämmigheten.')).toBeInTheDocument();
  });
});
