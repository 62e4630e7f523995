import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../../../renderer/App';
import { criteriaPackageSourceSchema } from '../../../../../shared/formats/criteria-package';
import { appInfo, installFakeBridge } from '../../../fake-bridge';
import { EXAMPLE_KEY_ID, packageView, SHA } from '../../../samples';

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
/** Sets a controlled field in one change (typing char by char re-validates on every key; the result is the same). */
const set = (id: string, value: string) => fireEvent.change(byId(id), { target: { value } });

function openEditor(extra: Parameters<typeof installFakeBridge>[0] = {}) {
  window.location.hash = '#/kontoret/kriteriepaket';
  const fake = installFakeBridge({ 'app:info': () => appInfo(), 'package:list': () => [], 'draft:save': () => ({ savedAt: '2026-09-01T08:00:00.000Z' }), ...extra });
  render(<App />);
  return fake;
}

function fillNewPackage() {
  set('f-package-id', 'ku-2027');
  set('f-package-title', 'Kvalitetsutmärkelsen 2027');
  set('f-package-classes-0-title', 'Förskola');
  set('f-package-scales-0-title', 'Skala');
  set('f-package-scales-0-bands-0-label', 'Hela skalan');
  set('f-package-areas-0-title', 'Stockholmarnas fokus');
  set('f-package-areas-0-criteria-0-title', 'Målgruppernas behov');
}

describe('the criteria-package editor', () => {
  it('validates live with the format\'s own rules and says where each problem is', async () => {
    openEditor();
    const summary = await screen.findByRole('heading', { name: /7 saker att rätta innan det kan signeras/ });
    expect(screen.getByRole('button', { name: 'Signera och spara' })).toBeDisabled();
    expect(within(summary.parentElement!).getByRole('button', { name: 'kriteriet 1.1, fältet "title": får inte vara tom' })).toBeInTheDocument();

    set('f-package-id', 'ku 2027');
    expect(byId('f-package-id')).toHaveAttribute('aria-invalid', 'true');
    expect(byId('f-package-id')).toHaveAccessibleDescription(/får bara innehålla a–z/);
    set('f-package-id', 'ku-2027');
    expect(byId('f-package-id')).toHaveAttribute('aria-invalid', 'false');

    // A band that stops short of the scale's max is named on the band's own field.
    set('f-package-scales-0-bands-0-to', '90');
    expect(byId('f-package-scales-0-bands-0-to')).toHaveAccessibleDescription('sista bandet måste sluta på skalans max (100), inte 90');
    set('f-package-scales-0-bands-0-to', '100');

  });

  it("follows a renamed scale's id in its criteria", async () => {
    openEditor();
    await screen.findByRole('heading', { name: /saker att rätta innan det kan signeras/ });
    // Renaming the scale's id (committed when the field is left): its criterion follows.
    set('f-package-scales-0-id', 'arbetssatt');
    fireEvent.blur(byId('f-package-scales-0-id'));
    expect(byId('f-package-areas-0-criteria-0-scale')).toHaveValue('arbetssatt');
    expect(byId('f-package-areas-0-criteria-0-scale')).toHaveAttribute('aria-invalid', 'false');
  });

  it('keeps totalPoints equal to the criteria points', async () => {
    openEditor();
    await screen.findByRole('heading', { name: 'Grunduppgifter' });
    expect(screen.getByText('50 poäng')).toBeInTheDocument();
    set('f-package-areas-0-criteria-0-points', '75');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till kriterium i området' }));
    expect(screen.getByText('125 poäng')).toBeInTheDocument();
  });

  it('focuses the field of a problem from the summary, opening its folded section', async () => {
    openEditor();
    const summary = (await screen.findByRole('heading', { name: /saker att rätta/ })).parentElement!;
    await userEvent.click(within(summary).getByRole('button', { name: 'kriteriet 1.1, fältet "title": får inte vara tom' }));
    expect(byId('f-package-areas-0-criteria-0-title')).toHaveFocus();
    expect(byId('f-package-areas-0-criteria-0-title').closest('details')).toHaveAttribute('open');
  });

  it('signs a valid package with the key the user picks', async () => {
    const fake = openEditor({
      'package:sign-and-save': () => ({ path: '/hem/exporter/ku-2027-r1.kvpaket', fileName: 'ku-2027-r1.kvpaket', keyId: EXAMPLE_KEY_ID, exampleMaterial: true, keyTrusted: true }),
    });
    await screen.findByRole('heading', { name: 'Grunduppgifter' });
    fillNewPackage();
    expect(screen.getByText('Paketet följer formatet och kan signeras.')).toBeInTheDocument();
    vi.mocked(fake.bridge.pickFiles).mockResolvedValueOnce([{ id: 'nyckel', name: 'private.pem', bytes: 119 }]);
    await userEvent.click(screen.getByRole('button', { name: 'Signera och spara' }));
    expect(await screen.findByText('Kriteriepaketet är signerat och sparat som ku-2027-r1.kvpaket.')).toBeInTheDocument();
    expect(fake.bridge.pickFiles).toHaveBeenCalledWith({ kinds: ['key'], multiple: false });
    const [args] = fake.calls('package:sign-and-save') as { source: unknown; keyFileId: string }[];
    expect(args!.keyFileId).toBe('nyckel');
    const source = criteriaPackageSourceSchema.parse(args!.source);
    expect(source.package).toMatchObject({ id: 'ku-2027', totalPoints: 50, areas: [{ criteria: [{ title: 'Målgruppernas behov' }] }] });
    expect(screen.getByText(/exempelnyckeln, så filen är övningsmaterial/)).toBeInTheDocument();
  });

  it('starts from a package on this computer as its next revision', async () => {
    openEditor({ 'package:list': () => [packageView()], 'package:get': () => packageView() });
    await screen.findByRole('option', { name: /exempelkriterier \(revision 1\)/ });
    await userEvent.selectOptions(screen.getByLabelText('Utgå från ett paket på datorn'), SHA);
    await userEvent.click(screen.getByRole('button', { name: 'Öppna i redigeraren' }));
    expect(await screen.findByText('Utgår från ku-2026-exempel revision 1 (revisionen är höjd med ett).')).toBeInTheDocument();
    expect(byId('f-package-revision')).toHaveValue(2);
    expect(screen.getByText('Paketet följer formatet och kan signeras.')).toBeInTheDocument();
    expect(screen.getByText('1 000 poäng')).toBeInTheDocument();
    // The whole example package drawn several times in jsdom: more than the default 5 s on a busy machine.
  }, 15_000);
});
