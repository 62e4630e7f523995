import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/App';
import { appInfo, installFakeBridge } from '../../../fake-bridge';
import { packageView, SHA } from '../../../samples';

function open(hash: string) {
  window.location.hash = hash;
  installFakeBridge({ 'app:info': () => appInfo(), 'package:get': () => packageView() });
  render(<App />);
}

describe('the criteria browser', () => {
  it('shows a criterion with its description, questions, guidance, points and every band of its scale', async () => {
    open(`#/kriterier/${SHA}/2.3`);
    expect(await screen.findByRole('heading', { level: 1, name: '2.3 Uppföljning, analys och ständiga förbättringar' })).toBeInTheDocument();
    expect(screen.getByText('70 poäng')).toBeInTheDocument();
    expect(screen.getByText('Gäller alla tävlingsklasser')).toBeInTheDocument();
    expect(screen.getByText(/Hur verksamheten följer upp, analyserar orsaker/)).toBeInTheDocument();
    const questions = screen.getByRole('heading', { name: 'Frågor till den tävlande' }).nextElementSibling as HTMLElement;
    expect(within(questions).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('heading', { name: 'Vägledning för examinatorer' })).toBeInTheDocument();

    const bands = screen.getByRole('table', { name: 'Nivåer på skalan Bedömningsskala för arbetssätt' });
    const rows = within(bands).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Underlag saknas',
      'Början',
      'Delvis systematiskt',
      'Systematiskt',
      'Väl integrerat',
      'Förebildligt',
    ]);
    expect(rows[1]).toHaveTextContent('10–20 %Början');
    expect(within(rows[5]!).getByText(/sprids som gott exempel/)).toBeInTheDocument();
    expect(screen.getByText('Ansats')).toBeInTheDocument();
    expect(screen.getByText('Tillämpning')).toBeInTheDocument();
  });

  it('marks the material as övningsmaterial and the current criterion in the list', async () => {
    open(`#/kriterier/${SHA}/6.1`);
    await screen.findByRole('heading', { level: 1, name: /^6\.1/ });
    expect(screen.getByRole('note')).toHaveTextContent('Övningsmaterial — signerat med exempelnyckeln');
    const nav = screen.getByRole('navigation', { name: 'Områden och kriterier' });
    expect(within(nav).getByRole('button', { name: /^6\.1/ })).toHaveAttribute('aria-current', 'page');
    // A result criterion shows the result scale.
    expect(screen.getByRole('table', { name: 'Nivåer på skalan Bedömningsskala för resultat' })).toBeInTheDocument();
  });

  it('moves between criteria from the list and with the keyboard, keeping the route', async () => {
    open(`#/kriterier/${SHA}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kvalitetsutmärkelsen 2026 – exempelkriterier' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '350' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Områden och kriterier' });
    await userEvent.click(within(nav).getByRole('button', { name: /^1\.2/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /^1\.2 Synpunkter/ })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/kriterier/${SHA}/1.2`);
    within(nav).getByRole('button', { name: /^3\.1/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: /^3\.1/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^3\.2 .* ›$/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /^3\.2/ })).toBeInTheDocument();
  });

  it('says in Swedish when the package is gone', async () => {
    window.location.hash = `#/kriterier/${SHA}`;
    const { AppError } = await import('../../../../../shared/errors');
    installFakeBridge({
      'app:info': () => appInfo(),
      'package:get': () => {
        throw new AppError('package-missing', 'Kriteriepaketet finns inte längre på datorn. Importera det igen.');
      },
    });
    render(<App />);
    expect(await screen.findByText(/Kriteriepaketet finns inte längre på datorn/)).toHaveAttribute('role', 'alert');
  });
});
