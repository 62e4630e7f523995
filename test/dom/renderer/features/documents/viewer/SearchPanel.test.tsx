import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SearchPanel } from '../../../../../../renderer/features/documents/viewer/SearchPanel';
import { installFakeBridge } from '../../../../fake-bridge';

const sha256 = 'a'.repeat(64);

function Harness({ onShowHit }: { onShowHit: (unit: number) => void }) {
  const [query, setQuery] = useState('');
  return <SearchPanel sha256={sha256} unitKind="page" query={query} inputRef={createRef()} onQueryChange={setQuery} onShowHit={onShowHit} />;
}

describe('search in the document', () => {
  it('lists hits by page with the match marked, says where search cannot work, and shows a hit on request', async () => {
    const bridge = installFakeBridge({
      'document:search': ({ query }) => ({
        query,
        total: 3,
        unsearchable: [7],
        hits: [
          { unit: 4, count: 1, snippet: { text: '…synpunkter och klagomål är en källa…', marks: [[16, 24]] } },
          { unit: 12, count: 2, snippet: { text: 'Klagomål och klagomål', marks: [[0, 8], [13, 21]] } },
        ],
      }),
    });
    const onShowHit = vi.fn();
    render(<Harness onShowHit={onShowHit} />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Sök i dokumentet' }), 'KLAGOMÅL');
    expect(await screen.findByText('3 träffar på 2 sidor')).toBeInTheDocument();
    expect(bridge.calls('document:search').at(-1)).toEqual({ sha256, query: 'KLAGOMÅL' });
    expect(screen.getByText(/Sök fungerar inte på sidor utan text: 7/)).toBeInTheDocument();
    const hit = screen.getByRole('button', { name: /^Sida 12 · 2 träffar/ });
    expect(within(hit).getAllByText(/klagomål/i, { selector: 'mark' })).toHaveLength(2);
    await userEvent.click(hit);
    expect(onShowHit).toHaveBeenCalledWith(12);
  });

  it('says so when nothing matches', async () => {
    installFakeBridge({ 'document:search': ({ query }) => ({ query, total: 0, unsearchable: [], hits: [] }) });
    render(<Harness onShowHit={vi.fn()} />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Sök i dokumentet' }), 'finns inte');
    expect(await screen.findByText('Inga träffar.')).toBeInTheDocument();
  });
});
