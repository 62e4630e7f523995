import { useId, useState } from 'react';
import { fingerprint } from '../../../shared/fingerprint';
import { useAssessmentImport } from './import-store';

/**
 * A file signed with another key than the one pinned for its author: both
 * fingerprints side by side, and acceptance only after the user confirms that
 * they checked the new one with the author.
 */
export function KeyChangeStep() {
  const { reviewing, acceptKey, backToPreview, busy } = useAssessmentImport();
  const [checked, setChecked] = useState(false);
  const checkId = useId();
  if (!reviewing?.header || !reviewing.key?.pinnedKeyId) return null;
  const name = reviewing.header.examinerName;
  return (
    <>
      <h2 id="import-title">Ny nyckel för <bdi>{name}</bdi></h2>
      <p id="import-intro">
        "<bdi>{reviewing.fileName}</bdi>" är signerad med en annan nyckel än den som sparades när du först tog emot en fil från <bdi>{name}</bdi>.
        Det kan betyda att <bdi>{name}</bdi> har fått en ny dator – eller att någon annan har gjort filen. Ring eller träffa <bdi>{name}</bdi> och
        jämför fingeravtrycket innan du godtar nyckeln.
      </p>
      <dl className="key-compare">
        <dt>Sparad nyckel för <bdi>{name}</bdi></dt>
        <dd className="fingerprint mono">{fingerprint(reviewing.key.pinnedKeyId)}</dd>
        <dt>Nyckeln i filen</dt>
        <dd className="fingerprint mono">{fingerprint(reviewing.key.keyId)}</dd>
      </dl>
      <p className="check">
        <input id={checkId} type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
        <label htmlFor={checkId}>Jag har jämfört fingeravtrycket med <bdi>{name}</bdi>, och det stämmer.</label>
      </p>
      <div className="toolbar modal-actions">
        <button type="button" className="button primary" disabled={!checked || busy} onClick={() => void acceptKey()}>
          Godta den nya nyckeln
        </button>
        <button type="button" className="button" onClick={backToPreview}>
          Tillbaka utan att godta
        </button>
      </div>
    </>
  );
}
