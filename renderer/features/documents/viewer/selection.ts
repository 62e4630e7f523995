import { textMap, offsetOf } from './text-map';
import type { SelectionInfo } from './SelectionMenu';

const BEFORE_CHARS = 300;

/** The current text selection inside `content`, with its page/paragraph, or null. */
export function readSelection(content: HTMLElement): SelectionInfo | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!content.contains(range.startContainer)) return null;
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const unitElement = start?.closest<HTMLElement>('[data-unit]');
  const textRoot = unitElement?.querySelector<HTMLElement>('.textLayer, .docx-text');
  const text = selection.toString();
  if (!unitElement || !textRoot || text.trim() === '') return null;
  const map = textMap(textRoot);
  const offset = offsetOf(map, range.startContainer, range.startOffset);
  const rect = range.getBoundingClientRect();
  const origin = content.getBoundingClientRect();
  return {
    unit: Number(unitElement.dataset.unit),
    text: text.slice(0, 20_000),
    before: offset > 0 ? map.text.slice(Math.max(0, offset - BEFORE_CHARS), offset) : '',
    top: rect.bottom - origin.top + content.scrollTop + 6,
    left: Math.max(8, rect.left - origin.left + content.scrollLeft),
  };
}
