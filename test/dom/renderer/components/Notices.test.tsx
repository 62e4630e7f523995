import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useNotices } from '../../../../renderer/app/notice-store';
import { Notices } from '../../../../renderer/components/Notices';

describe('Notices', () => {
  it('shows a message quoting a hostile file name without its bidi override, so the sentence keeps its order', () => {
    render(<Notices />);
    act(() => useNotices.getState().show('error', 'Filen \u202Emodnaleb.kvbedomning kunde inte läsas: signaturen stämmer inte.'));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Filen modnaleb.kvbedomning kunde inte läsas: signaturen stämmer inte.');
    expect(alert.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});
