import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { EditResult } from '../../../../../shared/contract/assessments';
import { CriterionPanel } from '../../../../../renderer/features/assessment/CriterionPanel';
import { anchorKey } from '../../../../../renderer/features/assessment/desk-keys';
import { useDesk } from '../../../../../renderer/features/assessment/desk-store';
import { useNotices } from '../../../../../renderer/app/notice-store';
import { installFakeBridge } from '../../../fake-bridge';
import { ASSESSMENT_ID, DOC_SHA, loadedDesk, uuid } from './desk-fixture';

const savedAt = '2026-09-01T12:32:00.000Z';
const answer = (criterion: EditResult['criterion']): EditResult => ({ criterion, savedAt, canUndo: true, canRedo: false });

describe('the criterion panel', () => {
  it('shows the criterion, its guidance and the scale as bands with the current one marked', async () => {
    installFakeBridge({});
    loadedDesk('2.3', [{ criterionId: '2.3', score: 60 }]);
    render(<CriterionPanel />);
    expect(screen.getByRole('heading', { level: 2, name: '2.3 Uppföljning, analys och ständiga förbättringar' })).toBeInTheDocument();
    // The area's title (from the package) is isolated in a <bdi>: match the line's whole text.
    expect(screen.getByText((_, element) => element?.textContent === '2 Styrning och systematiskt kvalitetsarbete · Arbetssätt · 70 poäng' && element.tagName !== 'BDI')).toBeInTheDocument();
    expect(screen.getByText(/Hur verksamheten följer upp, analyserar orsaker/)).toBeInTheDocument();
    await userEvent.click(screen.getByText('Frågor till den tävlande (3)'));
    expect(screen.getByText('Vägledning för examinatorer')).toBeInTheDocument();

    // Only the scale's valid values can be chosen; the chosen one and its band are marked in words too.
    const picker = screen.getByRole('radiogroup', { name: 'Poäng för 2.3' });
    expect(within(picker).getAllByRole('radio').map((r) => r.textContent)).toEqual(['0', '10', '20', '30', '40', '50', '60', '70', '80', '90', '100']);
    expect(within(picker).getByRole('radio', { checked: true })).toHaveAccessibleName('60\u00a0%, Systematiskt');
    const bands = screen.getByRole('list', { name: 'Nivåer på skalan Bedömningsskala för arbetssätt' });
    const current = within(bands).getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'true')!;
    expect(current).toHaveTextContent('50–60 %▸ Systematiskt (vald nivå) — Ett väl beskrivet arbetssätt');
  });

  it('sets a score through the core and shows the answer, with "Sparat" in the status bar', async () => {
    const { calls } = installFakeBridge({
      'assessment:set-score': ({ criterionId, score }) => answer({ criterionId, score, attributes: {}, strengths: [], improvements: [], siteVisitQuestions: [] }),
    });
    loadedDesk('2.3');
    render(<CriterionPanel />);
    await userEvent.click(screen.getByRole('radio', { name: '70\u00a0%, Väl integrerat' }));
    expect(calls('assessment:set-score')).toEqual([{ assessmentId: ASSESSMENT_ID, criterionId: '2.3', score: 70 }]);
    expect(await screen.findByRole('radio', { name: '70\u00a0%, Väl integrerat', checked: true })).toBeInTheDocument();
    expect(useNotices.getState().savedAt).toBe(savedAt);
    // Arrow keys move within the scale.
    screen.getByRole('radio', { name: '70\u00a0%, Väl integrerat' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(calls('assessment:set-score').at(-1)).toMatchObject({ score: 80 });
  });

  it('lists strengths with evidence chips and saves typed text once typing pauses', async () => {
    const strength = { id: uuid(), text: 'Analysen görs varje år.', evidence: [{ documentSha256: DOC_SHA, paragraph: 42, quote: 'Vi analyserar' }] };
    const { calls } = installFakeBridge({
      'assessment:edit-comment': ({ text }) =>
        answer({ criterionId: '2.3', score: null, attributes: {}, strengths: [{ ...strength, text }], improvements: [], siteVisitQuestions: [] }),
    });
    loadedDesk('2.3', [{ criterionId: '2.3', strengths: [strength] }]);
    render(<CriterionPanel />);
    const list = screen.getByRole('region', { name: 'Styrkor (1)' });
    expect(within(list).getByRole('button', { name: /^§ 42/ })).toHaveTextContent('§ 42»Vi analyserar«');
    expect(within(list).getByRole('button', { name: 'Ta bort belägget § 42' })).toBeInTheDocument();
    const field = within(list).getByLabelText('Styrka 1');
    await userEvent.type(field, ' Resultaten används.');
    expect(field).toHaveValue('Analysen görs varje år. Resultaten används.');
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(calls('assessment:edit-comment').at(-1)).toEqual({ assessmentId: ASSESSMENT_ID, commentId: strength.id, text: 'Analysen görs varje år. Resultaten används.' });
    expect(useDesk.getState().drafts).toEqual({});
  });

  it('shows evidence that can no longer be found in the document as lost, never drops it', () => {
    installFakeBridge({});
    const lost = { documentSha256: DOC_SHA, paragraph: 12, quote: 'Ett stycke som har strukits' };
    loadedDesk('2.3', [{ criterionId: '2.3', strengths: [{ id: uuid(), text: 'Text.', evidence: [lost] }] }]);
    useDesk.setState({ resolved: { [anchorKey(lost)]: { status: 'lost', unit: null, anchor: lost, reason: 'Det citerade stycket finns inte längre i dokumentet.' } } });
    render(<CriterionPanel />);
    expect(screen.getByRole('button', { name: /hittas inte/ })).toHaveTextContent('⚠ hittas inte (§ 12)»Ett stycke som har strukits«');
  });

  it('marks the private note as private, and is read-only once submitted', () => {
    installFakeBridge({});
    loadedDesk('1.1', [{ criterionId: '1.1', score: 40, privateNote: 'Fråga Bilal', strengths: [{ id: uuid(), text: 'Bra.', evidence: [] }] }], { status: 'submitted', submittedAt: savedAt });
    render(<CriterionPanel />);
    const note = screen.getByRole('textbox', { name: 'Egen anteckning Privat' });
    expect(note).toHaveAccessibleDescription('Bara för dig. Följer aldrig med när du exporterar, om du inte själv väljer det.');
    expect(note).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Styrka 1')).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Lägg till styrka' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Ta bort/ })).toBeNull();
    expect(screen.getByText(/Bedömningen är inlämnad och låst/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '30\u00a0%, Delvis systematiskt' })).toBeDisabled();
  });
});
