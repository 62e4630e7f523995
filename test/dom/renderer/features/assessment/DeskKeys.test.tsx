import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../../../renderer/App';
import { scoreForDigit } from '../../../../../renderer/features/assessment/use-desk-keys';
import { ASSESSMENT_ID, fakeDesk } from './desk-fixture';

// PDF.js does not run in jsdom; the viewer has its own tests, and the desk's with it run in Chromium (e2e).
vi.mock('../../../../../renderer/features/documents/viewer/DocumentViewer', () => ({
  DocumentViewer: (props: { document: { title: string }; evidenceTarget?: string }) => (
    <div className="document-viewer" data-testid="viewer">
      {props.document.title} {props.evidenceTarget}
    </div>
  ),
}));

describe('the desk from the keyboard', () => {
  it('scores with number keys, writes a strength after S without losing what is typed at once, and moves on with J', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/bedom/c-solrosen/2.3';
    const { calls } = fakeDesk();
    render(<App />);
    expect(await screen.findByRole('heading', { level: 2, name: '2.3 Uppföljning, analys och ständiga förbättringar' })).toBeInTheDocument();
    expect(await screen.findByTestId('viewer')).toHaveTextContent('Verksamhetsbeskrivning till 2.3');

    await userEvent.keyboard('7');
    await waitFor(() => expect(calls('assessment:set-score')).toEqual([{ assessmentId: ASSESSMENT_ID, criterionId: '2.3', score: 70 }]));
    expect(await screen.findByRole('radio', { name: '70\u00a0%, Väl integrerat', checked: true })).toBeInTheDocument();

    // Typed straight after S, before the new field exists: nothing is lost.
    await userEvent.keyboard('sBra');
    const field = await screen.findByLabelText('Styrka 1');
    await waitFor(() => expect(field).toHaveFocus());
    await userEvent.keyboard(' analys.');
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('heading', { level: 2, name: /^2\.3 / })).toHaveFocus();
    await waitFor(() => expect(calls('assessment:edit-comment').at(-1)).toMatchObject({ text: 'Bra analys.' }));

    await userEvent.keyboard('j');
    expect(await screen.findByRole('heading', { level: 2, name: '3.1 Ledarskap, handlingsutrymme och delaktighet' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/omgang/ku-2026-ovning/bedom/c-solrosen/3.1');
    await userEvent.keyboard('k');
    expect(await screen.findByRole('heading', { level: 2, name: /^2\.3 / })).toBeInTheDocument();
    // Back at 2.3, the strength written earlier does not grab the focus.
    expect(screen.getByLabelText('Styrka 1')).not.toHaveFocus();

    await userEvent.keyboard('?');
    const overlay = await screen.findByRole('dialog', { name: 'Kortkommandon' });
    expect(within(overlay).getByRole('rowheader', { name: 'J / K' })).toBeInTheDocument();
  });

  it('reads number keys as a score on the scale: the digit itself, or that many steps up', () => {
    expect(scoreForDigit({ min: 0, max: 100, step: 10 }, 7)).toBe(70);
    expect(scoreForDigit({ min: 0, max: 100, step: 10 }, 0)).toBe(0);
    expect(scoreForDigit({ min: 1, max: 5, step: 1 }, 3)).toBe(3);
    expect(scoreForDigit({ min: 1, max: 5, step: 1 }, 9)).toBeNull();
    expect(scoreForDigit({ min: 0, max: 2, step: 0.5 }, 3)).toBe(1.5);
  });
});
