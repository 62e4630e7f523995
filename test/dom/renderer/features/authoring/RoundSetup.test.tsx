import { createHash, generateKeyPairSync } from 'node:crypto';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../../../renderer/App';
import { roundSourceSchema } from '../../../../../shared/formats/round';
import { appInfo, installFakeBridge } from '../../../fake-bridge';
import { EXAMPLE_KEY_ID, packageView, SHA } from '../../../samples';

const anna = generateKeyPairSync('ed25519').publicKey;
const ANNA_PEM = anna.export({ format: 'pem', type: 'spki' }).toString();
const ANNA_KEY_ID = createHash('sha256').update(anna.export({ format: 'der', type: 'spki' }).subarray(-32)).digest('hex');

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
const set = (id: string, value: string) => fireEvent.change(byId(id), { target: { value } });

async function openSetup() {
  window.location.hash = '#/kontoret/omgang';
  const fake = installFakeBridge({
    'app:info': () => appInfo(),
    'package:list': () => [packageView()],
    'package:get': () => packageView(),
    'draft:save': () => ({ savedAt: '2026-09-01T08:00:00.000Z' }),
    'trust:inspect-key': () => ({ keyId: ANNA_KEY_ID, trusted: false, example: false, publicKeyPem: ANNA_PEM }),
    'round:sign-and-save': () => ({ path: '/ut/ku-2027.kvomgang', fileName: 'ku-2027.kvomgang', keyId: EXAMPLE_KEY_ID, exampleMaterial: true, keyTrusted: true, publicKeyPem: '-----BEGIN PUBLIC KEY-----' }),
  });
  render(<App />);
  await screen.findByRole('heading', { name: 'Ny tävlingsomgång', level: 1 });
  await screen.findByRole('option', { name: /exempelkriterier \(revision 1\)/ });
  await userEvent.selectOptions(byId('f-criteriaPackage'), SHA);
  await screen.findByRole('option', { name: 'Förskola' });
  set('f-round-id', 'ku-2027');
  set('f-round-title', 'Kvalitetsutmärkelsen 2027');
  for (const [key, date] of [['individual', '2027-09-15'], ['consensus', '2027-09-29'], ['siteVisits', '2027-10-15'], ['jury', '2027-11-05']]) {
    set(`f-round-deadlines-${key}`, date!);
  }
  set('f-contestants-0-name', 'Förskolan Solrosen');
  set('f-contestants-0-organisation', 'Norrby stadsdelsförvaltning');
  set('f-contestants-0-class', 'forskola');
  set('f-examiners-0-name', 'Anna Lind');
  set('f-examiners-0-email', 'anna@example.se');
  return fake;
}

/** A set-up with no jäv and the document chosen: it can be signed. */
async function readyToSign() {
  const fake = await openSetup();
  set('f-examiners-0-organisation', 'Södermalms stadsdelsförvaltning');
  vi.mocked(fake.bridge.pickFiles).mockResolvedValueOnce([{ id: 'pdf-1', name: 'Förskolan Solrosen.pdf', bytes: 159120 }]);
  await userEvent.click(screen.getByRole('button', { name: 'Välj dokument…' }));
  expect(await screen.findByText('Omgången följer formatet, utan jäv, och kan signeras.')).toBeInTheDocument();
  return fake;
}

