/**
 * Rapporter: what can be made for the round, the options, the selection for
 * a batch, one preview, and a batch's progress. A batch goes to one folder and
 * is made one report at a time, so the screen can say how far it has come.
 */
import type { CreatedReport, ReportCatalog, ReportItem, ReportItemRef, ReportOptions, ReportPreview } from '../../../shared/contract/reports';
import { folderOf } from '../../../shared/format';
import { call, messageOf } from '../../api';
import { useNotices, reportFailure } from '../../app/notice-store';
import { defineStore } from '../../app/store';

export const refKey = (ref: ReportItemRef): string => {
  switch (ref.kind) {
    case 'sammanstallning':
      return `s/${ref.classId}`;
    case 'aterforing':
      return `a/${ref.contestantId}`;
    case 'beslutsprotokoll':
      return `p/${ref.meeting}`;
    case 'prisbedomning':
      return `pb/${ref.prizeId}/${ref.contestantId}`;
    case 'prisaterforing':
      return `pa/${ref.prizeId}/${ref.contestantId}`;
    case 'bedomning':
      return `b/${ref.basis}/${ref.contestantId}`;
  }
};

export interface BatchState {
  readonly total: number;
  readonly done: number;
  readonly current: string | null;
  readonly made: readonly CreatedReport[];
  readonly failed: readonly { readonly title: string; readonly message: string }[];
  readonly folder: string;
}

interface ReportsState {
  readonly catalog: ReportCatalog | null;
  readonly error: string | null;
  readonly options: ReportOptions;
  readonly selected: readonly string[];
  readonly preview: { readonly key: string; readonly title: string; readonly data: ReportPreview | null; readonly error: string | null } | null;
  readonly batch: BatchState | null;
}

const initial: ReportsState = {
  catalog: null,
  error: null,
  options: { appendix: true, anonymous: false, meeting: 'final' },
  selected: [],
  preview: null,
  batch: null,
};

export const useReports = defineStore<ReportsState>(() => initial);
const set = (change: Partial<ReportsState> | ((s: ReportsState) => Partial<ReportsState>)) => useReports.setState(change);
const get = () => useReports.getState();

export async function loadReports(roundId: string): Promise<void> {
  set({ ...initial, options: get().options });
  try {
    set({ catalog: await call('report:list', { roundId }) });
  } catch (error) {
    set({ error: messageOf(error) });
  }
}

export function setOption<K extends keyof ReportOptions>(name: K, value: ReportOptions[K]): void {
  set((s) => ({ options: { ...s.options, [name]: value } }));
  const preview = get().preview;
  const item = get().catalog?.items.find((i) => refKey(i.ref) === preview?.key);
  if (item) void showPreview(item);
}

export function toggleSelected(key: string): void {
  set((s) => ({ selected: s.selected.includes(key) ? s.selected.filter((k) => k !== key) : [...s.selected, key] }));
}

export function selectAllAvailable(on: boolean): void {
  set((s) => ({ selected: on ? (s.catalog?.items ?? []).filter((i) => !i.unavailable).map((i) => refKey(i.ref)) : [] }));
}

export async function showPreview(item: ReportItem): Promise<void> {
  const catalog = get().catalog;
  if (!catalog) return;
  const key = refKey(item.ref);
  set({ preview: { key, title: item.title, data: null, error: null } });
  try {
    const data = await call('report:preview', { roundId: catalog.roundId, item: item.ref, options: get().options });
    if (get().preview?.key === key) set({ preview: { key, title: item.title, data, error: null } });
  } catch (error) {
    if (get().preview?.key === key) set({ preview: { key, title: item.title, data: null, error: messageOf(error) } });
  }
}

/** Makes one report through a save dialog and says where it went (other screens' report buttons use it too). */
export async function createReport(roundId: string, ref: ReportItemRef, options: ReportOptions): Promise<void> {
  try {
    const made = await call('report:create', { roundId, item: ref, options });
    if (made) useNotices.getState().show('success', `Sparade ${made.fileName} (${made.pages} sidor) i mappen ${folderOf(made.path)}.`);
    for (const warning of made?.warnings ?? []) useNotices.getState().show('info', `${made!.fileName}: ${warning}`);
  } catch (error) {
    reportFailure(error);
  }
}

export async function createOne(item: ReportItem): Promise<void> {
  const catalog = get().catalog;
  if (catalog) await createReport(catalog.roundId, item.ref, get().options);
}

/** The återföringsrapport (or, for a prize entry, the prisåterföring) as a Word document, through a save dialog. */
export async function createWord(ref: { readonly contestantId: string; readonly prizeId?: string }): Promise<void> {
  const catalog = get().catalog;
  if (!catalog) return;
  try {
    const made = await call('report:create-word', { roundId: catalog.roundId, ...ref });
    if (made) useNotices.getState().show('success', `Sparade ${made.fileName} (Word) i mappen ${folderOf(made.path)}.`);
  } catch (error) {
    useNotices.getState().show('error', messageOf(error));
  }
}

/** Makes every selected report into one folder the user chooses, one after another. */
export async function createSelected(): Promise<void> {
  const catalog = get().catalog;
  if (!catalog || get().batch?.current) return;
  const items = catalog.items.filter((i) => get().selected.includes(refKey(i.ref)) && !i.unavailable);
  if (items.length === 0) return;
  let folder: { folderId: string; path: string } | null;
  try {
    folder = await call('report:choose-folder', {});
  } catch (error) {
    reportFailure(error);
    return;
  }
  if (!folder) return;
  set({ batch: { total: items.length, done: 0, current: items[0]!.title, made: [], failed: [], folder: folder.path } });
  for (const item of items) {
    set((s) => ({ batch: s.batch && { ...s.batch, current: item.title } }));
    try {
      const made = await call('report:create', { roundId: catalog.roundId, item: item.ref, options: get().options, folderId: folder.folderId });
      set((s) => ({ batch: s.batch && { ...s.batch, done: s.batch.done + 1, made: made ? [...s.batch.made, made] : s.batch.made } }));
      for (const warning of made?.warnings ?? []) useNotices.getState().show('info', `${made!.fileName}: ${warning}`);
    } catch (error) {
      set((s) => ({ batch: s.batch && { ...s.batch, done: s.batch.done + 1, failed: [...s.batch.failed, { title: item.title, message: messageOf(error) }] } }));
    }
  }
  set((s) => ({ batch: s.batch && { ...s.batch, current: null } }));
}

export function closeBatch(): void {
  set({ batch: null });
}
