import { useEffect, useState } from 'react';
import type { PackageSummary } from '../../../../shared/contract/packages';
import { reportFailure } from '../../../app/notice-store';
import { OpenPackageFile } from './OpenPackageFile';
import { usePackageEditor } from './package-draft-store';
import { withoutBidiControls } from '../../../../shared/bidi';
import { getPackage, listPackages } from '../requests';

/** Start over, or from a package already on this computer (as its next revision). */
export function StartFrom() {
  const [packages, setPackages] = useState<readonly PackageSummary[]>([]);
  const [chosen, setChosen] = useState('');
  const basedOn = usePackageEditor((s) => s.basedOn);
  useEffect(() => {
    listPackages({}).then(setPackages, (error: unknown) => reportFailure(error));
  }, []);
  const open = async () => {
    try {
      usePackageEditor.getState().startFrom(await getPackage({ sha256: chosen }));
    } catch (error) {
      reportFailure(error);
    }
  };
  return (
    <div className="card start-from">
      <p>{basedOn ? `Utgår från ${basedOn} (revisionen är höjd med ett).` : 'Ett nytt paket.'}</p>
      <div className="toolbar">
        {packages.length > 0 && (
          <>
            <label htmlFor="start-from">Utgå från ett paket på datorn</label>
            <select id="start-from" value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">Välj paket</option>
              {packages.map((p) => (
                <option key={p.sha256} value={p.sha256}>
                  {withoutBidiControls(p.title)} (revision {p.revision})
                </option>
              ))}
            </select>
            <button type="button" className="button small" disabled={chosen === ''} onClick={() => void open()}>
              Öppna i redigeraren
            </button>
          </>
        )}
        <OpenPackageFile />
        <span className="spacer" />
        <button type="button" className="button quiet small" onClick={() => usePackageEditor.getState().startBlank()}>
          Börja om med ett tomt paket
        </button>
      </div>
    </div>
  );
}
