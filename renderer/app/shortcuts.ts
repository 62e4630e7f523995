/**
 * The one guard every keyboard shortcut goes through: a single key (J, S, B,
 * a digit …) never acts while the focus is where keys mean something else —
 * a text field, a dialog or a menu — nor while a modal dialog is open.
 */

/** Where typed keys are text. */
export const TEXT_FIELD = 'input, textarea, select, [contenteditable="true"], [contenteditable=""]';
const OWN_KEYS = `${TEXT_FIELD}, [role="dialog"], [role="alertdialog"], [role="menu"], [role="menubar"], [role="listbox"]`;

export function inTextField(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TEXT_FIELD) !== null;
}

/** True when a single-key shortcut must leave this key alone. */
export function singleKeyBlocked(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return true;
  if (document.querySelector('[aria-modal="true"]')) return true;
  return event.target instanceof Element && event.target.closest(OWN_KEYS) !== null;
}

/** Ctrl+F (⌘F): the document search, from anywhere on a screen that has one. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f' && !document.querySelector('[aria-modal="true"]');
}
