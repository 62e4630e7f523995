import { fieldId, type Path } from './paths';
import type { FormIssue } from './validation';

/** Focuses the field of an issue (opening the sections it is folded into), or its nearest enclosing field. */
export function focusField(path: Path): void {
  for (let length = path.length; length > 0; length--) {
    const element = document.getElementById(fieldId(path.slice(0, length)));
    if (!element) continue;
    for (let details = element.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
    element.focus();
    element.scrollIntoView?.({ block: 'center' });
    return;
  }
}

const MAX_SHOWN = 12;

export function ValidationSummary({ issues, validText }: { issues: readonly FormIssue[]; validText: string }) {
  if (issues.length === 0) {
    return (
      <div className="validation valid" role="status">
        <span aria-hidden="true">✓ </span>
        {validText}
      </div>
    );
  }
  return (
    <div className="validation invalid" role="status" aria-labelledby="validation-title">
      <h2 id="validation-title">
        <span aria-hidden="true">⚠ </span>
        {issues.length === 1 ? '1 sak att rätta' : `${issues.length} saker att rätta`} innan det kan signeras
      </h2>
      <ul>
        {issues.slice(0, MAX_SHOWN).map((issue, index) => (
          <li key={`${issue.path.join('.')}-${index}`}>
            <button type="button" className="link-button" onClick={() => focusField(issue.path)}>
              {issue.where ? `${issue.where}: ` : ''}
              {issue.message}
            </button>
          </li>
        ))}
      </ul>
      {issues.length > MAX_SHOWN && <p className="muted small">… och {issues.length - MAX_SHOWN} till.</p>}
    </div>
  );
}
