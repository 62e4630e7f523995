import type { JuryWorkspace } from '../../../shared/contract/jury';
import type { Args } from '../../../shared/contract';
import { folderOf } from '../../../shared/format';
import { call, messageOf, pickFiles } from '../../api';
import { useNotices } from '../../app/notice-store';
import { defineStore } from '../../app/store';

type Meeting = JuryWorkspace['meeting'];
type EntryChange = Omit<Args<'decision:set-entry'>, 'roundId' | 'meeting' | 'shownClass'>;

interface JuryMeetingState {
  readonly workspace: JuryWorkspace | null;
  readonly error: string | null;
  readonly exporting: boolean;
  /** One class at a time: `awardId`, or the first class. */
  load(roundId: string, meeting: Meeting, awardId?: string): Promise<void>;
  saveMeeting(meetingDate: string | null, members: readonly string[]): Promise<void>;
  setEntry(change: EntryChange): Promise<void>;
  exportDecision(): Promise<void>;
}

/** Every change answers with the whole workspace, so what is missing is always the core's word. */
export const useJuryMeeting = defineStore<JuryMeetingState>((set, get) => {
  const apply = async (run: (w: JuryWorkspace) => Promise<JuryWorkspace>) => {
    const current = get().workspace;
    if (!current) return;
    try {
      set({ workspace: await run(current) });
    } catch (error) {
      useNotices.getState().show('error', messageOf(error));
    }
  };
  return {
    workspace: null,
    error: null,
    exporting: false,
    async load(roundId, meeting, awardId) {
      set((s) => (s.workspace?.roundId === roundId && s.workspace.meeting === meeting ? s : { workspace: null, error: null }));
      try {
        set({ workspace: await call('decision:workspace', { roundId, meeting, ...(awardId && { awardId }) }), error: null });
      } catch (error) {
        set({ error: messageOf(error) });
      }
    },
    saveMeeting: (meetingDate, members) =>
      apply((w) => call('decision:save-meeting', { roundId: w.roundId, meeting: w.meeting, ...shownClass(w), meetingDate, members: [...members] })),
    setEntry: (change) =>
      // The screen stays on the class it shows, prizes beside it, whichever entry changed.
      apply((w) => call('decision:set-entry', { roundId: w.roundId, meeting: w.meeting, ...change, ...(shownClass(w).awardId && { shownClass: shownClass(w).awardId }) })),
    async exportDecision() {
      const workspace = get().workspace;
      if (!workspace) return;
      set({ exporting: true });
      try {
        const [key] = await pickFiles(['key']);
        if (!key) return;
        const saved = await call('decision:export', { roundId: workspace.roundId, meeting: workspace.meeting, keyFileId: key.id });
        if (!saved) return;
        useNotices.getState().show('success', `Beslutet (revision ${saved.revision}) är signerat och sparat i "${saved.fileName}" i mappen ${folderOf(saved.path)}.`);
        await get().load(workspace.roundId, workspace.meeting, shownClass(workspace).awardId);
      } catch (error) {
        useNotices.getState().show('error', messageOf(error));
      } finally {
        set({ exporting: false });
      }
    },
  };
});

/** The class the screen shows (prizes are always shown beside it); none in a round of prizes only. */
function shownClass(workspace: JuryWorkspace): { awardId?: string } {
  const shown = workspace.awards.find((a) => a.kind === 'class');
  return shown ? { awardId: shown.id } : {};
}
