import { create } from 'zustand';

/** A round already here, signed with another trusted key than the bundle being imported. */
export interface ReplaceRequest {
  readonly fileName: string;
  readonly title: string;
  readonly currentKeyId: string;
  readonly newKeyId: string;
}

interface ReplacePromptState {
  readonly request: ReplaceRequest | null;
  readonly settle: ((confirmed: boolean) => void) | null;
  ask(request: ReplaceRequest): Promise<boolean>;
  answer(confirmed: boolean): void;
}

/** "Replace the round signed with another key?", asked from the round importer and answered in ReplaceRoundDialog. */
export const useReplacePrompt = create<ReplacePromptState>()((set, get) => ({
  request: null,
  settle: null,
  ask(request) {
    get().settle?.(false);
    return new Promise<boolean>((resolve) => set({ request, settle: resolve }));
  },
  answer(confirmed) {
    const { settle } = get();
    set({ request: null, settle: null });
    settle?.(confirmed);
  },
}));
