/**
 * The text of a rendered page (PDF.js text layer) or paragraph (DOCX) as one
 * string, mapped back to DOM text nodes: matches and quotes found in the
 * string become DOM ranges, and ranges become rectangles to draw.
 */
export interface TextMap {
  readonly text: string;
  readonly nodes: readonly { readonly node: Text; readonly start: number }[];
}

export function textMap(root: Element): TextMap {
  let text = '';
  const nodes: { node: Text; start: number }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current.nodeType === Node.TEXT_NODE) {
      nodes.push({ node: current as Text, start: text.length });
      text += (current as Text).data;
    } else if ((current as Element).tagName === 'BR') {
      text += '\n';
    }
  }
  return { text, nodes };
}

function locate(map: TextMap, offset: number, preferNext: boolean): { node: Text; offset: number } | null {
  let low = 0;
  let high = map.nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (map.nodes[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  let entry = map.nodes[low];
  if (!entry) return null;
  // An offset at the very end of one node is better placed at the start of the next (range starts).
  const next = map.nodes[low + 1];
  if (preferNext && next && offset >= entry.start + entry.node.data.length) entry = next;
  return { node: entry.node, offset: Math.max(0, Math.min(offset - entry.start, entry.node.data.length)) };
}

export function domRange(map: TextMap, start: number, end: number): Range | null {
  const from = locate(map, start, true);
  const to = locate(map, end, false);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Offset in the map of a DOM position (selection start); -1 when the node is not in the map. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const entry = map.nodes.find((n) => n.node === node);
  if (entry) return entry.start + offset;
  // An element position: the start of its child at `offset`.
  const child = node.childNodes[offset] ?? node;
  const first = map.nodes.find((n) => child === n.node || child.contains(n.node));
  return first ? first.start : -1;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

/** The range's line boxes relative to `container`, small slivers dropped, one per line. */
export function rectsOf(range: Range, container: Element): Rect[] {
  const origin = container.getBoundingClientRect();
  const rects: Rect[] = [];
  for (const r of Array.from(range.getClientRects())) {
    if (r.width < 1 || r.height < 1) continue;
    const rect = { top: r.top - origin.top, left: r.left - origin.left, width: r.width, height: r.height };
    const same = rects.find((x) => Math.abs(x.top - rect.top) < 2 && rect.left <= x.left + x.width + 2 && x.left <= rect.left + rect.width + 2);
    if (same) {
      const left = Math.min(same.left, rect.left);
      const right = Math.max(same.left + same.width, rect.left + rect.width);
      rects[rects.indexOf(same)] = { ...same, left, width: right - left, height: Math.max(same.height, rect.height) };
    } else rects.push(rect);
  }
  return rects;
}

/**
 * Scrolls `element` into view inside its own scroll container only (the
 * browser's scrollIntoView would also move the app's outer layout).
 */
export function scrollWithin(element: Element, container: Element | null, block: 'start' | 'center' | 'nearest'): void {
  if (!container) return;
  const box = container.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  const top = rect.top - box.top + container.scrollTop;
  if (block === 'start') container.scrollTop = top - 8;
  else if (block === 'center') container.scrollTop = top - (container.clientHeight - rect.height) / 2;
  else if (rect.top < box.top) container.scrollTop = top - 8;
  else if (rect.bottom > box.bottom) container.scrollTop = top + rect.height - container.clientHeight + 8;
  // Sideways too when the page is wider than the view (a zoom kept beside the search panel).
  if (block === 'nearest' && container.scrollWidth > container.clientWidth) {
    const left = rect.left - box.left + container.scrollLeft;
    if (rect.left < box.left) container.scrollLeft = left - 8;
    else if (rect.right > box.left + container.clientWidth) container.scrollLeft = left + rect.width - container.clientWidth + 8;
  }
}
