import { create } from 'zustand';

export interface TrustRequest {
  /** The signed file being imported, or the key file itself when added in the settings. */
  readonly fileName: string;
  readonly keyId: string;
  /** Set when the user already chose the key file (adding a key by hand). */
  readonly keyFileId?: string;
}

interface TrustPromptState {
  readonly request: TrustRequest | null;
  /** Set while a request is open; resolves true once the key is trusted, false when the user declines. */
  readonly settle: ((trusted: boolean) => void) | null;
  ask(request: TrustRequest): Promise<boolean>;
  answer(trusted: boolean): void;
}

/** The question "do you trust this key?", asked from an importer and answered in TrustKeyDialog. */
export const useTrustPrompt = create<TrustPromptState>()((set, get) => ({
  request: null,
  settle: null,
  ask(request) {
    get().settle?.(false);
    return new Promise<boolean>((resolve) => set({ request, settle: resolve }));
  },
  answer(trusted) {
    const { settle } = get();
    set({ request: null, settle: null });
    settle?.(trusted);
  },
}));
