import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DocxBlock } from '../../../../../../shared/contract/documents';
import { DocxView } from '../../../../../../renderer/features/documents/viewer/DocxView';

const blocks: DocxBlock[] = [
  { type: 'paragraph', number: 1, style: 'heading', level: 1, inlines: [{ text: 'Lindgårdens vård- och omsorgsboende' }] },
  { type: 'paragraph', number: 2, style: 'body', level: 0, inlines: [{ text: 'Enhet: ', bold: true }, { text: 'Lindgården' }] },
  { type: 'paragraph', number: 3, style: 'list-item', level: 0, ordered: true, inlines: [{ text: 'Inledning' }] },
  { type: 'paragraph', number: 4, style: 'list-item', level: 0, ordered: true, inlines: [{ text: 'Arbetssätt' }] },
  {
    type: 'table',
    rows: [[{ blocks: [{ type: 'paragraph', number: 5, style: 'body', level: 0, inlines: [{ text: 'Eken' }] }] }, { blocks: [] }]],
  },
  { type: 'paragraph', number: 6, style: 'body', level: 0, inlines: [{ text: '<img src=x onerror=alert(1)>' }] },
];

describe('DOCX view', () => {
  it('renders headings, paragraphs, numbered lists and tables with paragraph numbers in the margin', () => {
    render(<DocxView blocks={blocks} scale={1} />);
    expect(screen.getByRole('heading', { name: 'Lindgårdens vård- och omsorgsboende' })).toBeInTheDocument();
    expect(screen.getByLabelText('Stycke 1')).toHaveTextContent('§ 1');
    expect(screen.getByText('Enhet:').tagName).toBe('STRONG');
    expect(document.querySelector('[data-unit="4"]')).toHaveTextContent('2.Arbetssätt');
    const table = screen.getByRole('table');
    expect(within(table).getByText('Eken').closest('[data-unit]')).toHaveAttribute('data-unit', '5');
    expect(within(table).getAllByRole('cell')).toHaveLength(2);
  });

  it('shows document text as text, never as markup', () => {
    render(<DocxView blocks={blocks} scale={1} />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
