/**
 * Stadsledningskontoret's drafts (table authoring_drafts): saved whole as the
 * editor autosaves, listed, resumed and discarded. The content is the editor's
 * own state; the signing channels check it.
 */
import type { Handlers } from '../../../shared/contract';
import type { DraftKind, DraftSummary, DraftView } from '../../../shared/contract/drafts';
import { appError } from '../../../shared/errors';
import type { CoreContext } from '../context';

interface DraftRow {
  id: string;
  kind: DraftKind;
  title: string;
  updated_at: string;
}

const summary = (row: DraftRow): DraftSummary => ({ id: row.id, kind: row.kind, title: row.title, updatedAt: row.updated_at });

export function draftHandlers(ctx: CoreContext) {
  const db = () => ctx.store.db;
  return {
    'draft:list': () => (db().prepare('SELECT id, kind, title, updated_at FROM authoring_drafts ORDER BY updated_at DESC, id').all() as DraftRow[]).map(summary),
    'draft:get': ({ id }): DraftView | null => {
      const row = db().prepare('SELECT id, kind, title, updated_at, content FROM authoring_drafts WHERE id = ?').get(id) as (DraftRow & { content: string }) | undefined;
      return row ? { ...summary(row), content: JSON.parse(row.content) as Record<string, unknown> } : null;
    },
    'draft:save': ({ id, kind, title, content }) => {
      const savedAt = ctx.clock.now().toISOString();
      const changed = db()
        .prepare(
          `INSERT INTO authoring_drafts (id, kind, title, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, content = excluded.content, updated_at = excluded.updated_at
           WHERE authoring_drafts.kind = excluded.kind`,
        )
        .run(id, kind, title, JSON.stringify(content), savedAt, savedAt).changes;
      // One id is one draft: a package draft never turns into a round set-up.
      if (changed === 0) throw appError('draft-kind-mismatch');
      return { savedAt };
    },
    'draft:discard': ({ id }) => {
      db().prepare('DELETE FROM authoring_drafts WHERE id = ?').run(id);
    },
  } satisfies Partial<Handlers>;
}
