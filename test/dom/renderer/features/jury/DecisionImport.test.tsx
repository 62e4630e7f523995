/**
 * Back to the teams: the jury's .kvbeslut through "Importera fil…", its
 * preview (meeting, date, members, fingerprint, per contestant the decision
 * and citation), kept only on confirmation; then seen on the round overview.
 * A refused file is said in Swedish; the same file again changes nothing.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/App';
import '../../../../../renderer/features/jury/decision-importer';
import type { DecisionPreview, ReceivedDecisionView } from '../../../../../shared/contract/jury';
import { appError } from '../../../../../shared/errors';
import { appInfo, installFakeBridge } from '../../../fake-bridge';
import { noIdentity, roundOverview } from '../../../samples';

const picked = [{ id: 'f-1', name: 'ku-2026-ovning-beslut-slutmotet-r1.kvbeslut', bytes: 2048 }];
const CITATION = 'För ett förbättringsarbete som når varje barn.';

const finalDecision: ReceivedDecisionView = {
  roundId: 'ku-2026-ovning',
  roundTitle: 'Kvalitetsutmärkelsen 2026 – övningsomgång',
  meeting: 'final',
  meetingDate: '2027-03-15',
  revision: 1,
  members: ['Karin Ek', 'Per Berg'],
  signerFingerprint: 'd03a d662 2c34 aeb4',
  exampleMaterial: true,
  entries: [
    { contestantId: 'c-solrosen', name: 'Förskolan Solrosen', award: 'Förskola', siteVisit: null, decision: 'winner', text: CITATION },
    { contestantId: 'c-lindgarden', name: 'Lindgårdens vård- och omsorgsboende', award: 'Äldreomsorg', siteVisit: null, decision: 'none', text: '' },
  ],
};

const preview = (held: DecisionPreview['held']): DecisionPreview => ({ decision: finalDecision, held });

function start(handlers: Parameters<typeof installFakeBridge>[0]) {
  const fake = installFakeBridge(
    { 'app:info': () => appInfo(), 'round:list': () => [], 'round:get': () => roundOverview(), 'round:my-status': () => noIdentity(), ...handlers },
    { picked },
  );
  render(<App />);
  return fake;
}

describe('a team lead imports the jury decision', () => {
  it('previews what the decision says, keeps it on confirmation and shows it on the round and the contestant', async () => {
    let held: ReceivedDecisionView[] = [];
    const fake = start({
      'decision:preview': () => preview('new'),
      'decision:import': () => ((held = [finalDecision]), finalDecision),
      'decision:received': () => held,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Importera fil…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importera domarkommitténs beslut' });
    expect(fake.calls('decision:import')).toEqual([]);
    expect(dialog).toHaveTextContent('Slutmötet – beslut, revision 1');
    expect(dialog).toHaveTextContent('2027-03-15');
    expect(dialog).toHaveTextContent('Karin Ek, Per Berg');
    expect(dialog).toHaveTextContent('d03a d662 2c34 aeb4');
    const rows = within(dialog).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual([`Förskolan SolrosenFörskolaVinnare${CITATION}`, 'Lindgårdens vård- och omsorgsboendeÄldreomsorgInget pris–']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Importera beslutet' }));
    expect(fake.calls('decision:import')).toEqual([{ fileId: 'f-1' }]);
    expect(await screen.findByText('Domarkommitténs beslut (revision 1) är importerat.')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/omgang/ku-2026-ovning');
    const card = await screen.findByRole('region', { name: 'Domarkommitténs beslut' });
    expect(within(card).getByText('Ledamöter').nextSibling).toHaveTextContent('Karin Ek, Per Berg');
    const solrosen = screen.getByRole('heading', { name: 'Förskolan Solrosen' }).closest('li')!;
    expect(within(solrosen).getByRole('group', { name: 'Domarkommitténs beslut' })).toHaveTextContent(`Domarkommittén: Vinnare (slutmötet 2027-03-15)${CITATION}`);
  });

  it('a refused file is said in Swedish, with no dialog and nothing kept', async () => {
    const fake = start({ 'decision:preview': () => { throw appError('decision-older', { revision: 1, heldRevision: 2 }); } });
    await userEvent.click(await screen.findByRole('button', { name: 'Importera fil…' }));
    expect(await screen.findByText(`"${picked[0]!.name}" importerades inte. Beslutet är revision 1, men revision 2 av samma möte finns redan här. Ingenting ändrades.`)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.calls('decision:import')).toEqual([]);
  });

  it('the same file again: the dialog says nothing changes and offers only to close', async () => {
    const fake = start({ 'decision:preview': () => preview('unchanged') });
    await userEvent.click(await screen.findByRole('button', { name: 'Importera fil…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importera domarkommitténs beslut' });
    expect(dialog).toHaveTextContent('Den här revisionen av beslutet finns redan här; ingenting ändras.');
    expect(within(dialog).queryByRole('button', { name: 'Importera beslutet' })).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.calls('decision:import')).toEqual([]);
  });
});
