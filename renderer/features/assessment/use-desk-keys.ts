/**
 * The desk's keyboard: number keys and arrows score, J/K/N move between
 * criteria, S/F add comments, B adds the shown page as evidence, Ctrl+Z /
 * Ctrl+Shift+Z undo and redo, ? shows them all. Single keys pass the app's
 * one shortcut guard (app/shortcuts.ts: never in a text field, dialog or menu;
 * Esc leaves a text field); in a text field Ctrl+Z is the field's own undo.
 */
import { useEffect } from 'react';
import { scaleOf } from '../../../shared/scoring/points';
import { inTextField, singleKeyBlocked } from '../../app/shortcuts';
import { isValidScore, validScores } from '../../../shared/scoring/scale';
import { addComment, setScore, undoOrRedo } from './desk-actions';
import { addShownPageAsEvidence, nextUnfinished, stepCriterion } from './desk-navigation';
import { useDesk } from './desk-store';

/** Where arrow keys already mean something else. */
const OWN_ARROWS = '.document-viewer, [role="separator"], [role="radiogroup"], [role="tablist"]';

/** The score a number key stands for: the digit itself when it is on the scale, else that many steps from the bottom. */
export function scoreForDigit(scale: { min: number; max: number; step: number }, digit: number): number | null {
  if (isValidScore(scale, digit)) return digit;
  const stepped = scale.min + digit * scale.step;
  return isValidScore(scale, stepped) ? validScores(scale).find((v) => Math.abs(v - stepped) < 1e-9) ?? null : null;
}

function currentScale() {
  const { context, currentId } = useDesk.getState();
  const criterion = context?.criteria.find((c) => c.id === currentId);
  return context && criterion ? scaleOf(context.pkg, criterion) : null;
}

function stepScore(delta: 1 | -1): void {
  const scale = currentScale();
  const { criteria, currentId } = useDesk.getState();
  if (!scale || !currentId) return;
  const values = validScores(scale);
  const score = criteria[currentId]?.score ?? null;
  const index = score === null ? (delta > 0 ? -1 : values.length) : values.findIndex((v) => Math.abs(v - score) < 1e-9);
  const next = values[Math.max(0, Math.min(values.length - 1, index + delta))];
  if (next !== undefined && next !== score) void setScore(next);
}

export function useDeskKeys(actions: { showShortcuts(): void; focusPanel(): void }): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('[aria-modal="true"]')) return;
      const target = event.target as HTMLElement;
      const inText = inTextField(target);
      const key = event.key.toLowerCase();
      const ctrl = event.ctrlKey || event.metaKey;
      const run = (action: () => unknown) => {
        event.preventDefault();
        action();
      };
      if (useDesk.getState().pendingText !== null && !ctrl && !event.altKey) {
        // A new comment is on its way: what is typed now is its text, not shortcuts.
        if (event.key.length === 1) return run(() => useDesk.setState((s) => ({ pendingText: (s.pendingText ?? '') + event.key })));
        if (event.key === 'Backspace') return run(() => useDesk.setState((s) => ({ pendingText: (s.pendingText ?? '').slice(0, -1) })));
      }
      if (ctrl && !event.altKey) {
        if (key === 'z' && !inText) return run(() => void undoOrRedo(event.shiftKey ? 'redo' : 'undo'));
        if (key === 'y' && !inText) return run(() => void undoOrRedo('redo'));
        if (key === 'b') return run(addShownPageAsEvidence);
        return;
      }
      if (event.key === 'Escape' && inText && target.closest('.desk-frame')) return run(actions.focusPanel);
      if (singleKeyBlocked(event)) return;
      if (event.key === '?') return run(actions.showShortcuts);
      if (key === 'j') return run(() => stepCriterion(1));
      if (key === 'k') return run(() => stepCriterion(-1));
      if (key === 'n') return run(nextUnfinished);
      if (key === 's') return run(() => void addComment('strength'));
      if (key === 'f') return run(() => void addComment('improvement'));
      if (key === 'b') return run(addShownPageAsEvidence);
      if (/^[0-9]$/.test(event.key)) {
        const scale = currentScale();
        const score = scale && scoreForDigit(scale, Number(event.key));
        if (score !== null && score !== undefined) return run(() => void setScore(score));
        return;
      }
      if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && !target.closest?.(OWN_ARROWS)) {
        return run(() => stepScore(event.key === 'ArrowRight' ? 1 : -1));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [actions]);
}
