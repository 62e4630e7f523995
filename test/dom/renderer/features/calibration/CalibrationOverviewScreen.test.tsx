import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/App';
import type { CalibrationOverview } from '../../../../../shared/contract/calibration';
import { appInfo, installFakeBridge } from '../../../fake-bridge';

const bias = (mean: number | null) => ({ criteria: 3, mean, direction: mean === null ? null : mean >= 5 ? ('high' as const) : mean <= -5 ? ('low' as const) : ('even' as const) });
const summary = { criteria: 3, compared: 3, meanAbsoluteDeviation: 25.7, bias: { all: bias(-6), process: bias(0), result: bias(-20) }, offByMoreThanOneBand: ['1.1'] };

const overview = (names: boolean, files = 1): CalibrationOverview => ({
  round: { id: 'ku-2026-ovning', title: 'Övningsomgång', year: 2026, exampleMaterial: true },
  reportDate: '2026-11-10', namesShown: names, files,
  trainees: files === 0 ? [] : [{ code: 'E2', name: names ? 'Bilal Haddad' : null, contestants: ['Förskolan Solrosen'], summary, strengthsCovered: 1, strengthsTotal: 3, improvementsCovered: 0, improvementsTotal: 3, needs: ['Sätter för låga poäng på resultat (-20 %)'] }],
  criteria: files === 0 ? [] : [{ criterionId: '1.1', title: 'Målgruppernas behov', kind: 'process', trainees: 1, offByMoreThanOneBand: 1, meanAbsoluteDeviation: 40, bias: bias(40) }],
});

describe('CalibrationOverviewScreen', () => {
  it('shows who needs what and the troubling criteria, names on request, and makes the PDF', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/kalibrering';
    const fake = installFakeBridge({
      'app:info': () => appInfo(),
      'calibration:overview': ({ names }) => overview(names),
      'calibration:create-overview': () => ({ path: '/hem/kalibrering-oversikt-ku-2026-ovning.pdf', fileName: 'kalibrering-oversikt-ku-2026-ovning.pdf', pages: 2, warnings: [] }),
    });
    render(<App />);
    const trainees = await screen.findByRole('region', { name: 'Tabell: de övande' });
    const [, row] = within(trainees).getAllByRole('row');
    expect(row!.textContent).toContain('25,7 %');
    expect(row!.textContent).toContain('-20 % (för lågt)');
    expect(row!.textContent).toContain('Sätter för låga poäng på resultat (-20 %)');
    expect(within(screen.getByRole('region', { name: 'Tabell: kriterierna' })).getAllByRole('row')[1]!.textContent).toContain('+40 % (för högt)');
    await userEvent.click(screen.getByLabelText(/Visa de övandes namn/));
    await waitFor(() => expect(within(trainees).getByText('Bilal Haddad')).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Skapa PDF…' }));
    expect(fake.calls('calibration:create-overview')).toEqual([{ roundId: 'ku-2026-ovning', names: true }]);
  });

  it('says so when no trainee file has come', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/kalibrering';
    installFakeBridge({ 'app:info': () => appInfo(), 'calibration:overview': () => overview(false, 0) });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Inga individuella bedömningar har kommit hit ännu' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skapa PDF…' })).toBeDisabled();
  });
});
