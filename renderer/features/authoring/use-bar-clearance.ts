import { useEffect, useRef } from 'react';

/**
 * A bar stuck to the bottom of the scrolling page must not hide the field
 * being edited, and notices must not cover it: the page publishes the bar's
 * height (--bar-clearance), which the scroll container keeps free at its foot
 * (scroll-padding, honoured by focus and scrollIntoView) and the notices stack
 * above. Kept up to date as the bar grows and shrinks.
 */
export function useBarClearance<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const root = document.documentElement;
    const update = () => root.style.setProperty('--bar-clearance', `${bar.offsetHeight + 12}px`);
    const clear = () => root.style.removeProperty('--bar-clearance');
    update();
    // jsdom (component tests) has no ResizeObserver; the first measure is all it needs.
    if (typeof ResizeObserver === 'undefined') return clear;
    const observer = new ResizeObserver(update);
    observer.observe(bar);
    return () => {
      observer.disconnect();
      clear();
    };
  }, []);
  return ref;
}
