/**
 * "The page on screen": the one page (or paragraph) the page box, the
 * thumbnails, B (the shown page as evidence) and search jumps all mean. It is
 * the unit that fills most of the viewer — measured as how much of it is in
 * view against how much of it could be (its height, or the viewer's when the
 * page is taller); when several are wholly in view (small pages, paragraphs)
 * the first of them.
 */
export interface UnitBox {
  readonly unit: number;
  readonly top: number;
  readonly bottom: number;
}

export function unitOnScreen(viewTop: number, viewBottom: number, boxes: Iterable<UnitBox>): number | null {
  let best: { unit: number; share: number } | null = null;
  for (const box of boxes) {
    if (box.bottom <= viewTop) continue;
    if (box.top >= viewBottom) break;
    const seen = Math.min(box.bottom, viewBottom) - Math.max(box.top, viewTop);
    const possible = Math.min(box.bottom - box.top, viewBottom - viewTop);
    const share = possible > 0 ? seen / possible : 0;
    // Strictly more: of equal shares the first (topmost) wins.
    if (!best || share > best.share + 1e-6) best = { unit: box.unit, share };
  }
  return best?.unit ?? null;
}

/** The unit on screen in a viewer's scroll container (its children carry `data-unit`, in document order). */
export function measureUnitOnScreen(scroller: HTMLElement): number | null {
  const view = scroller.getBoundingClientRect();
  function* boxes(): Generator<UnitBox> {
    for (const element of scroller.querySelectorAll<HTMLElement>('[data-unit]')) {
      const rect = element.getBoundingClientRect();
      yield { unit: Number(element.dataset.unit), top: rect.top, bottom: rect.bottom };
    }
  }
  return unitOnScreen(view.top, view.bottom, boxes());
}
