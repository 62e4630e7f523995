/**
 * Keyboard-only driving for the e2e tests: Tab until a given control has the
 * focus, checking on the way that every stop shows a visible focus indicator.
 */
import type { Locator, Page } from 'playwright-core';

const MAX_TABS = 60;

/** Presses Tab (or Shift+Tab) until `target` is focused; fails if it is never reached. */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const passed: string[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
    const stop = await describeFocus(page);
    // <body>: Tab left the page for the browser's own UI and will wrap around to the top.
    if (!stop.visible && stop.name !== '<body>') throw new Error(`No visible focus indicator on ${stop.name}`);
    passed.push(stop.name);
  }
  throw new Error(`Tab never reached ${String(target)}; it went through:\n  ${passed.join('\n  ')}`);
}

export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** What has the focus now, and whether a sighted keyboard user can see it. */
export function describeFocus(page: Page): Promise<{ name: string; visible: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { name: '<body>', visible: false };
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const name = `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60)}"`;
    return { name, visible: outlined || style.boxShadow !== 'none' };
  });
}
