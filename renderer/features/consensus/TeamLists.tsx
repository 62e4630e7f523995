import { useId, useRef } from 'react';
import type { Comment, SiteVisitQuestion } from '../../../shared/domain/assessment';
import { AutoSizeTextarea } from '../../components/AutoSizeTextarea';
import { KIND_SINGULAR, KIND_TITLES } from '../../components/score-format';
import { editableId, editConsensus, teamCommentField, useConsensus } from './consensus-store';
import { EvidenceList } from './EvidenceList';
import { useAutosave } from '../../app/autosave';
import { useFocusRequest } from './use-focus-request';

type Kind = 'strength' | 'improvement' | 'question';

function TeamItem({ item, kind, index, count, locked }: { item: Comment | SiteVisitQuestion; kind: Kind; index: number; count: number; locked: boolean }) {
  const id = useConsensus(editableId);
  const fieldId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  useFocusRequest(teamCommentField(item.id), textarea);
  const field = useAutosave(item.text, (text) => editConsensus('assessment:edit-comment', { assessmentId: id!, commentId: item.id, text }), locked);
  const label = `Teamets ${KIND_SINGULAR[kind].toLowerCase()} ${index + 1}`;
  const sources = 'sources' in item ? (item.sources ?? []) : [];
  return (
    <li className="team-comment">
      <div className="team-comment-head">
        <label htmlFor={fieldId} className="small">
          <strong>{label}</strong>
        </label>
        {sources.length > 0 && (
          <span className="small muted" title="Examinatorerna vars kommentarer den bygger på">
            Från {[...new Set(sources.map((s) => s.initials))].join(', ')}
          </span>
        )}
        <span className="spacer" />
        {!locked && (
          <>
            <button type="button" className="icon-button" aria-label={`Flytta upp ${label.toLowerCase()}`} disabled={index === 0} onClick={() => void editConsensus('assessment:move-comment', { assessmentId: id!, commentId: item.id, position: index - 1 })}>
              ↑
            </button>
            <button type="button" className="icon-button" aria-label={`Flytta ner ${label.toLowerCase()}`} disabled={index === count - 1} onClick={() => void editConsensus('assessment:move-comment', { assessmentId: id!, commentId: item.id, position: index + 1 })}>
              ↓
            </button>
            <button type="button" className="icon-button" aria-label={`Ta bort ${label.toLowerCase()}`} onClick={() => void editConsensus('assessment:delete-comment', { assessmentId: id!, commentId: item.id }, `${label} är borttagen.`)}>
              ×
            </button>
          </>
        )}
      </div>
      {locked ? (
        <p id={fieldId}>{item.text}</p>
      ) : (
        <AutoSizeTextarea ref={textarea} id={fieldId} rows={2} value={field.text} onChange={(event) => field.onChange(event.target.value)} onBlur={field.onBlur} />
      )}
      {'evidence' in item && <EvidenceList evidence={item.evidence} />}
    </li>
  );
}

async function addTeamComment(assessmentId: string, criterionId: string, kind: Kind): Promise<void> {
  const result = await editConsensus('assessment:add-comment', { assessmentId, criterionId, kind, text: '' }, `En ny rad i teamets ${KIND_TITLES[kind].toLowerCase()}.`);
  if (result?.commentId) useConsensus.setState({ focusRequest: teamCommentField(result.commentId) });
}

/** The team's own lists for the criterion, as the lead builds them (each comment keeps where it came from). */
export function TeamLists({ criterionId, locked }: { criterionId: string; locked: boolean }) {
  const id = useConsensus(editableId);
  const team = useConsensus((s) => s.view!.assessment!.criteria.find((c) => c.criterionId === criterionId)!);
  const lists: [Kind, readonly (Comment | SiteVisitQuestion)[]][] = [
    ['strength', team.strengths],
    ['improvement', team.improvements],
    ['question', team.siteVisitQuestions],
  ];
  return (
    <div className="team-lists">
      {lists.map(([kind, items]) => (
        <section key={kind} className="panel-section" aria-labelledby={`team-${kind}`}>
          <div className="section-head">
            <h3 id={`team-${kind}`}>
              Teamets {KIND_TITLES[kind].toLowerCase()} <span className="count">({items.length})</span>
            </h3>
            {!locked && (
              <button
                type="button"
                className="button quiet small"
                onClick={() => void addTeamComment(id!, criterionId, kind)}
              >
                <span aria-hidden="true">+</span> Skriv ny
              </button>
            )}
          </div>
          {items.length === 0 ? (
            <p className="small muted empty">{locked ? 'Inga.' : 'Inga ännu. Välj examinatorernas kommentarer ovan och ta med dem, eller skriv en ny.'}</p>
          ) : (
            <ol className="comment-list">
              {items.map((item, index) => (
                <TeamItem key={item.id} item={item} kind={kind} index={index} count={items.length} locked={locked} />
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
