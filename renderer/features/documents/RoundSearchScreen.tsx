import { useEffect, useState } from 'react';
import type { RoundSearchResult } from '../../../shared/contract/documents';
import { messageOf } from '../../api';
import { useScreenChrome } from '../../app/chrome-store';
import { navigate } from '../../app/router-store';
import { useViewer } from './viewer/viewer-store';
import { Snippet, unitName } from './viewer/SearchPanel';
import { searchRound } from './requests';

/** Search across every document of a round (linked from the round overview: route { name: 'round-search', roundId }). */
export function RoundSearchScreen({ roundId }: { roundId: string }) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<RoundSearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  useScreenChrome([{ label: 'Tävlingsomgångar', route: { name: 'start' } }, { label: result?.roundTitle ?? 'Omgång' }, { label: 'Sök i dokumenten' }]);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      searchRound({ roundId, query }).then(
        (found) => !cancelled && (setResult(found), setError(null)),
        (failure: unknown) => !cancelled && setError(messageOf(failure)),
      );
    }, query.trim() === '' ? 0 : 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [roundId, query]);
  const open = (sha256: string, unit: number) => {
    // The reader opens with this search shown and the hit's page in view.
    useViewer.getState().update(sha256, { query, searchOpen: true, page: unit, scrollTop: 0 });
    navigate({ name: 'document', sha256 });
  };
  return (
    <div className="page">
      <h1>Sök i omgångens dokument</h1>
      <form role="search" className="field" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="round-search">Sökord</label>
        <input id="round-search" type="search" value={query} maxLength={500} onChange={(event) => setQuery(event.target.value)} autoFocus />
        <span className="hint">Alla ord måste finnas. Stora och små bokstäver och accenter spelar ingen roll; delar av ord hittas också.</span>
      </form>
      {error && <p role="alert" className="notice error">{error}</p>}
      {result && query.trim() !== '' && (
        <p role="status">{result.total === 0 ? 'Inga träffar.' : `${result.total} träffar i ${result.documents.length} dokument.`}</p>
      )}
      {result?.documents.map((doc) => (
        <section key={doc.sha256} className="card round-search-document">
          <h2>
            {doc.contestantName} <span className="muted small">{doc.title}</span>
          </h2>
          <ol className="search-hits">
            {doc.hits.map((hit) => (
              <li key={hit.unit}>
                <button type="button" onClick={() => open(doc.sha256, hit.unit)}>
                  <span className="hit-unit">
                    {unitName(doc.unitKind, hit.unit)} <span className="muted">· {hit.count} {hit.count === 1 ? 'träff' : 'träffar'}</span>
                  </span>
                  <Snippet snippet={hit.snippet} />
                </button>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
