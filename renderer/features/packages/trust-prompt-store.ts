import { definePromptStore } from '../../app/prompt-store';

export interface TrustRequest {
  /** The signed file being imported, or the key file itself when added in the settings. */
  readonly fileName: string;
  readonly keyId: string;
  /** Set when the user already chose the key file (adding a key by hand). */
  readonly keyFileId?: string;
}

/** The question "do you trust this key?", asked from an importer and answered in TrustKeyDialog (resolves true once trusted). */
export const useTrustPrompt = definePromptStore<TrustRequest>();
