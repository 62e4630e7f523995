import { useEffect, useRef } from 'react';

/**
 * A bar stuck to the bottom of the scrolling page must not hide the field
 * being edited: the scroll container keeps the bar's height free at its foot
 * (scroll-padding, which focus and scrollIntoView honour), kept up to date as
 * the bar grows and shrinks.
 */
export function useBarClearance<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const bar = ref.current;
    const scroller = bar?.closest<HTMLElement>('.main');
    if (!bar || !scroller) return;
    const update = () => scroller.style.setProperty('--bar-clearance', `${bar.offsetHeight + 12}px`);
    const clear = () => scroller.style.removeProperty('--bar-clearance');
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
