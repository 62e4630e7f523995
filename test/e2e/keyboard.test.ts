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
  /** The control to Tab to first (none: the key acts where the focus already is). */
  readonly tabTo?: (page: Page) => ReturnType<Page['getByRole']>;
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

/** The examiner's desk: the övningsomgång, who am I, scoring with keys, and what submitting says is missing. */
const scoringWalk: Step[] = [
  {
    does: 'open the övningsomgång from the welcome card',
    tabTo: (page) => page.getByRole('button', { name: 'Öppna övningsomgången' }),
    press: 'Enter',
    then: async (page) => page.getByRole('heading', { name: 'Vem är du i den här omgången?' }).waitFor(),
  },
  {
    does: 'ask to say who I am: the dialog opens with the focus on the first examiner',
    tabTo: (page) => page.getByRole('button', { name: 'Välj vem du är…' }),
    press: 'Enter',
    then: async (page) => expect(await isFocused(page.getByRole('radio', { name: /Anna Lind/ }))).toBe(true),
  },
  {
    does: 'choose her with Space',
    press: 'Space',
    then: async (page) => expect(await page.getByRole('radio', { name: /Anna Lind/ }).isChecked()).toBe(true),
  },
  {
    does: 'confirm: my contestants appear',
    tabTo: (page) => page.getByRole('button', { name: 'Det är jag' }),
    press: 'Enter',
    then: async (page) => page.getByRole('button', { name: 'Bedöm: Förskolan Solrosen' }).waitFor(),
  },
  {
    does: 'open the desk for the first contestant',
    tabTo: (page) => page.getByRole('button', { name: 'Bedöm: Förskolan Solrosen' }),
    press: 'Enter',
    then: async (page) => heading(page, 'Förskolan Solrosen · Förskola').waitFor(),
  },
  {
    does: 'score with a number key',
    press: '6',
    then: async (page) => page.getByRole('radio', { name: '60\u00a0%, Systematiskt', checked: true }).waitFor(),
  },
  {
    does: 'add a strength with S: its text field takes the focus',
    press: 's',
    then: async (page) => {
      await expect.poll(() => isFocused(page.getByLabel('Styrka 1', { exact: true }))).toBe(true);
      await page.keyboard.type('Barnens behov kartläggs varje termin.');
    },
  },
  {
    does: 'leave the text with Esc: the focus goes to the criterion',
    press: 'Escape',
    then: async (page) => expect(await isFocused(page.locator('#criterion-title'))).toBe(true),
  },
  {
    does: 'add an improvement area from its button',
    tabTo: (page) => page.getByRole('button', { name: 'Lägg till förbättringsområde' }),
    press: 'Enter',
    then: async (page) => expect.poll(() => isFocused(page.getByLabel('Förbättringsområde 1', { exact: true }))).toBe(true),
  },
  {
    does: 'ask to submit (Tab on past the panel, round to the top): what is missing is listed first',
    tabTo: (page) => page.getByRole('button', { name: 'Lämna in min bedömning…' }),
    press: 'Enter',
    then: async (page) => page.getByRole('dialog', { name: 'Det här saknas innan du kan lämna in' }).waitFor(),
  },
  {
    does: 'close it with Esc: the focus returns to the button',
    press: 'Escape',
    then: async (page) => expect(await isFocused(page.getByRole('button', { name: 'Lämna in min bedömning…' }))).toBe(true),
  },
];

async function walkThrough(page: Page, steps: readonly Step[]): Promise<void> {
  for (const step of steps) {
    try {
      if (step.tabTo) await tabTo(page, step.tabTo(page));
      if (step.press) await page.keyboard.press(step.press);
      await step.then(page);
    } catch (error) {
      throw new Error(`Keyboard step "${step.does}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

describe('keyboard only', () => {
  it('walks the main flow without a mouse, with a visible focus at every stop', async () => {
    const { page } = await launch();
    await heading(page, 'Tävlingsomgångar').waitFor();
    await walkThrough(page, walk);
  });

  it('scores on the examiner\'s desk without a mouse, with a visible focus at every stop', async () => {
    const { page } = await launch();
    await heading(page, 'Tävlingsomgångar').waitFor();
    await walkThrough(page, scoringWalk);
  });
});
