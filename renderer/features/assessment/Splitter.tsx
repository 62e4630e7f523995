import { useRef } from 'react';

/**
 * A draggable divider between two columns; also a focusable separator whose
 * width changes with the arrow keys (Home/End for the limits).
 */
export function Splitter({ label, value, min, max, direction, onChange }: {
  label: string;
  value: number;
  min: number;
  max: number;
  /** +1 when dragging right widens the column, -1 when it narrows it. */
  direction: 1 | -1;
  onChange(width: number): void;
}) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const clamp = (width: number) => Math.round(Math.min(max, Math.max(min, width)));
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className="splitter"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        start.current = { x: event.clientX, width: value };
      }}
      onPointerMove={(event) => start.current && onChange(clamp(start.current.width + direction * (event.clientX - start.current.x)))}
      onPointerUp={() => (start.current = null)}
      onKeyDown={(event) => {
        const step = event.shiftKey ? 64 : 16;
        const next = { ArrowLeft: value - direction * step, ArrowRight: value + direction * step, Home: min, End: max }[event.key];
        if (next === undefined) return;
        event.preventDefault();
        event.stopPropagation();
        onChange(clamp(next));
      }}
    />
  );
}
