import { describe, expect, it } from 'vitest';
import { unitOnScreen } from '../../../../../../renderer/features/documents/viewer/page-on-screen';

// A viewer 700 px tall (0–700); pages as boxes in its coordinates.
const page = (unit: number, top: number, height: number) => ({ unit, top, bottom: top + height });

describe('the page on screen', () => {
  it('is the page that fills most of the viewer', () => {
    expect(unitOnScreen(0, 700, [page(11, -400, 900), page(12, 516, 900)])).toBe(11); // 500 px against 184 px
    expect(unitOnScreen(0, 700, [page(11, -800, 900), page(12, 116, 900)])).toBe(12);
  });

  it('is the page jumped to when it starts at the top, even with the page before it a sliver above', () => {
    expect(unitOnScreen(0, 700, [page(20, -900, 900), page(21, 8, 900)])).toBe(21);
  });

  it('is the first of several wholly in view (small pages, paragraphs), not the longest', () => {
    expect(unitOnScreen(0, 700, [page(4, -50, 100), page(5, 60, 80), page(6, 150, 300), page(7, 460, 100)])).toBe(5);
  });

  it('is nothing when no page is in view', () => {
    expect(unitOnScreen(0, 700, [page(1, 800, 900)])).toBeNull();
    expect(unitOnScreen(0, 700, [])).toBeNull();
  });
});
