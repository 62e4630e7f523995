import { useId } from 'react';
import { DECISION_LABELS, type JuryAwardView, type JuryEntryView } from '../../../shared/contract/jury';
import { NOMINATION_LABELS, STAGE_LABELS } from '../../../shared/contract/exchange';
import { formatNumber } from '../../../shared/format';
import { useJuryMeeting } from './jury-meeting-store';

const points = (value: number | null) => (value === null ? '–' : formatNumber(value, 1));

function JuryChoice({ award, entry, meeting }: { award: JuryAwardView; entry: JuryEntryView; meeting: 'first' | 'final' }) {
  const setEntry = useJuryMeeting((s) => s.setEntry);
  const id = useId();
  const ref = { awardKind: award.kind, awardId: award.id, contestantId: entry.contestantId };
  if (meeting === 'first') {
    return (
      <td>
        <fieldset className="plain">
          <legend className="small">Platsbesök för <bdi>{entry.name}</bdi></legend>
          {([true, false] as const).map((value) => (
            <label key={String(value)} className="check">
              <input type="radio" name={`${id}-visit`} checked={entry.siteVisit === value} onChange={() => void setEntry({ ...ref, siteVisit: value })} />
              {value ? 'Platsbesök' : 'Inget platsbesök'}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-note`}>Anteckning</label>
          <textarea id={`${id}-note`} rows={2} defaultValue={entry.note} onBlur={(e) => e.target.value !== entry.note && void setEntry({ ...ref, note: e.target.value })} />
        </div>
      </td>
    );
  }
  return (
    <td>
      <div className="field">
      <label htmlFor={`${id}-decision`}>Beslut för <bdi>{entry.name}</bdi></label>
      <select id={`${id}-decision`} value={entry.decision ?? ''} onChange={(e) => void setEntry({ ...ref, decision: e.target.value === '' ? null : (e.target.value as keyof typeof DECISION_LABELS) })}>
        <option value="">Välj…</option>
        {Object.entries(DECISION_LABELS).map(([value, label]) => (
          <option key={value} value={value}>{label}</option>
        ))}
      </select>
      </div>
      {entry.decision !== null && entry.decision !== 'none' && (
        <div className="field">
          <label htmlFor={`${id}-citation`}>Motivering för <bdi>{entry.name}</bdi></label>
          <textarea id={`${id}-citation`} rows={3} defaultValue={entry.citation} onBlur={(e) => e.target.value !== entry.citation && void setEntry({ ...ref, citation: e.target.value })} />
        </div>
      )}
    </td>
  );
}

/** The scores and the team's key points; a prize without scores has none of them. */
function ScoredCells({ entry, meeting }: { entry: JuryEntryView; meeting: 'first' | 'final' }) {
  return (
    <>
      <td className="num">{points(entry.before)}</td>
      {meeting === 'final' && <td className="num">{points(entry.after)}</td>}
      <td className="num">{points(entry.spread)}</td>
      <td>
        {entry.recommendation?.siteVisit ? 'Platsbesök' : '–'}
        {entry.recommendation?.nomination ? ` · ${NOMINATION_LABELS[entry.recommendation.nomination]}` : ''}
      </td>
      <td className="small">
        {entry.strengths.length > 0 && <div><strong>Styrkor:</strong> {entry.strengths.map((s, i) => <bdi key={i}>{i > 0 ? ' · ' : ''}{s}</bdi>)}</div>}
        {entry.improvements.length > 0 && <div><strong>Förbättringsområden:</strong> {entry.improvements.map((s, i) => <bdi key={i}>{i > 0 ? ' · ' : ''}{s}</bdi>)}</div>}
      </td>
    </>
  );
}

/** A prize entry: the team's written assessment per aspect, its first strength and improvement area (no points). */
function AspectCell({ entry }: { entry: JuryEntryView }) {
  if (!entry.aspects) return <td className="small muted">–</td>;
  return (
    <td className="small">
      <dl className="jury-aspects">
        {entry.aspects.map((aspect) => (
          <div key={aspect.title}>
            <dt>{aspect.title}</dt>
            <dd>
              {aspect.strength && <div><strong>Styrka:</strong> <bdi>{aspect.strength}</bdi></div>}
              {aspect.improvement && <div><strong>Förbättringsområde:</strong> <bdi>{aspect.improvement}</bdi></div>}
              {!aspect.strength && !aspect.improvement && <span className="muted">Inget skrivet.</span>}
            </dd>
          </div>
        ))}
      </dl>
    </td>
  );
}

function EntryRow({ award, entry, meeting }: { award: JuryAwardView; entry: JuryEntryView; meeting: 'first' | 'final' }) {
  const scored = award.kind === 'class';
  // A prize is judged on the team's words: say which of its files they are from.
  const basis = !scored && entry.stage !== null ? ` · teamets ${STAGE_LABELS[entry.stage]}, revision ${entry.revision}` : '';
  return (
    <tr className={entry.status === 'shown' ? undefined : 'muted-row'}>
      {scored && <td className="num">{entry.rank ?? '–'}</td>}
      <th scope="row">
        <bdi>{entry.name}</bdi>
        <div className="muted small"><bdi>{entry.teamName}</bdi>{entry.reason ? ` · ${entry.reason}` : basis}</div>
      </th>
      {scored ? <ScoredCells entry={entry} meeting={meeting} /> : <AspectCell entry={entry} />}
      <JuryChoice award={award} entry={entry} meeting={meeting} />
    </tr>
  );
}

export function AwardSection({ award, meeting }: { award: JuryAwardView; meeting: 'first' | 'final' }) {
  const headingId = useId();
  const scored = award.kind === 'class';
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{award.kind === 'class' ? '' : 'Pris: '}{award.title}</h2>
      <div className="table-scroll" role="region" aria-label={`Domarkommitténs beslut ${award.title}`} tabIndex={0}>
        <table className="data jury">
          <thead>
            <tr>
              {scored && <th scope="col">Plats</th>}
              <th scope="col">Tävlande</th>
              {scored && (
                <>
                  <th scope="col">Före platsbesök</th>
                  {meeting === 'final' && <th scope="col">Efter platsbesök</th>}
                  <th scope="col">Största spridning</th>
                  <th scope="col">Teamets förslag</th>
                  <th scope="col">Viktigaste styrkor och förbättringsområden</th>
                </>
              )}
              {!scored && <th scope="col">Teamets bedömning per aspekt</th>}
              <th scope="col">{meeting === 'first' ? 'Domarkommitténs val' : 'Domarkommitténs beslut'}</th>
            </tr>
          </thead>
          <tbody>
            {award.entries.map((entry) => (
              <EntryRow key={entry.contestantId} award={award} entry={entry} meeting={meeting} />
            ))}
          </tbody>
        </table>
      </div>
      {award.missing.length > 0 ? (
        <div className="notice-inline" role="note">
          <strong>Saknas:</strong>
          <ul>{award.missing.map((m) => <li key={m}><bdi>{m}</bdi></li>)}</ul>
        </div>
      ) : (
        <p className="muted small">Varje tävlande i {scored ? 'klassen' : 'priset'} har {meeting === 'first' ? 'ett val' : 'ett beslut'}.</p>
      )}
    </section>
  );
}
