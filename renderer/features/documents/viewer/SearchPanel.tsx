import { useEffect, useState, type RefObject } from 'react';
import type { DocumentSearchResult, SearchSnippet, UnitKind } from '../../../../shared/contract/documents';
import { messageOf } from '../../../api';
import { searchDocument } from '../requests';

export function Snippet({ snippet }: { snippet: SearchSnippet }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  snippet.marks.forEach(([start, end], index) => {
    parts.push(snippet.text.slice(at, start), <mark key={index}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  });
  parts.push(snippet.text.slice(at));
  return <span className="snippet">{parts}</span>;
}

export const unitName = (kind: UnitKind, n: number) => (kind === 'page' ? `Sida ${n}` : `§ ${n}`);

interface Props {
  readonly sha256: string;
  readonly unitKind: UnitKind;
  readonly query: string;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  onQueryChange(query: string): void;
  onShowHit(unit: number): void;
}

/** Search in the open document: hits listed by page (or paragraph), highlighted on the page by the viewer. */
export function SearchPanel({ sha256, unitKind, query, inputRef, onQueryChange, onShowHit }: Props) {
  const [result, setResult] = useState<DocumentSearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (query.trim() === '') return;
    let cancelled = false;
    const timer = setTimeout(() => {
      searchDocument({ sha256, query }).then(
        (found) => !cancelled && (setResult(found), setError(null)),
        (failure: unknown) => !cancelled && setError(messageOf(failure)),
      );
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [sha256, query]);
  const shown = query.trim() === '' ? null : result;

  return (
    <aside className="search-panel" aria-label="Sök i dokumentet">
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`search-${sha256}`} className="label">
          Sök i dokumentet
        </label>
        <input
          id={`search-${sha256}`}
          ref={inputRef}
          type="search"
          value={query}
          maxLength={500}
          placeholder="Ord eller del av ord"
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && result?.hits[0]) onShowHit(result.hits[0].unit);
          }}
        />
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {shown && (
        <>
          <p className="search-summary" role="status">
            {shown.total === 0
              ? 'Inga träffar.'
              : `${shown.total} ${shown.total === 1 ? 'träff' : 'träffar'} på ${shown.hits.length} ${unitKind === 'page' ? (shown.hits.length === 1 ? 'sida' : 'sidor') : shown.hits.length === 1 ? 'stycke' : 'stycken'}`}
          </p>
          {shown.unsearchable.length > 0 && (
            <p className="small warning-text">
              <span aria-hidden="true">⚠ </span>
              Sök fungerar inte på sidor utan text: {shown.unsearchable.join(', ')}.
            </p>
          )}
          <ol className="search-hits">
            {shown.hits.map((hit) => (
              <li key={hit.unit}>
                <button type="button" onClick={() => onShowHit(hit.unit)}>
                  <span className="hit-unit">
                    {unitName(unitKind, hit.unit)} <span className="muted">· {hit.count} {hit.count === 1 ? 'träff' : 'träffar'}</span>
                  </span>
                  <Snippet snippet={hit.snippet} />
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
