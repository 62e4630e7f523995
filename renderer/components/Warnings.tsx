import type { CriterionWarning } from '../../shared/scoring/consistency';

/** A criterion's warnings: icon and words, the blocking ones said to block. */
export function Warnings({ warnings }: { warnings: readonly CriterionWarning[] }) {
  const shown = warnings.filter((w) => w.code !== 'comment-without-evidence' && w.code !== 'comment-without-text' && w.code !== 'question-without-text');
  if (shown.length === 0) return null;
  return (
    <ul className="warnings" aria-label="Att se över">
      {shown.map((warning) => (
        <li key={warning.code} className={warning.blocking ? 'blocking' : undefined}>
          <span aria-hidden="true">{warning.blocking ? '⊘' : '⚠'}</span>
          <span>
            {warning.blocking && <strong>Måste åtgärdas: </strong>}
            {warning.message}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A comment's own warning, shown under it. */
export function CommentWarning({ warning, id }: { warning: CriterionWarning | undefined; id: string }) {
  if (!warning) return null;
  return (
    <p id={id} className={`comment-warning${warning.blocking ? ' blocking' : ''}`}>
      <span aria-hidden="true">⚠ </span>
      {warning.code === 'comment-without-evidence' ? 'Saknar belägg — markera en passage i dokumentet eller tryck B för sidan som visas.' : warning.message}
    </p>
  );
}
