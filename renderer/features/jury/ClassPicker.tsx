import type { JuryWorkspace } from '../../../shared/contract/jury';
import { useJuryMeeting } from './jury-meeting-store';

/** One class at a time (a round may hold 1,000 contestants): each class with its size and what is still open. */
export function ClassPicker({ workspace }: { workspace: JuryWorkspace }) {
  const current = workspace.awards[0]?.id;
  if (workspace.classes.length < 2) return null;
  const open = (awardId: string) => void useJuryMeeting.getState().load(workspace.roundId, workspace.meeting, awardId);
  return (
    <nav className="class-picker toolbar" aria-label="Tävlingsklasser">
      {workspace.classes.map((k) => (
        <button key={k.id} type="button" className={`button${k.id === current ? ' primary' : ''}`} aria-pressed={k.id === current} onClick={() => open(k.id)}>
          {k.title}{' '}
          <span className="small">
            ({k.contestants} tävlande{k.undecided > 0 ? `, ${k.undecided} ${workspace.meeting === 'first' ? 'utan val' : 'utan beslut'}` : ', klar'})
          </span>
        </button>
      ))}
    </nav>
  );
}
