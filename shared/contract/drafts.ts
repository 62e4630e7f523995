import { z } from 'zod';
import { returns } from './define';

/** What stadsledningskontoret is writing: a criteria package or a round set-up. */
export const DRAFT_KINDS = ['package', 'round'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** A draft's JSON is bounded: even a large round is well under this. */
export const MAX_DRAFT_JSON_CHARS = 4 * 1024 * 1024;

export interface DraftSummary {
  readonly id: string;
  readonly kind: DraftKind;
  /** "Kvalitetsutmärkelsen 2027" — what the list shows. */
  readonly title: string;
  readonly updatedAt: string;
}

export interface DraftView extends DraftSummary {
  /** The editor's own state, as it saved it (checked when it is signed, not before). */
  readonly content: Record<string, unknown>;
}

const draftId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'ogiltigt id för ett utkast');

/** JSON within the bound; what JSON cannot carry (a cycle, a BigInt) is refused, not thrown. */
function fitsAsJson(value: unknown): boolean {
  try {
    return JSON.stringify(value).length <= MAX_DRAFT_JSON_CHARS;
  } catch {
    return false;
  }
}

const content = z.record(z.string(), z.unknown()).refine(fitsAsJson, 'utkastet är för stort eller kan inte sparas som JSON');

export const draftChannels = {
  'draft:list': returns<DraftSummary[]>()(z.object({}).strict()),
  /** Null when there is no draft with that id (never saved, or discarded). */
  'draft:get': returns<DraftView | null>()(z.object({ id: draftId }).strict()),
  'draft:save': returns<{ readonly savedAt: string }>()(
    z.object({ id: draftId, kind: z.enum(DRAFT_KINDS), title: z.string().max(300), content }).strict(),
  ),
  'draft:discard': returns<void>()(z.object({ id: draftId }).strict()),
} as const;
