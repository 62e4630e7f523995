import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CalibrationCard } from '../../../../../renderer/features/calibration/CalibrationCard';
import { useCalibration } from '../../../../../renderer/features/calibration/calibration-store';
import { installFakeBridge } from '../../../fake-bridge';

const ROUND = 'ku-2026-ovning';

describe('CalibrationCard', () => {
  it('names only the units with a reference, offers the comparison once submitted and says why not otherwise', async () => {
    installFakeBridge({
      'calibration:status': () => ({
        training: true,
        entries: [
          { contestantId: 'c-solrosen', name: 'Förskolan Solrosen', unavailable: null },
          { contestantId: 'c-ekorren', name: 'Förskolan Ekorren', unavailable: 'Lämna in din individuella bedömning först.' },
        ],
      }),
    });
    render(<CalibrationCard roundId={ROUND} identity="e-anna" office={false} />);
    const card = await screen.findByRole('region', { name: 'Övningsomgång: jämför med facit' });
    // A prize-only entry has no reference (a reference compares scores): the card promises references only for the units it lists.
    expect(card.textContent).toContain('Enheterna nedan har en referensbedömning (facit).');
    expect(card.textContent).not.toContain('varje övningsenhet');
    const entries = within(card).getAllByRole('listitem');
    expect(entries.map((e) => e.textContent)).toEqual([
      'Förskolan Solrosen Jämför med facit: Förskolan Solrosen',
      'Förskolan Ekorren – Lämna in din individuella bedömning först.',
    ]);
    expect(within(entries[1]!).queryByRole('button')).toBeNull();
  });

  it('shows nothing in a round without references', async () => {
    installFakeBridge({ 'calibration:status': () => ({ training: false, entries: [] }) });
    const { container } = render(<CalibrationCard roundId={ROUND} identity="e-anna" office={false} />);
    await expect.poll(() => useCalibration.getState().status?.value.training).toBe(false);
    expect(container).toBeEmptyDOMElement();
  });
});
