import { useLayoutEffect, useRef, type ComponentPropsWithRef } from 'react';

/** A textarea never taller than this before it scrolls (about 20 lines). */
const MAX_HEIGHT = 480;

/**
 * A textarea that grows with its text (from `rows` lines up to MAX_HEIGHT), so
 * merged or long text is read whole instead of through a two-line slot.
 */
export function AutoSizeTextarea({ ref, value, rows = 2, style, ...props }: ComponentPropsWithRef<'textarea'>) {
  const own = useRef<HTMLTextAreaElement | null>(null);
  useLayoutEffect(() => {
    const element = own.current;
    if (!element) return;
    const fit = () => {
      element.style.height = 'auto';
      element.style.height = `${Math.min(MAX_HEIGHT, element.scrollHeight + element.offsetHeight - element.clientHeight)}px`;
    };
    fit();
    // The width decides the number of lines: refit when the column is resized (in the next frame, outside
    // the observer's own loop; the refit's own change of height then settles at once).
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [value]);
  return (
    <textarea
      {...props}
      rows={rows}
      value={value}
      style={{ ...style, overflowY: 'auto', resize: 'none' }}
      ref={(element) => {
        own.current = element;
        if (typeof ref === 'function') ref(element);
        else if (ref) ref.current = element;
      }}
    />
  );
}
