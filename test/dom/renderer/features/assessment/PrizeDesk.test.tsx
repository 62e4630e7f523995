import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EvidenceAnchor } from '../../../../../shared/domain/assessment';
import { App } from '../../../../../renderer/App';
import { ASSESSMENT_ID, DOC_SHA, fakeDesk, framsteget } from './desk-fixture';

// PDF.js does not run in jsdom: the viewer stands in with its one way of giving evidence (a marked passage).
vi.mock('../../../../../renderer/features/documents/viewer/DocumentViewer', () => ({
  DocumentViewer: (props: { evidenceTarget?: string; onAddEvidence?: (e: { anchor: EvidenceAnchor; kind: 'strength' }) => void }) => (
    <div className="document-viewer" data-testid="viewer">
      {props.evidenceTarget}
      <button type="button" onClick={() => props.onAddEvidence?.({ anchor: { documentSha256: 'a'.repeat(64), paragraph: 2, quote: 'Språkväskan lånas ut' }, kind: 'strength' })}>
        Lägg till som styrka
      </button>
    </div>
  ),
}));

const NYTT = 'prize:framsteget:nytt';

describe('the desk for a prize entry', () => {
  it('assesses a prize-only entry per aspect in writing: no score, the aspect described, evidence from the document, progress and submit by aspect', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/bedom/c-solrosen';
    const { calls } = fakeDesk({ classId: null, prizes: framsteget() });
    render(<App />);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Nytt' });
    expect(heading.closest('section')).toHaveTextContent('Framsteget – Stockholms stads pris för nyskapande · Prisaspekt · bedöms i ord, utan poäng');
    expect(screen.getByText(/Något nytt för verksamheten: ett nytt arbetssätt/)).toBeInTheDocument();
    // Nothing of the scored award: no score, no scale, no attribute ratings, no points.
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Poäng' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: /Nivåer på skalan/ })).not.toBeInTheDocument();
    expect(screen.queryByText('Totalt')).not.toBeInTheDocument();
    const list = screen.getByRole('navigation', { name: 'Kriterier och prisaspekter' });
    expect(list).toHaveTextContent('0 av 3 aspekter klara');
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['○Nytt, inte påbörjad', '○Skapar värde, inte påbörjad', '○Används, inte påbörjad']);
    expect(await screen.findByTestId('viewer')).toHaveTextContent('till Framsteget: Nytt');

    // A number key is no score here.
    await userEvent.keyboard('7');
    expect(calls('assessment:set-score')).toEqual([]);

    // A marked passage becomes a strength of the aspect, with its evidence.
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till som styrka' }));
    const strengths = await screen.findByRole('region', { name: 'Styrkor (1)' });
    expect(calls('assessment:add-comment')).toEqual([
      { assessmentId: ASSESSMENT_ID, criterionId: NYTT, kind: 'strength', text: '', evidence: [{ documentSha256: DOC_SHA, paragraph: 2, quote: 'Språkväskan lånas ut' }] },
    ]);
    expect(within(strengths).getByRole('button', { name: /^§ 2/ })).toHaveTextContent('§ 2»Språkväskan lånas ut«');
    const field = within(strengths).getByLabelText('Styrka 1');
    await waitFor(() => expect(field).toHaveFocus());
    await userEvent.keyboard('Språkväskan är ett nytt sätt att möta anhöriga.');
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(calls('assessment:edit-comment').at(-1)).toMatchObject({ text: 'Språkväskan är ett nytt sätt att möta anhöriga.' });
    expect(list).toHaveTextContent('1 av 3 aspekter klara');
    expect(screen.getByRole('heading', { level: 2, name: /^Nytt/ })).toHaveTextContent('Nytt✓ Klar');

    // The submit dialog names what is open by its aspect's name, and leads there.
    await userEvent.click(screen.getByRole('button', { name: 'Lämna in min bedömning…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Det här saknas innan du kan lämna in' });
    expect(dialog).toHaveTextContent('2 av 3 aspekter är inte klara. En prisaspekt är klar när den har minst en skriven styrka eller ett förbättringsområde.');
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Framsteget: Skapar värde', 'Framsteget: Används', 'Stäng']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Framsteget: Används' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Används' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/omgang/ku-2026-ovning/bedom/c-solrosen/prize%3Aframsteget%3Aanvands');
  });

  it('shows the prize as its own section after the areas of the class, and J and N go on into its aspects', async () => {
    window.location.hash = '#/omgang/ku-2026-ovning/bedom/c-solrosen/6.3';
    fakeDesk({ classId: 'forskola', prizes: framsteget() });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 2, name: /^6\.3 / })).toBeInTheDocument();
    const list = screen.getByRole('navigation', { name: 'Kriterier och prisaspekter' });
    expect(list).toHaveTextContent('0 av 17 kriterier och aspekter klara');
    const sections = within(list).getAllByRole('listitem').filter((li) => li.parentElement?.classList.contains('criteria-areas'));
    expect(sections.at(-1)).toHaveTextContent(/^Framsteget – Stockholms stads pris för nyskapande \(utan poäng\)○Nytt/);
    expect(sections.at(-2)).toHaveTextContent(/^6 /);
    expect(screen.getByText('Totalt')).toBeInTheDocument();

    await userEvent.keyboard('n');
    expect(await screen.findByRole('heading', { level: 2, name: 'Nytt' })).toBeInTheDocument();
    await userEvent.keyboard('k');
    expect(await screen.findByRole('heading', { level: 2, name: /^6\.3 / })).toBeInTheDocument();
    await userEvent.keyboard('j');
    expect(await screen.findByRole('heading', { level: 2, name: 'Nytt' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/omgang/ku-2026-ovning/bedom/c-solrosen/prize%3Aframsteget%3Anytt');
    await userEvent.keyboard('j');
    expect(await screen.findByRole('heading', { level: 2, name: 'Skapar värde' })).toBeInTheDocument();
    await userEvent.keyboard('k');
    await userEvent.keyboard('k');
    expect(await screen.findByRole('heading', { level: 2, name: /^6\.3 / })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Poäng för 6.3' })).toBeInTheDocument();
  });
});
