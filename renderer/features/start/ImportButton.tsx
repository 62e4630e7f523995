import { useState } from 'react';
import { pickFiles } from '../../api';
import { importFiles } from '../../app/import-files';
import { reportFailure } from '../../app/notice-store';

export function ImportButton() {
  const [busy, setBusy] = useState(false);
  const choose = async () => {
    setBusy(true);
    try {
      const files = await pickFiles(['kvomgang', 'kvpaket', 'kvbedomning', 'kvbeslut'], true);
      if (files.length > 0) await importFiles(files);
    } catch (error) {
      reportFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="import-action">
      <button type="button" className="button primary" onClick={() => void choose()} disabled={busy} aria-describedby="import-hint">
        {busy ? 'Importerar…' : 'Importera fil…'}
      </button>
      <p id="import-hint" className="hint muted">
        eller dra och släpp en fil i fönstret
      </p>
    </div>
  );
}
