/**
 * A saved draft read back: only a shape the editors can show is opened
 * (anything else starts a new draft under the same id rather than breaking the screen).
 */
import type { PackageDraft } from '../package-editor/templates';
import type { RoundDraft } from '../round-setup/templates';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasLists = (value: unknown, keys: readonly string[]) => isObject(value) && keys.every((key) => Array.isArray(value[key]));

export function savedPackageDraft(content: Record<string, unknown> | null): { draft: PackageDraft; basedOn: string | null } | undefined {
  const draft = content?.draft;
  if (!isObject(draft) || !hasLists(draft.package, ['classes', 'scales', 'areas'])) return undefined;
  return { draft: draft as PackageDraft, basedOn: typeof content?.basedOn === 'string' ? content.basedOn : null };
}

export function savedRoundDraft(content: Record<string, unknown> | null): { draft: RoundDraft; packageSha256: string | null } | undefined {
  const draft = content?.draft;
  if (!hasLists(draft, ['contestants', 'examiners', 'teams']) || !isObject((draft as Record<string, unknown>).round)) return undefined;
  const sha = content?.packageSha256;
  return { draft: draft as RoundDraft, packageSha256: typeof sha === 'string' && /^[0-9a-f]{64}$/.test(sha) ? sha : null };
}
