import { describe, expect, it } from 'vitest';
import { launch, type Page } from './harness';
import { isFocused, tabTo } from './keyboard';

/**
 * The main flow, keyboard only. Each step tabs to one control, presses a key,
 * and checks what the user should see and where the focus should be.
 * Features extend the walk by adding steps (open a round, score a criterion, …).
 */
interface Step {
  readonly does: string;
  readonly tabTo: (page: Page) => ReturnType<Page['getByRole']>;
  readonly press?: string;
  readonly then: (page: Page) => Promise<void>;
}

const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });

const walk: Step[] = [
  {
    does: 'the skip link is the first stop and jumps to the content',
    tabTo: (page) => page.getByRole('button', { name: 'Hoppa till innehållet' }),
    press: 'Enter',
    then: async (page) => expect(await isFocused(page.getByRole('main'))).toBe(true),
  },
  {
    does: 'dismiss the welcome card; the focus stays in the page',
    tabTo: (page) => page.getByRole('button', { name: 'Inte nu' }),
    press: 'Enter',
    then: async (page) => {
      await page.getByRole('heading', { name: 'Välkommen till Examinator' }).waitFor({ state: 'detached' });
      expect(await isFocused(page.getByRole('main'))).toBe(true);
    },
  },
  {
    does: 'open the settings from the gear',
    tabTo: (page) => page.getByRole('button', { name: 'Inställningar' }),
    press: 'Enter',
    then: async (page) => heading(page, 'Inställningar').waitFor(),
  },
  {
    does: 'take a backup',
    tabTo: (page) => page.getByRole('button', { name: 'Ta en säkerhetskopia nu' }),
    press: 'Enter',
    then: async (page) => page.getByText(/Säkerhetskopian .* är sparad/).waitFor(),
  },
  {
    does: 'ask to restore: the focus moves to the safe answer',
    tabTo: (page) => page.getByRole('button', { name: 'Återställ…' }).first(),
    press: 'Enter',
    then: async (page) => expect(await isFocused(page.getByRole('button', { name: 'Avbryt' }))).toBe(true),
  },
  {
    does: 'cancel: the focus returns to the button',
    tabTo: (page) => page.getByRole('button', { name: 'Avbryt' }),
    press: 'Enter',
    then: async (page) => expect(await isFocused(page.getByRole('button', { name: 'Återställ…' }).first())).toBe(true),
  },
  {
    does: 'back to the start screen through the breadcrumb',
    tabTo: (page) => page.getByRole('navigation', { name: 'Du är här' }).getByRole('button', { name: 'Tävlingsomgångar' }),
    press: 'Enter',
    then: async (page) => heading(page, 'Tävlingsomgångar').waitFor(),
  },
];

describe('keyboard only', () => {
  it('walks the main flow without a mouse, with a visible focus at every stop', async () => {
    const { page } = await launch();
    await heading(page, 'Tävlingsomgångar').waitFor();
    for (const step of walk) {
      try {
        await tabTo(page, step.tabTo(page));
        if (step.press) await page.keyboard.press(step.press);
        await step.then(page);
      } catch (error) {
        throw new Error(`Keyboard step "${step.does}" failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });
});
