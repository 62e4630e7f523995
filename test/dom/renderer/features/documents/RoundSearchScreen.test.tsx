import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RoundSearchScreen } from '../../../../../renderer/features/documents/RoundSearchScreen';
import { useRouter } from '../../../../../renderer/app/router-store';
import { useViewer } from '../../../../../renderer/features/documents/viewer/viewer-store';
import { parseRoute, formatRoute } from '../../../../../renderer/app/routes';
import { installFakeBridge } from '../../../fake-bridge';

const sha = 'b'.repeat(64);

describe('search across a round', () => {
  it('lists hits per contestant and opens the document at the hit with the search shown', async () => {
    const bridge = installFakeBridge({
      'document:search-round': ({ query }) => ({
        query,
        roundTitle: 'Övningsomgång 2026',
        total: query ? 3 : 0,
        documents: query
          ? [
              {
                sha256: sha,
                title: 'Verksamhetsbeskrivning',
                contestantName: 'Förskolan Solrosen',
                unitKind: 'page' as const,
                total: 3,
                hits: [{ unit: 6, count: 3, snippet: { text: 'språkutveckling i fokus', marks: [[0, 15]] as [number, number][] } }],
              },
            ]
          : [],
      }),
    });
    render(<RoundSearchScreen roundId="ovning-2026" />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Sökord' }), 'Språkutveckl');
    expect(await screen.findByText('3 träffar i 1 dokument.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Förskolan Solrosen/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Sida 6 · 3 träffar/ }));
    await waitFor(() => expect(useRouter.getState().route).toEqual({ name: 'document', sha256: sha }));
    expect(useViewer.getState().views[sha]).toMatchObject({ query: 'Språkutveckl', searchOpen: true, page: 6 });
    expect(bridge.calls('document:search-round').at(-1)).toEqual({ roundId: 'ovning-2026', query: 'Språkutveckl' });
  });

  it('has its own route for the round overview to link to', () => {
    expect(formatRoute({ name: 'round-search', roundId: 'ovning-2026' })).toBe('#/sok/ovning-2026');
    expect(parseRoute('#/sok/ovning-2026')).toEqual({ name: 'round-search', roundId: 'ovning-2026' });
    expect(parseRoute(`#/dokument/${sha}`)).toEqual({ name: 'document', sha256: sha });
    expect(parseRoute('#/dokument/inte-en-hash')).toEqual({ name: 'documents' });
  });
});
