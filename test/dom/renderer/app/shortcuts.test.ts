import { afterEach, describe, expect, it } from 'vitest';
import { isSearchShortcut, singleKeyBlocked } from '../../../../renderer/app/shortcuts';

/** The key event a press of `key` on `target` dispatches, as the shortcut handlers receive it. */
function pressOn(target: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  let seen: KeyboardEvent | null = null;
  document.addEventListener('keydown', (event) => (seen = event), { once: true });
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  return seen!;
}

afterEach(() => document.body.replaceChildren());

describe('the one guard for single-key shortcuts', () => {
  it('lets J act on a button or a heading, never in a text field, a dialog or a menu', () => {
    document.body.innerHTML = `
      <button id="add">+ Lägg till nästa steg</button>
      <textarea id="text"></textarea>
      <input id="field" type="text">
      <div role="dialog"><button id="in-dialog">OK</button></div>
      <ul role="menu"><li role="menuitem" tabindex="0" id="in-menu">Kopiera</li></ul>`;
    const at = (id: string) => document.getElementById(id)!;
    expect(singleKeyBlocked(pressOn(at('add'), 'j'))).toBe(false);
    for (const id of ['text', 'field', 'in-dialog', 'in-menu']) expect(singleKeyBlocked(pressOn(at(id), 'j'))).toBe(true);
  });

  it('blocks single keys while a modal dialog is open, and any key with Ctrl, ⌘ or Alt', () => {
    document.body.innerHTML = '<button id="b">x</button>';
    const button = document.getElementById('b')!;
    expect(singleKeyBlocked(pressOn(button, 'j', { ctrlKey: true }))).toBe(true);
    expect(singleKeyBlocked(pressOn(button, 'j', { altKey: true }))).toBe(true);
    document.body.insertAdjacentHTML('beforeend', '<div aria-modal="true" role="dialog"></div>');
    expect(singleKeyBlocked(pressOn(button, 'j'))).toBe(true);
  });

  it('knows Ctrl+F (and ⌘F) from anywhere, but leaves it to a modal dialog', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const text = document.getElementById('t')!;
    expect(isSearchShortcut(pressOn(text, 'f', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(pressOn(text, 'F', { metaKey: true }))).toBe(true);
    expect(isSearchShortcut(pressOn(text, 'f'))).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<div aria-modal="true" role="dialog"></div>');
    expect(isSearchShortcut(pressOn(text, 'f', { ctrlKey: true }))).toBe(false);
  });
});