describe('the round set-up', () => {
  it('speaks Swedish about the dates: "Sista dag", never "deadline"', async () => {
    await openSetup();
    expect(screen.getByRole('heading', { name: 'Sista dag', level: 3 })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/deadline/i);
    // The first render of the set-up in a fresh jsdom: more than the default 5 s on a busy machine.
  }, 15_000);

  it('shows jäv beside the contestant as soon as a team member shares their organisation, and blocks signing', async () => {
    await openSetup();
    const team = screen.getByRole('group', { name: 'Bedömer' });
    set('f-examiners-0-organisation', 'norrby  stadsdelsförvaltning');
    expect(within(team).getByText('Jäv: Anna Lind och den tävlande tillhör båda Norrby stadsdelsförvaltning')).toBeInTheDocument();
    const summary = screen.getByRole('heading', { name: /att rätta innan det kan signeras/ }).parentElement!;
    expect(summary).toHaveTextContent('jäv: examinatorn Anna Lind (e-1) och den tävlande Förskolan Solrosen (c-1) tillhör båda Norrby stadsdelsförvaltning');
    expect(screen.getByRole('button', { name: 'Signera och spara' })).toBeDisabled();

    // Unassigned, the warning stays as advice; the round itself is no longer jäv.
    await userEvent.click(within(team).getByRole('checkbox', { name: /Förskolan Solrosen/ }));
    expect(within(team).getByText(/Jäv: Anna Lind/)).toHaveClass('warning-text');
    expect(summary).not.toHaveTextContent('jäv:');
    expect(summary).toHaveTextContent('Förskolan Solrosen bedöms inte av något team');
  });

  it('needs a chosen document for every contestant, then signs with the chosen key', async () => {
    const fake = await openSetup();
    set('f-examiners-0-organisation', 'Södermalms stadsdelsförvaltning');
    expect(screen.getByRole('button', { name: 'Signera och spara' })).toBeDisabled();
    expect(screen.getByText(/minst ett dokument behövs/, { selector: 'button' })).toBeInTheDocument();

    vi.mocked(fake.bridge.pickFiles).mockResolvedValueOnce([{ id: 'pdf-1', name: 'Förskolan Solrosen.pdf', bytes: 159120 }]);
    await userEvent.click(screen.getByRole('button', { name: 'Välj dokument…' }));
    expect(await screen.findByText('documents/forskolan-solrosen.pdf')).toBeInTheDocument();
    expect(screen.getByText('Omgången följer formatet, utan jäv, och kan signeras.')).toBeInTheDocument();

    vi.mocked(fake.bridge.pickFiles).mockResolvedValueOnce([{ id: 'nyckel', name: 'private.pem', bytes: 119 }]);
    await userEvent.click(screen.getByRole('button', { name: 'Signera och spara' }));
    expect(await screen.findByText('Omgången är signerad och sparad som ku-2027.kvomgang.')).toBeInTheDocument();
    const [args] = fake.calls('round:sign-and-save') as { source: unknown; packageSha256: string; documents: unknown; keyFileId: string }[];
    expect(args).toMatchObject({ packageSha256: SHA, keyFileId: 'nyckel', documents: [{ path: 'documents/forskolan-solrosen.pdf', fileId: 'pdf-1' }] });
    expect(roundSourceSchema.parse(args!.source).criteriaPackage).toEqual({ id: 'ku-2026-exempel', revision: 1 });
  });

  it('finds no jäv on an empty round: empty organisations are not the same organisation', async () => {
    window.location.hash = '#/kontoret/omgang';
    installFakeBridge({ 'app:info': () => appInfo(), 'package:list': () => [] });
    render(<App />);
    const team = await screen.findByRole('group', { name: 'Bedömer' });
    expect(within(team).getByRole('checkbox', { name: /c-1/ })).toBeChecked();
    expect(document.body.textContent).not.toMatch(/jäv:/i);
  });

  it('lists a package whose title carries an unterminated right-to-left override without it, so "(revision 1)" keeps its place', async () => {
    window.location.hash = '#/kontoret/omgang';
    installFakeBridge({ 'app:info': () => appInfo(), 'package:list': () => [packageView({ title: 'Kriterier \u202E2027' })] });
    render(<App />);
    const option = await screen.findByRole('option', { name: /revision 1/ });
    expect(option.textContent).toBe('Kriterier 2027 (revision 1) – övningsmaterial');
  });

  it('sees jäv through an invisible character in the organisation', async () => {
    await openSetup();
    set('f-examiners-0-organisation', 'Norrby stadsdels\u00adförvaltning\u200b');
    const team = screen.getByRole('group', { name: 'Bedömer' });
    expect(within(team).getByText('Jäv: Anna Lind och den tävlande tillhör båda Norrby stadsdelsförvaltning')).toBeInTheDocument();
  });

  it('declares jäv for an examiner and a contestant: shown beside the contestant, and signing is blocked until the team changes', async () => {
    await readyToSign();

    const section = screen.getByRole('region', { name: 'Anmält jäv' });
    await userEvent.click(within(section).getByRole('button', { name: 'Anmäl jäv' }));
    await userEvent.selectOptions(within(section).getByRole('combobox', { name: 'Examinator' }), 'e-1');
    await userEvent.selectOptions(within(section).getByRole('combobox', { name: 'Tävlande' }), 'c-1');
    set('f-declaredConflicts-0-reason', 'tidigare arbetsplats');

    const team = screen.getByRole('group', { name: 'Bedömer' });
    expect(within(team).getByText('Jäv: Anna Lind har anmält jäv (tidigare arbetsplats)')).toHaveClass('error');
    const summary = screen.getByRole('heading', { name: /att rätta innan det kan signeras/ }).parentElement!;
    expect(summary).toHaveTextContent('jäv: examinatorn Anna Lind (e-1) har anmält jäv mot den tävlande Förskolan Solrosen (c-1): tidigare arbetsplats');
    expect(screen.getByRole('button', { name: 'Signera och spara' })).toBeDisabled();

    await userEvent.click(within(section).getByRole('button', { name: 'Ta bort anmält jäv 1' }));
    expect(screen.getByText('Omgången följer formatet, utan jäv, och kan signeras.')).toBeInTheDocument();
  });

  it('edits the feedback policy (round.feedback): off by default, checked field by field, signed into the source', async () => {
    const fake = await readyToSign();

    const section = screen.getByRole('region', { name: 'Återföring till de tävlande' });
    expect(within(section).queryByRole('combobox')).toBeNull();
    await userEvent.click(within(section).getByRole('checkbox', { name: /Ange hur återföringen ser ut/ }));
    const summary = screen.getByRole('heading', { name: /att rätta innan det kan signeras/ }).parentElement!;
    expect(summary).toHaveTextContent('Avsändare: får inte vara tom');
    expect(screen.getByRole('button', { name: 'Signera och spara' })).toBeDisabled();

    await userEvent.selectOptions(within(section).getByRole('combobox', { name: 'Poäng i återföringen' }), 'bands');
    await userEvent.click(within(section).getByRole('checkbox', { name: 'Visa examinatorernas namn' }));
    set('f-round-feedback-sender', 'Stadsledningskontoret');
    set('f-round-feedback-contact-name', 'Maria Holm');
    set('f-round-feedback-contact-email', 'maria');
    expect(summary).toHaveTextContent('Kontaktpersonens e-post: är ingen e-postadress');
    set('f-round-feedback-contact-email', 'maria.holm@stockholm.se');
    expect(screen.getByText('Omgången följer formatet, utan jäv, och kan signeras.')).toBeInTheDocument();

    vi.mocked(fake.bridge.pickFiles).mockResolvedValueOnce([{ id: 'nyckel', name: 'private.pem', bytes: 119 }]);
    await userEvent.click(screen.getByRole('button', { name: 'Signera och spara' }));
    await screen.findByText('Omgången är signerad och sparad som ku-2027.kvomgang.');
    const [args] = fake.calls('round:sign-and-save') as { source: unknown }[];
    expect(roundSourceSchema.parse(args!.source).round.feedback).toEqual({
      scores: 'bands',
      examinerNames: true,
      sender: 'Stadsledningskontoret',
      contact: { name: 'Maria Holm', email: 'maria.holm@stockholm.se' },
    });
  });

  it("registers an examiner's public signing key from the chosen .pem, shows its fingerprint, and refuses what is not a key", async () => {
    const fake = await openSetup();
    set('f-examiners-0-organisation', 'Södermalms stadsdelsförvaltning');
    vi.mocked(fake.bridge.pickFiles).mockResolvedValueOnce([{ id: 'anna-pem', name: 'anna.pem', bytes: 113 }]);
    await userEvent.click(screen.getByRole('button', { name: 'Välj nyckelfil (.pem)…' }));
    const fingerprint = `${ANNA_KEY_ID.slice(0, 4)} ${ANNA_KEY_ID.slice(4, 8)} ${ANNA_KEY_ID.slice(8, 12)} ${ANNA_KEY_ID.slice(12, 16)}`;
    expect(await screen.findByLabelText(`Fingeravtryck ${fingerprint}`)).toHaveTextContent(fingerprint);
    expect(byId('f-examiners-0-signingKey').value).toBe(ANNA_PEM);

    set('f-examiners-0-signingKey', 'inte en nyckel');
    expect(await screen.findByText(/ska vara en publik Ed25519-nyckel i PEM-format/, { selector: '.error' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Fingeravtryck /)).toBeNull();
  });
});
