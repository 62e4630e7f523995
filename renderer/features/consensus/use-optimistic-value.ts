import { useOptimistic, useTransition } from 'react';

/**
 * A stored value that shows the user's choice at once while the core saves
 * it; when the save settles the stored value (read back from the core) shows
 * again — the new one, or the old one if the core refused.
 */
export function useOptimisticValue<T>(stored: T): [T, (next: T, save: () => Promise<unknown>) => void] {
  const [value, show] = useOptimistic(stored);
  const [, startTransition] = useTransition();
  const change = (next: T, save: () => Promise<unknown>) =>
    startTransition(async () => {
      show(next);
      await save();
    });
  return [value, change];
}
