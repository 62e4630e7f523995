import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../../../renderer/App';
// main.tsx registers the importers; the test renders App alone.
import '../../../../../renderer/features/exchange/importer';
import type { AcceptedKey, AssessmentPreviewItem } from '../../../../../shared/contract/exchange';
import { appInfo, installFakeBridge } from '../../../fake-bridge';

const OLD = '1111222233334444555566667777888899990000aaaabbbbccccddddeeeeffff';
const NEW = 'abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd1234';
const header = (examinerName: string, revision: number, keyId: string) => ({
  roundId: 'ku-2026-ovning',
  roundTitle: 'Övning',
  contestantId: 'c-solrosen',
  contestantName: 'Förskolan Solrosen',
  stage: 'individual' as const,
  examinerId: examinerName === 'Bilal Haddad' ? 'e-bilal' : 'e-cecilia',
  examinerName,
  revision,
  exportedAt: '2026-09-10T12:00:00.000Z',
  keyId,
});
const files = [
  { id: 'f1', name: 'bilal-r2.kvbedomning', bytes: 9000 },
  { id: 'f2', name: 'cecilia-r1.kvbedomning', bytes: 9000 },
  { id: 'f3', name: 'trasig.kvbedomning', bytes: 10 },
];

function preview(accepted: readonly AcceptedKey[]): AssessmentPreviewItem[] {
  const keyAccepted = accepted.some((a) => a.keyId === NEW && a.examinerId === 'e-bilal');
  return [
    keyAccepted
      ? { fileId: 'f1', fileName: 'bilal-r2.kvbedomning', sha256: 'a'.repeat(64), status: 'newer', message: 'Nyare revision: … Ersätter revision 1. Du har godtagit den nya nyckeln abcd abcd abcd abcd (ersätter 1111 2222 3333 4444).', header: header('Bilal Haddad', 2, NEW), heldRevision: 1, key: { keyId: NEW, pinnedKeyId: OLD, accepted: true } }
      : { fileId: 'f1', fileName: 'bilal-r2.kvbedomning', sha256: 'a'.repeat(64), status: 'key-changed', message: 'Filen är signerad med en annan nyckel (fingeravtryck abcd abcd abcd abcd) än den som sparades för Bilal Haddad (fingeravtryck 1111 2222 3333 4444).', header: header('Bilal Haddad', 2, NEW), heldRevision: null, key: { keyId: NEW, pinnedKeyId: OLD, accepted: false } },
    { fileId: 'f2', fileName: 'cecilia-r1.kvbedomning', sha256: 'b'.repeat(64), status: 'new', message: 'Ny: Individuell bedömning av Förskolan Solrosen från Cecilia Ek, revision 1. Första filen från Cecilia Ek: nyckeln med fingeravtryck 9999 9999 9999 9999 sparas.', header: header('Cecilia Ek', 1, '9'.repeat(64)), heldRevision: null, key: { keyId: '9'.repeat(64), pinnedKeyId: null, accepted: false } },
    { fileId: 'f3', fileName: 'trasig.kvbedomning', sha256: null, status: 'refused', message: 'Bedömningsfilen är inte giltig JSON; filen kan vara trasig eller av fel typ.', header: null, heldRevision: null, key: null },
  ];
}

function setup() {
  const fake = installFakeBridge(
    {
      'app:info': () => appInfo(),
      'round:list': () => [],
      'assessment:preview-import': ({ acceptedKeys }) => preview(acceptedKeys),
      'assessment:apply-import': ({ items }) =>
        items.map((item) => ({ fileId: item.fileId, fileName: files.find((f) => f.id === item.fileId)!.name, status: 'added' as const, message: `Importerad: ${item.fileId}.` })),
    },
    { picked: files },
  );
  render(<App />);
  return fake;
}

