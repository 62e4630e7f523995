import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CoverageStrip } from '../../../../../../renderer/features/documents/viewer/CoverageStrip';

describe('coverage strip', () => {
  it('shows which criteria cite each page, uncited pages and criteria without evidence; a cell goes to its page', async () => {
    const onGoTo = vi.fn();
    render(
      <CoverageStrip
        unitKind="page"
        units={[1, 2, 3, 4]}
        citations={[
          { criterionId: '2.3', unit: 2 },
          { criterionId: '1.1', unit: 2 },
          { criterionId: '4.1', unit: null },
        ]}
        criterionIds={['1.1', '2.3', '4.1']}
        current={1}
        onGoTo={onGoTo}
      />,
    );
    expect(screen.getByRole('button', { name: 'Sida 2: 2 med belägg, 1.1, 2.3' })).toHaveTextContent('2');
    expect(screen.getByRole('button', { name: 'Sida 3: inga belägg' })).toBeInTheDocument();
    expect(screen.getByText(/1 av 4 sidor citerade/)).toBeInTheDocument();
    expect(screen.getByText(/Utan belägg: 4.1/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sida 3: inga belägg' }));
    expect(onGoTo).toHaveBeenCalledWith(3);
  });
});

describe('coverage strip of a long DOCX', () => {
  it('shows runs of paragraphs as at most 60 cells', () => {
    const units = Array.from({ length: 760 }, (_, i) => i + 1);
    render(<CoverageStrip unitKind="paragraph" units={units} citations={[{ criterionId: '1.1', unit: 28 }]} current={1} onGoTo={vi.fn()} />);
    const cells = screen.getAllByRole('button');
    expect(cells.length).toBeLessThanOrEqual(60);
    expect(screen.getByRole('button', { name: '§ 27–39: 1 med belägg, 1.1' })).toBeInTheDocument();
    expect(screen.getByText(/1 av 760 stycken citerade/)).toBeInTheDocument();
  });
});
