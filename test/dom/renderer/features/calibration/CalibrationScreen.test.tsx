import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/App';
import { useViewer } from '../../../../../renderer/features/documents/viewer/viewer-store';
import type { CalibrationComparison, CriterionCalibration } from '../../../../../shared/contract/calibration';
import { AppError } from '../../../../../shared/errors';
import { appInfo, installFakeBridge } from '../../../fake-bridge';

const SHA = 'a'.repeat(64);
const bias = { criteria: 2, mean: 10, direction: 'high' as const };
const evidence = { documentSha256: SHA, documentTitle: 'Verksamhetsbeskrivning', page: 4, paragraph: null, quote: 'Vi följer upp varje månad' };

const criterion = (over: Partial<CriterionCalibration> = {}): CriterionCalibration => ({
  criterionId: '1.1', title: 'Målgruppernas behov', areaTitle: 'Stockholmarnas fokus', kind: 'process', scale: { min: 0, max: 100, step: 10, unit: '%' },
  trainee: { score: 70, band: 'Väl integrerat' }, reference: { score: 30, band: 'Delvis systematiskt' },
  difference: 40, percentDifference: 40, pointsDifference: 30, bandDifference: 2,
  strengths: [
    { reference: { id: 'r1', text: 'Tydliga åtaganden', evidence: [evidence] }, counterpart: { id: 'm1', text: 'Bra åtaganden', how: 'passage' } },
    { reference: { id: 'r2', text: 'Uppföljning på APT', evidence: [] }, counterpart: null },
  ],
  improvements: [], rationale: 'Arbetssättet är inte spritt.', unmatched: { strengths: [], improvements: [] }, ...over,
});

const comparison = (): CalibrationComparison => ({
  roundId: 'ku-2026-ovning', roundTitle: 'Övningsomgång', exampleMaterial: true,
  contestant: { id: 'c-solrosen', name: 'Förskolan Solrosen', classTitle: 'Förskola' },
  trainee: { examinerId: 'e-anna', name: 'Anna Lind', revision: 1, submittedAt: '2026-09-10T10:00:00.000Z' },
  reference: { sha256: 'b'.repeat(64), keyId: 'k' },
  criteria: [criterion()],
  summary: {
    criteria: 1, compared: 1, meanAbsoluteDeviation: 40, bias: { all: bias, process: bias, result: { criteria: 0, mean: null, direction: null } },
    offByMoreThanOneBand: ['1.1'], strengthsCovered: 1, strengthsTotal: 2, improvementsCovered: 0, improvementsTotal: 0,
  },
});

describe('CalibrationScreen', () => {
  it('shows my score beside the reference, which reference comments I covered, and the summary', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/kalibrering/c-solrosen';
    const fake = installFakeBridge({
      'app:info': () => appInfo(),
      'calibration:comparison': () => comparison(),
      'calibration:create-report': () => ({ path: '/hem/kalibrering.pdf', fileName: 'kalibrering.pdf', pages: 3, warnings: [] }),
    });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Jämförelse med facit: Förskolan Solrosen' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Din poäng och facit för 1.1' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['Din70\u00a0%Väl integrerat', 'Facit30\u00a0%Delvis systematiskt', 'Skillnad+40 %+30 viktade poäng+2 band']);
    expect(screen.getByText('Finns hos dig')).toBeInTheDocument();
    expect(screen.getByText('Motsvaras av din kommentar (samma passage): "Bra åtaganden"')).toBeInTheDocument();
    expect(screen.getByText('Saknas bland dina styrkor.')).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Sammanfattning' });
    expect(summary.textContent).toContain('40 % av skalan, över 1 av 1 kriterier');
    expect(summary.textContent).toContain('+10 % (för högt)');
    expect(within(summary).getByRole('listitem').textContent).toBe('1.1 Målgruppernas behov');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa kalibreringsrapport…' }));
    expect(fake.calls('calibration:create-report')).toEqual([{ roundId: 'ku-2026-ovning', contestantId: 'c-solrosen' }]);
    expect(await screen.findByText('Sparade kalibrering.pdf (3 sidor) i mappen /hem.')).toBeInTheDocument();
  });

  it('opens the reader at the page of a reference’s evidence', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/kalibrering/c-solrosen';
    installFakeBridge({ 'app:info': () => appInfo(), 'calibration:comparison': () => comparison(), 'document:open': () => new Promise(() => undefined) });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: /Verksamhetsbeskrivning\s*s\. 4/ }));
    expect(window.location.hash).toBe(`#/dokument/${SHA}`);
    expect(useViewer.getState().views[SHA]?.page).toBe(4);
  });

  it('says why before the trainee has submitted', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/kalibrering/c-solrosen';
    installFakeBridge({
      'app:info': () => appInfo(),
      'calibration:comparison': () => {
        throw new AppError('calibration-not-submitted', 'Jämförelsen med referensbedömningen visas först när du har lämnat in din individuella bedömning av Förskolan Solrosen.');
      },
    });
    render(<App />);
    expect(await screen.findByText(/visas först när du har lämnat in din individuella bedömning av Förskolan Solrosen/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skapa kalibreringsrapport…' })).toBeNull();
  });
});
