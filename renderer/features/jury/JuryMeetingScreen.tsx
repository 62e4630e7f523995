import { useEffect, useId, useState } from 'react';
import { MEETING_LABELS, type JuryWorkspace } from '../../../shared/contract/jury';
import { useScreenChrome } from '../../app/chrome-store';
import { navigate } from '../../app/router-store';
import { ScreenError } from '../../components/ScreenError';
import { AwardSection } from './AwardSection';
import { ProtokollButton } from './ProtokollButton';
import { useJuryMeeting } from './jury-meeting-store';

function MeetingFacts({ workspace }: { workspace: JuryWorkspace }) {
  const saveMeeting = useJuryMeeting((s) => s.saveMeeting);
  const [date, setDate] = useState(workspace.meetingDate ?? '');
  const [members, setMembers] = useState(workspace.members.join('\n'));
  const id = useId();
  const names = members.split('\n').map((m) => m.trim()).filter(Boolean);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Mötet</h2>
      <div className="field">
        <label htmlFor={`${id}-date`}>Mötesdatum</label>
        <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-members`}>Ledamöter (en per rad)</label>
        <textarea id={`${id}-members`} rows={4} value={members} onChange={(e) => setMembers(e.target.value)} />
      </div>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void saveMeeting(date === '' ? null : date, names)}>
          Spara mötet
        </button>
      </div>
    </section>
  );
}

/** Domarkommitténs arbetsyta: stadsledningskontoret records the jury's choices and decisions, then exports them signed. */
export function JuryMeetingScreen({ roundId, meeting }: { roundId: string; meeting: 'first' | 'final' }) {
  const { workspace, error, exporting, exportDecision } = useJuryMeeting();
  const current = workspace?.roundId === roundId && workspace.meeting === meeting ? workspace : null;
  useEffect(() => {
    void useJuryMeeting.getState().load(roundId, meeting);
  }, [roundId, meeting]);
  useScreenChrome(
    [{ label: 'Tävlingsomgångar', route: { name: 'start' } }, { label: current?.title ?? 'Omgång', route: { name: 'round', roundId } }, { label: 'Domarkommittén' }],
    current?.exampleMaterial ?? false,
  );
  if (error && !current) return <ScreenError message={error} back={{ label: 'Till omgången', route: { name: 'round', roundId } }} />;
  if (!current) return <div className="page muted">Läser teamens resultat…</div>;
  const complete = current.awards.every((a) => a.undecided.length === 0);
  return (
    <div className="page jury-page">
      <div className="page-header">
        <div>
          <h1>Domarkommittén – {MEETING_LABELS[meeting]}</h1>
          <p className="muted">
            <bdi>{current.title}</bdi> ·{' '}
            {meeting === 'first'
              ? 'rangordnat på teamens konsensuspoäng före platsbesök. Välj vilka tävlande som får platsbesök.'
              : 'resultaten före och efter platsbesöket sida vid sida. Besluta vinnare, hedersomnämnande eller inget pris, med motivering.'}
            {current.lastRevision > 0 ? ` Senast exporterad: revision ${current.lastRevision}.` : ''}
          </p>
        </div>
        <span className="spacer" />
        <button type="button" className="button" onClick={() => navigate({ name: 'jury-meeting', roundId, meeting: meeting === 'first' ? 'final' : 'first' })}>
          {meeting === 'first' ? 'Till slutmötet' : 'Till första mötet'}
        </button>
        <button type="button" className="button primary" disabled={exporting} onClick={() => void exportDecision()} aria-describedby="jury-export-hint">
          {exporting ? 'Signerar…' : 'Signera och exportera beslutet…'}
        </button>
      </div>
      <p id="jury-export-hint" className="muted small">
        {complete ? 'Du väljer stadsledningskontorets privata nyckel (.pem); den används bara för att signera.' : 'Beslutet kan exporteras när varje tävlande i varje klass har ' + (meeting === 'first' ? 'ett val.' : 'ett beslut med motivering.')}
      </p>
      <ProtokollButton workspace={current} complete={complete} />
      <MeetingFacts key={`${current.meetingDate}/${current.members.join('|')}`} workspace={current} />
      {current.awards.length === 0 && <p className="muted">Omgången har inga tävlande.</p>}
      {current.awards.map((award) => (
        <AwardSection key={`${award.kind}/${award.id}`} award={award} meeting={meeting} />
      ))}
    </div>
  );
}
