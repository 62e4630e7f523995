import { useEffect } from 'react';
import type { ConsensusDialog } from './ConsensusHeader';
import { useLive } from './consensus-live';
import { selectCriterion, TEAM_PART, undoOrRedo, useConsensus } from './consensus-store';

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * J / K: next / previous item of the agenda (the team's overall part last);
 * Ctrl+Z / Ctrl+Shift+Z: undo / redo (outside text fields, which undo their own typing).
 */
export function useConsensusKeys(onDialog: ((dialog: ConsensusDialog) => void) | null): void {
  const live = useLive();
  useEffect(() => {
    if (!onDialog || !live) return;
    const order = [...live.agenda.map((r) => r.criterion.id), TEAM_PART];
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('[role="dialog"]') || typing(event.target)) return;
      const key = event.key.toLowerCase();
      if ((event.ctrlKey || event.metaKey) && key === 'z') {
        event.preventDefault();
        void undoOrRedo(event.shiftKey ? 'redo' : 'undo');
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (key !== 'j' && key !== 'k') return;
      event.preventDefault();
      const index = order.indexOf(useConsensus.getState().currentId ?? '');
      const next = order[Math.max(0, Math.min(order.length - 1, index + (key === 'j' ? 1 : -1)))]!;
      selectCriterion(next);
      document.getElementById(next === TEAM_PART ? 'team-part-title' : 'consensus-criterion-title')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onDialog, live]);
}
