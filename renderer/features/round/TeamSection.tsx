import { teamViewTitle, type ContestantView, type TeamView } from '../../../shared/contract/rounds';
import { formatNumber } from '../../../shared/format';
import { navigate } from '../../app/router-store';
import { MyContestantStatus } from '../assessment/MyContestantStatus';
import { useMyRound } from '../assessment/my-round-store';
import { ConsensusAction } from '../consensus/ConsensusAction';
import { ContestantDecision } from '../jury/ContestantDecision';

const TYPE_LABEL = { 'application/pdf': 'PDF', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word' } as const;

function Contestant({ roundId, contestant }: { roundId: string; contestant: ContestantView }) {
  const mine = useMyRound((s) => (s.status?.roundId === roundId ? s.status.contestants.find((c) => c.contestantId === contestant.id) : undefined));
  return (
    <li className={`contestant${mine ? ' mine' : ''}`}>
      <h4>{contestant.name}</h4>
      <p className="muted small">{contestant.organisation}</p>
      <p>
        <span className="badge">{contestant.classTitle}</span>
      </p>
      <ul className="documents" aria-label={`Dokument från ${contestant.name}`}>
        {contestant.documents.map((document) => (
          <li key={document.path}>
            <span className="badge doc-type">{TYPE_LABEL[document.mediaType]}</span>
            <button
              type="button"
              className="link-button"
              onClick={() => navigate({ name: 'document', sha256: document.sha256 })}
              aria-label={`Läs ${document.title} från ${contestant.name}`}
            >
              {document.title}
            </button>{' '}
            <span className="muted small">
              ({formatNumber(document.bytes / 1024, 0)} kB{document.pages !== null ? `, ${document.pages} sidor` : ''})
            </span>
          </li>
        ))}
      </ul>
      <ContestantDecision roundId={roundId} contestantId={contestant.id} />
      {mine && <MyContestantStatus roundId={roundId} name={contestant.name} mine={mine} />}
      {mine && <ConsensusAction roundId={roundId} contestantId={contestant.id} name={contestant.name} submitted={mine.status === 'submitted' || (mine.revision ?? 1) > 1} />}
    </li>
  );
}

export function TeamSection({ roundId, team }: { roundId: string; team: TeamView }) {
  const headingId = `team-${team.id}`;
  return (
    <section className="card team" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <bdi>{teamViewTitle(team)}</bdi>
      </h2>
      <div className="team-grid">
        <div>
          <h3>Tävlande</h3>
          <ul className="contestants">
            {team.contestants.map((contestant) => (
              <Contestant key={contestant.id} roundId={roundId} contestant={contestant} />
            ))}
          </ul>
        </div>
        <div>
          <h3>Teamet</h3>
          <ul className="members">
            {team.members.map((member) => (
              <li key={member.id}>
                <strong>{member.name}</strong> {member.lead && <span className="badge accent">Utvärderingsledare</span>}
                <div className="muted small">
                  <bdi>{member.organisation}</bdi> · <bdi>{member.email}</bdi>
                </div>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
