import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CriterionPanel } from '../../../../../renderer/features/assessment/CriterionPanel';
import { CriteriaList } from '../../../../../renderer/features/assessment/CriteriaList';
import { installFakeBridge } from '../../../fake-bridge';
import { DOC_SHA, loadedDesk, uuid } from './desk-fixture';

const withEvidence = (text: string) => ({ id: uuid(), text, evidence: [{ documentSha256: DOC_SHA, paragraph: 3 }] });

describe('warnings on the desk', () => {
  it('say in words (beside an icon) when a high score has mostly improvement areas, quoting the band', () => {
    installFakeBridge({});
    loadedDesk('1.1', [{ criterionId: '1.1', score: 80, strengths: [withEvidence('En styrka.')], improvements: [withEvidence('Ett.'), withEvidence('Två.')] }]);
    render(<CriterionPanel />);
    const warnings = screen.getByRole('list', { name: 'Att se över' });
    const [item] = within(warnings).getAllByRole('listitem');
    expect(item).toHaveTextContent(/^⚠Poängen 80 ligger i nivån »Väl integrerat«: »Arbetssättet tillämpas i hela verksamheten/);
    expect(item).toHaveTextContent('Men de flesta kommentarerna är förbättringsområden (2 mot 1 styrka).');
    expect(item).not.toHaveTextContent('Måste åtgärdas');
  });

  it('say which must be fixed before the criterion is done, and mark comments without evidence where they are', () => {
    installFakeBridge({});
    loadedDesk('1.1', [{ criterionId: '1.1', score: 50, strengths: [{ id: uuid(), text: 'Utan belägg.', evidence: [] }] }]);
    render(<CriterionPanel />);
    const warnings = screen.getByRole('list', { name: 'Att se över' });
    expect(within(warnings).getByRole('listitem')).toHaveTextContent('Måste åtgärdas: Kriteriepaketet kräver minst 1 förbättringsområde per kriterium (nu 0).');
    expect(screen.getByLabelText('Styrka 1')).toHaveAccessibleDescription(/Saknar belägg/);
  });

  it('show in the criteria list as an icon with a count, and in words for screen readers', () => {
    installFakeBridge({});
    loadedDesk('1.1', [
      { criterionId: '1.1', score: 50, strengths: [{ id: uuid(), text: 'Utan belägg.', evidence: [] }] },
      { criterionId: '1.2', score: 60, strengths: [withEvidence('S.')], improvements: [withEvidence('F.')] },
    ]);
    render(<CriteriaList />);
    const list = screen.getByRole('navigation', { name: 'Kriterier' });
    const first = within(list).getByRole('button', { name: /^1\.1 / });
    expect(first).toHaveTextContent('⚠ 2');
    expect(first).toHaveAccessibleName(/, påbörjad, 2 varningar$/);
    expect(within(list).getByRole('button', { name: /^1\.2 / })).toHaveAccessibleName(/, klar$/);
    expect(within(list).getByText('1 av 14')).toBeInTheDocument();
    // 1.1: 75 p × 50 % + 1.2: 75 p × 60 %.
    expect(list).toHaveTextContent('Totalt82,5 p av 1 000 p');
  });
});
