/**
 * Every zustand store of the renderer is made here, so each is known: tests
 * put them all back to their first state between cases (test/dom/setup.ts).
 */
import { create, type StateCreator, type StoreApi, type UseBoundStore } from 'zustand';

const stores = new Set<UseBoundStore<StoreApi<object>>>();

/** A store: its state (and actions) from `initializer`, registered for `resetStores`. */
export function defineStore<T extends object>(initializer: StateCreator<T, [], []>): UseBoundStore<StoreApi<T>> {
  const store = create<T>()(initializer);
  stores.add(store as unknown as UseBoundStore<StoreApi<object>>);
  return store;
}

/** Puts every store made so far back to its initial state. */
export function resetStores(): void {
  for (const store of stores) store.setState(store.getInitialState(), true);
}
