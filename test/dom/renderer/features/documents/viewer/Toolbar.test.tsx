import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Toolbar, type ToolbarProps } from '../../../../../../renderer/features/documents/viewer/Toolbar';

function setup(overrides: Partial<ToolbarProps> = {}) {
  const props: ToolbarProps = {
    unitKind: 'page',
    current: 3,
    count: 30,
    scale: 1.25,
    fitWidth: false,
    searchOpen: false,
    onGoTo: vi.fn(),
    onZoom: vi.fn(),
    onFitWidth: vi.fn(),
    onToggleSearch: vi.fn(),
    ...overrides,
  };
  render(<Toolbar {...props} />);
  return props;
}

describe('viewer toolbar', () => {
  it('shows the page and zoom in Swedish and moves page by page', async () => {
    const props = setup();
    expect(screen.getByRole('toolbar', { name: 'Dokumentvisning' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Sida' })).toHaveValue('3');
    expect(screen.getByText('av 30')).toBeInTheDocument();
    expect(screen.getByText('125 %')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Nästa sida' }));
    expect(props.onGoTo).toHaveBeenCalledWith(4);
    await userEvent.click(screen.getByRole('button', { name: 'Föregående sida' }));
    expect(props.onGoTo).toHaveBeenCalledWith(2);
  });

  it('goes to a typed page number, clamped to the document', async () => {
    const props = setup();
    const input = screen.getByRole('textbox', { name: 'Sida' });
    await userEvent.clear(input);
    await userEvent.type(input, '12{Enter}');
    expect(props.onGoTo).toHaveBeenLastCalledWith(12);
    await userEvent.clear(input);
    await userEvent.type(input, '99{Enter}');
    expect(props.onGoTo).toHaveBeenLastCalledWith(30);
  });

  it('zooms, fits to width and toggles search (Ctrl+F is announced)', async () => {
    const props = setup({ fitWidth: true });
    await userEvent.click(screen.getByRole('button', { name: 'Zooma in' }));
    expect(props.onZoom).toHaveBeenCalledWith(1);
    await userEvent.click(screen.getByRole('button', { name: 'Zooma ut' }));
    expect(props.onZoom).toHaveBeenCalledWith(-1);
    expect(screen.getByRole('button', { name: 'Anpassa till bredd' })).toHaveAttribute('aria-pressed', 'true');
    const search = screen.getByRole('button', { name: /Sök/ });
    expect(search).toHaveAttribute('aria-keyshortcuts', 'Control+F');
    await userEvent.click(search);
    expect(props.onToggleSearch).toHaveBeenCalled();
  });

  it('navigates paragraphs ("§") in a DOCX, without fit-to-width', () => {
    setup({ unitKind: 'paragraph', current: 1, count: 760 });
    expect(screen.getByRole('textbox', { name: 'Stycke' })).toHaveValue('1');
    expect(screen.getByRole('button', { name: 'Föregående stycke' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Anpassa till bredd' })).toBeNull();
  });
});
