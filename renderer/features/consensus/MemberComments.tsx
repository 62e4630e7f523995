import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Comment, SiteVisitQuestion } from '../../../shared/domain/assessment';
import { formatNumber } from '../../../shared/format';
import { KIND_TITLES } from '../../components/score-format';
import { clearPicks, takePicks, togglePick, useConsensus, type Pick, type PickList } from './consensus-store';
import { EvidenceList } from './EvidenceList';
import { withoutBidiControls } from '../../../shared/bidi';
import { isAspectKey } from '../../../shared/domain/prize-aspects';

/** Ids of the members' comments already behind one of the team's comments. */
function usedIds(criterionId: string): Set<string> {
  const team = useConsensus.getState().view?.assessment?.criteria.find((c) => c.criterionId === criterionId);
  return new Set([...(team?.strengths ?? []), ...(team?.improvements ?? [])].flatMap((c) => (c.sources ?? []).map((s) => s.commentId)));
}

function Item({ item, examinerId, criterionId, list, locked, used }: { item: Comment | SiteVisitQuestion; examinerId: string; criterionId: string; list: PickList; locked: boolean; used: boolean }) {
  const picked = useConsensus((s) => s.picks.some((p) => p.commentId === item.id));
  const pick: Pick = { examinerId, commentId: item.id, criterionId, list };
  // A second click while the first is on its way (a double click) takes nothing more.
  const [taking, setTaking] = useState(false);
  const take = () => {
    setTaking(true);
    void takePicks(list, [pick]).finally(() => setTaking(false));
  };
  return (
    <li className={`member-comment${picked ? ' picked' : ''}${used ? ' used' : ''}`}>
      {!locked && (
        <input type="checkbox" aria-label={`Välj för sammanslagning: ${item.text}`} checked={picked && !used} disabled={used} onChange={() => togglePick(pick)} />
      )}
      <div>
        <p>{item.text}</p>
        {'evidence' in item && <EvidenceList evidence={item.evidence} />}
        {used && locked && (
          <span className="badge success small">
            <span aria-hidden="true">✓ </span>Med i teamets lista
          </span>
        )}
      </div>
      {/* A comment is taken once (the core refuses a second copy); undo gives the button back. */}
      {!locked &&
        (used ? (
          <span className="badge success small taken" role="status" aria-label={`Med i teamets lista: ${item.text}`}>
            <span aria-hidden="true">✓ </span>Med i listan
          </span>
        ) : (
          <button type="button" className="button quiet small" aria-label={`Ta med i teamets lista: ${item.text}`} disabled={taking} onClick={take}>
            Ta med
          </button>
        ))}
    </li>
  );
}

/** The members' own strengths, improvement areas and questions for the criterion, side by side, to pick from and merge. */
export function MemberComments({ criterionId, locked }: { criterionId: string; locked: boolean }) {
  const view = useConsensus((s) => s.view!);
  const picks = useConsensus(useShallow((s) => s.picks.filter((p) => p.criterionId === criterionId)));
  const team = view.assessment!.criteria.find((c) => c.criterionId === criterionId)!;
  const used = usedIds(criterionId);
  // A prize aspect has no score: a member's column says only which revision it is.
  const aspect = isAspectKey(criterionId);
  const questionsPicked = picks.length > 0 && picks.every((p) => p.list === 'question');
  const commentsPicked = picks.length > 0 && picks.every((p) => p.list !== 'question');
  return (
    <section className="panel-section member-comments" aria-labelledby="member-comments-title">
      <div className="section-head">
        <h3 id="member-comments-title">Examinatorernas kommentarer</h3>
        {!locked && picks.length > 0 && (
          <div className="toolbar merge-bar" role="group" aria-label="Valda kommentarer">
            <span className="small">{picks.length} valda</span>
            {commentsPicked && (
              <>
                <button type="button" className="button small" onClick={() => void takePicks('strength', picks)}>
                  Slå ihop till teamets styrka
                </button>
                <button type="button" className="button small" onClick={() => void takePicks('improvement', picks)}>
                  Slå ihop till teamets förbättringsområde
                </button>
                {[...team.strengths, ...team.improvements].length > 0 && (
                  <select
                    aria-label="Lägg till i en av teamets kommentarer"
                    value=""
                    onChange={(event) => {
                      const target = [...team.strengths, ...team.improvements].find((c) => c.id === event.target.value);
                      if (target) void takePicks(team.strengths.includes(target) ? 'strength' : 'improvement', picks, target.id);
                    }}
                  >
                    <option value="">Lägg till i teamets kommentar…</option>
                    {team.strengths.map((c, i) => (
                      <option key={c.id} value={c.id}>
                        Styrka {i + 1}: {withoutBidiControls(c.text.slice(0, 40))}
                      </option>
                    ))}
                    {team.improvements.map((c, i) => (
                      <option key={c.id} value={c.id}>
                        Förbättringsområde {i + 1}: {withoutBidiControls(c.text.slice(0, 40))}
                      </option>
                    ))}
                  </select>
                )}
              </>
            )}
            {questionsPicked && (
              <button type="button" className="button small" onClick={() => void takePicks('question', picks)}>
                Slå ihop till teamets fråga
              </button>
            )}
            <button type="button" className="button quiet small" onClick={clearPicks}>
              Avmarkera
            </button>
          </div>
        )}
      </div>
      <div className="member-columns" style={{ gridTemplateColumns: `repeat(${view.sources.length}, minmax(220px, 1fr))` }}>
        {view.sources.map((source) => {
          const member = view.members.find((m) => m.examinerId === source.examinerId);
          const own = source.criteria.find((c) => c.criterionId === criterionId);
          return (
            <div key={source.examinerId} className="member-column">
              <h4>
                {member?.name ?? source.examinerId}{' '}
                <span className="muted small">
                  {!aspect && `${own?.score === null || own === undefined ? 'ingen poäng' : formatNumber(own.score, 2)} · `}rev. {source.revision}
                </span>
              </h4>
              {(['strength', 'improvement', 'question'] as const).map((list) => {
                const items = own ? (list === 'strength' ? own.strengths : list === 'improvement' ? own.improvements : own.siteVisitQuestions) : [];
                if (items.length === 0) return null;
                return (
                  <div key={list}>
                    <h5>{KIND_TITLES[list]}</h5>
                    <ul className="member-list">
                      {items.map((item) => (
                        <Item key={item.id} item={item} examinerId={source.examinerId} criterionId={criterionId} list={list} locked={locked} used={used.has(item.id)} />
                      ))}
                    </ul>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </section>
  );
}
