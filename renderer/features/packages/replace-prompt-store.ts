import { definePromptStore } from '../../app/prompt-store';

/** A round already here, signed with another trusted key than the bundle being imported. */
export interface ReplaceRequest {
  readonly fileName: string;
  readonly title: string;
  readonly currentKeyId: string;
  readonly newKeyId: string;
}

/** "Replace the round signed with another key?", asked from the round importer and answered in ReplaceRoundDialog. */
export const useReplacePrompt = definePromptStore<ReplaceRequest>();
