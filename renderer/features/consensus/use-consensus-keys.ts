import { useEffect } from 'react';
import { navigate } from '../../app/router-store';
import { inTextField, isSearchShortcut, singleKeyBlocked } from '../../app/shortcuts';
import { requestDocumentSearch } from '../documents/viewer/viewer-store';
import type { ConsensusDialog } from './ConsensusHeader';
import { useLive } from './consensus-live';
import { selectCriterion, TEAM_PART, undoOrRedo, useConsensus } from './consensus-store';

/** Ctrl+F: the contestant's document opens in the reader with its search box focused (the workspace has no viewer of its own). */
function searchContestantDocument(): void {
  const sha256 = useConsensus.getState().round?.documentSha256;
  if (!sha256) return;
  requestDocumentSearch();
  navigate({ name: 'document', sha256 });
}

/**
 * J / K: next / previous item of the agenda (criteria, then the prizes' aspects, the team's overall part last);
 * Ctrl+Z / Ctrl+Shift+Z: undo / redo (outside text fields, which undo their own typing);
 * Ctrl+F: search the contestant's document. Single keys pass the app's one shortcut guard.
 */
export function useConsensusKeys(onDialog: ((dialog: ConsensusDialog) => void) | null): void {
  const live = useLive();
  useEffect(() => {
    if (!onDialog || !live) return;
    const order = [...live.agenda.map((r) => r.criterion.id), ...live.aspects.map((r) => r.aspect.key), TEAM_PART];
    const onKey = (event: KeyboardEvent) => {
      if (isSearchShortcut(event)) {
        event.preventDefault();
        searchContestantDocument();
        return;
      }
      if (document.querySelector('[role="dialog"]')) return;
      const key = event.key.toLowerCase();
      if ((event.ctrlKey || event.metaKey) && key === 'z' && !inTextField(event.target)) {
        event.preventDefault();
        void undoOrRedo(event.shiftKey ? 'redo' : 'undo');
        return;
      }
      if (singleKeyBlocked(event) || (key !== 'j' && key !== 'k')) return;
      event.preventDefault();
      const index = order.indexOf(useConsensus.getState().currentId ?? '');
      const next = order[Math.max(0, Math.min(order.length - 1, index + (key === 'j' ? 1 : -1)))]!;
      selectCriterion(next);
      // After the item is shown: the heading of the one before is replaced, and the focus would be lost with it.
      requestAnimationFrame(() => document.getElementById(next === TEAM_PART ? 'team-part-title' : 'consensus-criterion-title')?.focus());
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onDialog, live]);
}
