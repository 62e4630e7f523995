import { useState } from 'react';
import { pickFiles } from '../../../api';
import { reportFailure } from '../../../app/notice-store';
import { nextYearRound } from './next-round';
import { useRoundSetup } from './round-draft-store';
import { openRoundFile } from '../requests';

/** "Utgå från förra årets omgång": a signed .kvomgang opened as next year's draft. */
export function OpenRoundFile() {
  const [keepContestants, setKeep] = useState(true);
  const [basedOn, setBasedOn] = useState<string | null>(null);
  const open = async () => {
    try {
      const [file] = await pickFiles(['kvomgang']);
      if (!file) return;
      const opened = await openRoundFile({ fileId: file.id });
      useRoundSetup.getState().startFrom(nextYearRound(opened.manifest, { keepContestants }));
      setBasedOn(`${opened.manifest.round.title} (${opened.manifest.round.id})`);
    } catch (error) {
      reportFailure(error);
    }
  };
  return (
    <div className="card start-from">
      <p>
        {basedOn
          ? `Utgår från ${basedOn}: år, id och sista dagar är flyttade ett år framåt. Välj kriteriepaket${keepContestants ? ' och de tävlandes nya verksamhetsbeskrivningar' : ''}.`
          : 'Utgå från förra årets omgångsfil: examinatorer och team följer med, år och sista dagar flyttas ett år framåt.'}
      </p>
      <div className="toolbar">
        <label className="check">
          <input type="checkbox" checked={keepContestants} onChange={(e) => setKeep(e.target.checked)} />
          Behåll de tävlande (utan dokument)
        </label>
        <button type="button" className="button small" onClick={() => void open()}>
          Öppna en omgångsfil…
        </button>
      </div>
    </div>
  );
}
