/**
 * A question asked from code and answered in a dialog: `ask` resolves with the
 * answer (false when a newer question replaces it), `answer` closes it.
 */
import { defineStore } from './store';

export interface PromptState<Request> {
  readonly request: Request | null;
  /** Set while a request is open. */
  readonly settle: ((yes: boolean) => void) | null;
  ask(request: Request): Promise<boolean>;
  answer(yes: boolean): void;
}

export function definePromptStore<Request>() {
  return defineStore<PromptState<Request>>((set, get) => ({
    request: null,
    settle: null,
    ask(request) {
      get().settle?.(false);
      return new Promise<boolean>((resolve) => set({ request, settle: resolve }));
    },
    answer(yes) {
      const { settle } = get();
      set({ request: null, settle: null });
      settle?.(yes);
    },
  }));
}
