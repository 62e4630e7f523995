import type { UnitKind } from '../../../shared/contract/documents';
import type { EditableCommentKind } from '../../../shared/contract/assessments';
import type { Comment, SiteVisitQuestion } from '../../../shared/domain/assessment';
import type { CriterionWarning } from '../../../shared/scoring/consistency';
import { addComment } from './desk-actions';
import { CommentEditor } from './CommentEditor';
import { KIND_SINGULAR, KIND_TITLES } from '../../components/score-format';

const ADD_LABEL = { strength: 'Lägg till styrka', improvement: 'Lägg till förbättringsområde', question: 'Lägg till fråga' } as const;
const SHORTCUT = { strength: 'S', improvement: 'F', question: undefined } as const;

/** Strengths, improvement areas or site-visit questions of the criterion, in order, each editable in place. */
export function CommentList({ kind, items, locked, warnings, unitKindOf }: {
  kind: EditableCommentKind;
  items: readonly (Comment | SiteVisitQuestion)[];
  locked: boolean;
  warnings: readonly CriterionWarning[];
  unitKindOf: (documentSha: string) => UnitKind;
}) {
  const headingId = `list-${kind}`;
  return (
    <section className={`panel-section comments ${kind}`} aria-labelledby={headingId}>
      <div className="section-head">
        <h3 id={headingId}>
          {KIND_TITLES[kind]} <span className="count">({items.length})</span>
        </h3>
        {!locked && (
          <button type="button" className="button quiet small" aria-label={ADD_LABEL[kind]} aria-keyshortcuts={SHORTCUT[kind]} onClick={() => void addComment(kind)}>
            <span aria-hidden="true">+</span> Lägg till
          </button>
        )}
      </div>
      {items.length === 0 ? (
        <p className="small muted empty">
          {kind === 'question' ? 'Inga frågor ännu.' : `Inga ännu. Markera en passage i dokumentet och välj »Lägg till som belägg«, eller tryck ${SHORTCUT[kind]}.`}
        </p>
      ) : (
        <ol className="comment-list">
          {items.map((item, index) => (
            <CommentEditor
              key={item.id}
              id={item.id}
              label={`${KIND_SINGULAR[kind]} ${index + 1}`}
              text={item.text}
              evidence={'evidence' in item ? item.evidence : undefined}
              index={index}
              count={items.length}
              locked={locked}
              unitKindOf={unitKindOf}
              warning={warnings.find((w) => w.commentId === item.id)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
