import { useEffect } from 'react';
import type { Route } from './routes';
import { defineStore } from './store';

export interface Crumb {
  readonly label: string;
  readonly route?: Route;
}

interface ChromeState {
  readonly crumbs: readonly Crumb[];
  /** Shown as a permanent banner while övningsmaterial is on screen. */
  readonly exampleMaterial: boolean;
  set(crumbs: readonly Crumb[], exampleMaterial?: boolean): void;
}

export const useChrome = defineStore<ChromeState>((set) => ({
  crumbs: [],
  exampleMaterial: false,
  set(crumbs, exampleMaterial = false) {
    set({ crumbs, exampleMaterial });
  },
}));

/** A screen declares where it is (breadcrumbs) and whether it shows example material. */
export function useScreenChrome(crumbs: readonly Crumb[], exampleMaterial = false): void {
  const key = JSON.stringify(crumbs) + String(exampleMaterial);
  useEffect(() => {
    useChrome.getState().set(crumbs, exampleMaterial);
    const title = crumbs.at(-1)?.label;
    document.title = title ? `${title} – Examinator` : 'Examinator';
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
