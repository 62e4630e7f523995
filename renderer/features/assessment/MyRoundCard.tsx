import { useCallback, useState } from 'react';
import { teamViewTitle, type RoundOverview } from '../../../shared/contract/rounds';
import { rowsNoun } from '../../../shared/domain/prize-aspects';
import { daysUntil, formatDate, formatDaysLeft, stockholmDate } from '../../../shared/format';
import { IdentityDialog, OFFICE } from './IdentityDialog';
import { useMyRound } from './my-round-store';

/** On the round screen: who I am in the round (chosen on first use), and a deliberate way to change it. */
export function MyRoundCard({ overview }: { overview: RoundOverview }) {
  const status = useMyRound((s) => (s.status?.roundId === overview.id ? s.status : null));
  const error = useMyRound((s) => s.error);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const examiners = overview.teams.flatMap((team) => team.members.map((member) => ({ ...member, teamName: teamViewTitle(team) })));
  const me = examiners.find((e) => e.id === status?.identity.examinerId) ?? null;
  const office = status?.identity.role === 'stadsledningskontoret';
  if (error) return <p className="notice error" role="alert">{error}</p>;
  if (!status) return null;
  const dialog = open && (
    <IdentityDialog roundId={overview.id} examiners={examiners} current={office ? { id: OFFICE, name: 'stadsledningskontoret' } : me} onClose={close} />
  );
  if (office) {
    return (
      <section className="card my-round" aria-labelledby="my-round-title">
        <div className="my-round-row">
          <div>
            <h2 id="my-round-title">Du arbetar på stadsledningskontoret</h2>
            <p className="muted small">
              Du bedömer ingen i omgången och ser alla teams resultat. Importera teamens konsensusfiler och öppna juryöversikten.
              {status.identity.choices > 1 && ' Valet har ändrats i den här omgången.'}
            </p>
          </div>
          <span className="spacer" />
          <button type="button" className="button quiet small" onClick={() => setOpen(true)}>
            Byt…
          </button>
        </div>
        {dialog}
      </section>
    );
  }
  const myContestants = status.contestants.length;
  const deadline = overview.deadlines.find((d) => d.kind === 'individual');
  const done = status.contestants.reduce((sum, c) => sum + c.done, 0);
  const total = status.contestants.reduce((sum, c) => sum + c.total, 0);
  const aspects = status.contestants.reduce((sum, c) => sum + c.aspects, 0);
  return (
    <section className={`card my-round${me ? '' : ' unchosen'}`} aria-labelledby="my-round-title">
      {me ? (
        <div className="my-round-row">
          <div>
            <h2 id="my-round-title">
              Du är <bdi>{me.name}</bdi>{' '}
              {status.identity.role === 'utvärderingsledare' && <span className="badge accent">Utvärderingsledare</span>}
            </h2>
            <p className="muted small">
              <bdi>{me.teamName}</bdi> · {myContestants === 1 ? '1 tävlande' : `${myContestants} tävlande`} att bedöma · {done} av {total} {rowsNoun(total - aspects, aspects)} klara
              {deadline && ` · individuell bedömning senast ${formatDate(deadline.date)} (${formatDaysLeft(daysUntil(deadline.date, stockholmDate(new Date())))})`}
              {status.identity.choices > 1 && ' · examinatorn har bytts i den här omgången'}
            </p>
          </div>
          <span className="spacer" />
          <button type="button" className="button quiet small" onClick={() => setOpen(true)}>
            Byt examinator…
          </button>
        </div>
      ) : (
        <div className="my-round-row">
          <div>
            <h2 id="my-round-title">Vem är du i den här omgången?</h2>
            <p className="small">Ange vilken av omgångens examinatorer du är, så visas dina tävlande och du kan börja bedöma.</p>
          </div>
          <span className="spacer" />
          <button type="button" className="button primary" onClick={() => setOpen(true)}>
            Välj vem du är…
          </button>
        </div>
      )}
      {dialog}
    </section>
  );
}
