import { useEffect } from 'react';
import { useScreenChrome } from '../../app/chrome-store';
import { CalibrationCard } from '../calibration/CalibrationCard';
import { MyRoundCard } from '../assessment/MyRoundCard';
import { useMyRound } from '../assessment/my-round-store';
import { navigate } from '../../app/router-store';
import { useRoundConsensus } from '../consensus/round-status-store';
import { useAssessmentImport } from '../exchange/import-store';
import { ReceivedAssessments } from '../exchange/ReceivedAssessments';
import { JuryDecisionsCard } from '../jury/JuryDecisionsCard';
import { DeadlineList } from './DeadlineList';
import { DeleteRound } from './DeleteRound';
import { useRound } from './round-store';
import { TeamSection } from './TeamSection';
import { ScreenError } from '../../components/ScreenError';

/** Omgång: the contestants by team, the team members, the deadlines; the criteria one click away. */
export function RoundScreen({ roundId }: { roundId: string }) {
  const overview = useRound((s) => (s.overview?.id === roundId ? s.overview : null));
  const error = useRound((s) => s.error);
  useEffect(() => {
    void useRound.getState().load(roundId);
    void useMyRound.getState().load(roundId);
  }, [roundId]);
  // The team's consensus line follows who I am and what has arrived.
  const identity = useMyRound((s) => (s.status?.roundId === roundId ? `${s.status.identity.examinerId}/${s.status.identity.role}` : null));
  const office = useMyRound((s) => s.status?.roundId === roundId && s.status.identity.role === 'stadsledningskontoret');
  const imported = useAssessmentImport((s) => s.results);
  useEffect(() => {
    void useRoundConsensus.getState().load(roundId);
  }, [roundId, identity, imported]);
  useScreenChrome(
    [{ label: 'Tävlingsomgångar', route: { name: 'start' } }, { label: overview?.title ?? 'Omgång' }],
    overview?.exampleMaterial ?? false,
  );

  if (error && !overview) return <ScreenError message={error} back={{ label: 'Till tävlingsomgångarna', route: { name: 'start' } }} />;
  if (!overview) return <div className="page muted">Läser omgången…</div>;
  const contestants = overview.teams.reduce((sum, team) => sum + team.contestants.length, 0);
  return (
    <div className="page round-page">
      <div className="page-header">
        <div>
          <h1>{overview.title}</h1>
          <p className="muted">
            {overview.year} · {contestants} tävlande i {overview.teams.length} team · Kriterier: <bdi>{overview.package.title}</bdi> (revision{' '}
            {overview.package.revision})
          </p>
        </div>
        <div className="page-actions">
          <button type="button" className="button" onClick={() => navigate({ name: 'round-search', roundId })}>
            Sök i dokumenten
          </button>
          <button type="button" className="button" onClick={() => navigate({ name: 'jury', roundId })}>
            Översikt för domarkommittén
          </button>
          {office && (
            <button type="button" className="button" onClick={() => navigate({ name: 'evaluation', roundId })}>
              Utvärdering av omgången
            </button>
          )}
          <button type="button" className="button" onClick={() => navigate({ name: 'reports', roundId })}>
            Rapporter
          </button>
          <button
            type="button"
            className="button primary"
            onClick={() => navigate({ name: 'criteria', packageSha256: overview.package.sha256, roundId })}
          >
            Visa kriterierna
          </button>
        </div>
      </div>
      <MyRoundCard overview={overview} />
      <CalibrationCard roundId={roundId} identity={identity} office={office} />
      <div className="round-layout">
        <div>
          <p className="muted small">
            Alla tävlande i omgången visas, grupperade per team.
            {identity === null || identity.startsWith('null/') ? ' Dina egna tävlande markeras när du har valt vem du är.' : ''}
          </p>
          {overview.teams.map((team) => (
            <TeamSection key={team.id} roundId={roundId} team={team} />
          ))}
          <JuryDecisionsCard roundId={roundId} />
          <ReceivedAssessments roundId={roundId} />
        </div>
        <DeadlineList deadlines={overview.deadlines} />
      </div>
      <DeleteRound roundId={roundId} title={overview.title} />
    </div>
  );
}