describe('importing assessment files', () => {
  it('previews every file before anything changes, then applies and shows the result per file', async () => {
    const fake = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Importera fil…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importera bedömningsfiler' });
    expect(dialog).toHaveAccessibleDescription('Så här blir det om du importerar. Ingenting har ändrats ännu.');
    const rows = within(within(dialog).getByRole('list', { name: 'Filer att importera' })).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Annan nyckel');
    expect(rows[1]).toHaveTextContent('Ny');
    expect(rows[1]).toHaveTextContent('Förskolan Solrosen · individuell bedömning · Cecilia Ek · revision 1 · exporterad 10 sep 2026 14:00');
    expect(rows[1]).toHaveTextContent('Första filen från Cecilia Ek');
    expect(rows[2]).toHaveTextContent('✕ Tas inte emottrasig.kvbedomningBedömningsfilen är inte giltig JSON');
    expect(fake.calls('assessment:apply-import')).toHaveLength(0);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Importera 1 fil' }));
    const done = await screen.findByRole('dialog', { name: 'Importen är klar' });
    expect(fake.calls('assessment:apply-import')).toEqual([{ items: [{ fileId: 'f1', sha256: 'a'.repeat(64) }, { fileId: 'f2', sha256: 'b'.repeat(64) }], acceptedKeys: [] }]);
    const results = within(within(done).getByRole('list', { name: 'Resultat per fil' })).getAllByRole('listitem');
    expect(results.map((r) => r.textContent)).toEqual([
      '✓ Importeradbilal-r2.kvbedomningImporterad: f1.',
      '✓ Importeradcecilia-r1.kvbedomningImporterad: f2.',
      '✕ Inte importeradtrasig.kvbedomningBedömningsfilen är inte giltig JSON; filen kan vara trasig eller av fel typ.',
    ]);
    await userEvent.click(within(done).getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('cancelling the preview imports nothing', async () => {
    const fake = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Importera fil…' }));
    await screen.findByRole('dialog', { name: 'Importera bedömningsfiler' });
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(fake.calls('assessment:apply-import')).toHaveLength(0);
  });
});

describe('the key-change dialog', () => {
  it('shows both fingerprints and accepts the new key only after the user confirms checking it; the preview is run again with it', async () => {
    const fake = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Importera fil…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importera bedömningsfiler' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Jämför nycklarna…' }));

    const keyDialog = await screen.findByRole('dialog', { name: 'Ny nyckel för Bilal Haddad' });
    expect(keyDialog).toHaveAccessibleDescription(/"bilal-r2\.kvbedomning" är signerad med en annan nyckel .* jämför fingeravtrycket innan du godtar nyckeln\./);
    expect(within(keyDialog).getByText('1111 2222 3333 4444')).toBeInTheDocument();
    expect(within(keyDialog).getByText('abcd abcd abcd abcd')).toBeInTheDocument();
    const accept = within(keyDialog).getByRole('button', { name: 'Godta den nya nyckeln' });
    expect(accept).toBeDisabled();
    await userEvent.click(within(keyDialog).getByRole('checkbox', { name: 'Jag har jämfört fingeravtrycket med Bilal Haddad, och det stämmer.' }));
    await userEvent.click(accept);

    const again = await screen.findByRole('dialog', { name: 'Importera bedömningsfiler' });
    expect(await within(again).findByText(/Du har godtagit den nya nyckeln/)).toBeInTheDocument();
    const accepted = [{ roundId: 'ku-2026-ovning', examinerId: 'e-bilal', keyId: NEW }];
    expect(fake.calls('assessment:preview-import').at(-1)).toEqual({ fileIds: ['f1', 'f2', 'f3'], acceptedKeys: accepted });
    await userEvent.click(within(again).getByRole('button', { name: 'Importera 2 filer' }));
    await screen.findByRole('dialog', { name: 'Importen är klar' });
    expect(fake.calls('assessment:apply-import')[0]).toMatchObject({ acceptedKeys: accepted });
  });

  it('going back does not accept the key', async () => {
    const fake = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Importera fil…' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Jämför nycklarna…' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Ny nyckel för Bilal Haddad' })).getByRole('button', { name: 'Tillbaka utan att godta' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importera bedömningsfiler' });
    expect(within(dialog).getAllByRole('listitem')[0]).toHaveTextContent('Annan nyckel');
    expect(fake.calls('assessment:preview-import')).toHaveLength(1);
    vi.restoreAllMocks();
  });
});
