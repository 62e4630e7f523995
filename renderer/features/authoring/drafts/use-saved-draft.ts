/**
 * An editor's draft kept in the store: the route names the draft (a new one
 * gets an id at once), the draft is read back after a reload or restart, and
 * every change is saved shortly after typing pauses — at least every couple of
 * seconds while it goes on, and at once when the editor is left.
 */
import { useEffect, useRef } from 'react';
import type { DraftKind } from '../../../../shared/contract/drafts';
import { call, messageOf } from '../../../api';
import { useNotices } from '../../../app/notice-store';
import { useRouter } from '../../../app/router-store';
import { defineStore } from '../../../app/store';

const PAUSE_MS = 300;
const MAX_WAIT_MS = 2_000;

export type SaveState = { readonly status: 'idle' } | { readonly status: 'saving' } | { readonly status: 'saved'; readonly at: string } | { readonly status: 'failed'; readonly message: string };

/** How the open draft's saving goes: its own store, so only the line that says it is drawn again. */
export const useDraftSaveState = defineStore<{ readonly save: SaveState }>(() => ({ save: { status: 'idle' } }));
const setSave = (save: SaveState) => useDraftSaveState.setState({ save });

export interface DraftBinding {
  readonly kind: DraftKind;
  /** The draft id in the route, if any. */
  readonly routeId: string | undefined;
  /** The id the editor's store holds now. */
  readonly openId: string | null;
  /** Opens a draft in the store: the saved content, or null for a new one. */
  open(id: string, saved: Record<string, unknown> | null): Promise<void> | void;
  /** What is saved (a new object whenever the draft changes). */
  readonly content: Record<string, unknown>;
  readonly title: string;
}

/** Whether the draft is still being read (its saving is told by useDraftSaveState). */
export function useSavedDraft(binding: DraftBinding): boolean {
  const { kind, routeId, openId, content, title } = binding;
  // Until the store holds the draft the route names (a read that fails leaves it so: nothing is overwritten).
  const loading = routeId === undefined || routeId !== openId;
  const openRef = useRef(binding.open);
  useEffect(() => {
    openRef.current = binding.open;
  });

  // Which draft: a new id for a new one (kept in the route, so a reload finds it), or the saved one.
  useEffect(() => {
    if (routeId === undefined) {
      const id = crypto.randomUUID();
      void Promise.resolve(openRef.current(id, null)).then(() => {
        const route = useRouter.getState().route;
        useRouter.getState().replace({ ...(route as { name: 'package-editor' | 'round-setup' }), draftId: id });
      });
      return;
    }
    if (routeId === openId) return;
    call('draft:get', { id: routeId })
      .then((view) => openRef.current(routeId, view && view.kind === kind ? view.content : null))
      .catch((error: unknown) => useNotices.getState().show('error', `Utkastet kunde inte hämtas: ${messageOf(error)}`));
    // openId is left out on purpose: only a change of route picks another draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [routeId, kind]);

  // Saving: the content seen when the draft was opened is not a change.
  const baseline = useRef<{ id: string | null; content: Record<string, unknown> | null }>({ id: null, content: null });
  const pending = useRef<{ id: string; content: Record<string, unknown>; title: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const since = useRef<number | null>(null);

  const flush = useRef(() => {
    clearTimeout(timer.current);
    since.current = null;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setSave({ status: 'saving' });
    call('draft:save', { id: next.id, kind, title: next.title, content: next.content }).then(
      ({ savedAt }) => setSave(pending.current ? { status: 'saving' } : { status: 'saved', at: savedAt }),
      (error: unknown) => setSave({ status: 'failed', message: messageOf(error) }),
    );
  });

  useEffect(() => {
    if (loading || openId === null || openId !== routeId) return;
    if (baseline.current.id !== openId) {
      baseline.current = { id: openId, content };
      setSave({ status: 'idle' });
      return;
    }
    if (content === baseline.current.content) return;
    pending.current = { id: openId, content, title };
    clearTimeout(timer.current);
    since.current ??= Date.now();
    const waited = Date.now() - since.current;
    timer.current = setTimeout(flush.current, waited >= MAX_WAIT_MS ? 0 : PAUSE_MS);
  }, [content, title, openId, routeId, loading]);

  // Leaving the editor (or the page) saves what is pending at once.
  useEffect(() => {
    const leave = flush.current;
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, []);

  return loading;
}
