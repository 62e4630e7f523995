import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * A modal dialog: focus moves in on open and back out on close, Tab stays
 * inside, Escape cancels. The page behind is inert for assistive technology;
 * the dialog itself is placed outside it (a portal to <body>), so a dialog
 * opened from within a screen is not hidden along with the screen.
 */
export function Modal({ titleId, describedBy, onCancel, children }: {
  titleId: string;
  describedBy?: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  // The latest onCancel, so a re-render of the caller does not re-run the focus effect.
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const main = document.getElementById('main');
    main?.setAttribute('aria-hidden', 'true');
    const focusables = () =>
      Array.from(box.current?.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled]), [tabindex="0"]') ?? []);
    (focusables()[0] ?? box.current)?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        cancel.current();
      }
      if (event.key !== 'Tab') return;
      const items = focusables();
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      main?.removeAttribute('aria-hidden');
      previous?.focus();
    };
  }, []);
  // Rendered at the body, outside #main, which is made inert while the dialog is open.
  return createPortal(
    <div className="modal-backdrop">
      <div ref={box} className="modal card" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={describedBy} tabIndex={-1}>
        {children}
      </div>
    </div>,
    document.body,
  );
}
