import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../../shared/contract/documents';
import { AppError } from '../../../../../shared/errors';
import { DocumentsScreen } from '../../../../../renderer/features/documents/DocumentsScreen';
import { useRouter } from '../../../../../renderer/app/router-store';
import { useNotices } from '../../../../../renderer/app/notice-store';
import { installFakeBridge } from '../../../fake-bridge';

const summary = (overrides: Partial<DocumentSummary> = {}): DocumentSummary => ({
  sha256: 'a'.repeat(64),
  format: 'pdf',
  title: 'Lindgården',
  fileName: 'lindgarden.pdf',
  bytes: 157_612,
  unitKind: 'page',
  unitCount: 30,
  wordCount: 8_137,
  pagesWithoutText: [7],
  hasScripts: false,
  importedAt: '2026-09-01T08:00:00.000Z',
  usedBy: [],
  ...overrides,
});

describe('Dokument screen', () => {
  it('lists the documents on this computer with their size, use and pages without text', async () => {
    installFakeBridge({
      'document:list': () => [
        summary(),
        summary({ sha256: 'b'.repeat(64), title: 'Solrosen', usedBy: [{ roundId: 'r', roundTitle: 'Övningsomgång 2026', contestantId: 'c', contestantName: 'Förskolan Solrosen', title: 'VB' }], pagesWithoutText: [] }),
      ],
    });
    render(<DocumentsScreen />);
    expect(await screen.findByRole('button', { name: 'Lindgården' })).toBeInTheDocument();
    expect(screen.getByText('Öppnat direkt')).toBeInTheDocument();
    expect(screen.getByText('Förskolan Solrosen')).toBeInTheDocument();
    expect(screen.getByText('1 sida utan text')).toBeInTheDocument();
    expect(screen.getAllByText(/30 sidor · 8\s137 ord/)).toHaveLength(2);
    // In Stockholm time, like every other date in the app.
    expect(screen.getAllByText('1 sep 2026 10:00')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Sök i omgångens dokument' }));
    expect(useRouter.getState().route).toEqual({ name: 'round-search', roundId: 'r' });
  });

  it('opens a chosen document and goes to the reader; a refusal is shown in Swedish', async () => {
    const picked = [
      { id: 'f1', name: 'krypterad.pdf', bytes: 10 },
      { id: 'f2', name: 'lindgarden.pdf', bytes: 157_612 },
    ];
    installFakeBridge(
      {
        'document:list': () => [],
        'document:import': ({ fileId }) => {
          if (fileId === 'f1') throw new AppError('document-encrypted', '"krypterad.pdf" är lösenordsskyddad och kan inte läsas.');
          return summary();
        },
      },
      { picked },
    );
    render(<DocumentsScreen />);
    await screen.findByRole('heading', { name: 'Inga dokument ännu' });
    await userEvent.click(screen.getByRole('button', { name: 'Öppna dokument…' }));
    await waitFor(() => expect(useRouter.getState().route).toEqual({ name: 'document', sha256: 'a'.repeat(64) }));
    const texts = useNotices.getState().notices.map((n) => n.text);
    expect(texts).toContain('"krypterad.pdf" är lösenordsskyddad och kan inte läsas.');
    expect(texts).toContain('"lindgarden.pdf" är öppnad (30 sidor).');
  });
});
