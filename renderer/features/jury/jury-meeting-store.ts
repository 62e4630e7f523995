import type { JuryWorkspace } from '../../../shared/contract/jury';
import type { Args } from '../../../shared/contract';
import { folderOf } from '../../../shared/format';
import { call, messageOf, pickFiles } from '../../api';
import { useNotices } from '../../app/notice-store';
import { defineStore } from '../../app/store';

type Meeting = JuryWorkspace['meeting'];
type EntryChange = Omit<Args<'decision:set-entry'>, 'roundId' | 'meeting'>;

interface JuryMeetingState {
  readonly workspace: JuryWorkspace | null;
  readonly error: string | null;
  readonly exporting: boolean;
  load(roundId: string, meeting: Meeting): Promise<void>;
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
    async load(roundId, meeting) {
      set((s) => (s.workspace?.roundId === roundId && s.workspace.meeting === meeting ? s : { workspace: null, error: null }));
      try {
        set({ workspace: await call('decision:workspace', { roundId, meeting }), error: null });
      } catch (error) {
        set({ error: messageOf(error) });
      }
    },
    saveMeeting: (meetingDate, members) => apply((w) => call('decision:save-meeting', { roundId: w.roundId, meeting: w.meeting, meetingDate, members: [...members] })),
    setEntry: (change) => apply((w) => call('decision:set-entry', { roundId: w.roundId, meeting: w.meeting, ...change })),
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
        await get().load(workspace.roundId, workspace.meeting);
      } catch (error) {
        useNotices.getState().show('error', messageOf(error));
      } finally {
        set({ exporting: false });
      }
    },
  };
});
