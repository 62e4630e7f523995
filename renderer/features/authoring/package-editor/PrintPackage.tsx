import { useState } from 'react';
import type { CriteriaPackageSource } from '../../../../shared/formats/criteria-package';
import { useNotices, reportFailure } from '../../../app/notice-store';
import { printPackage } from '../requests';

/** The package as it stands, as a PDF for examiners and contestants (marked as not yet signed). */
export function PrintPackage({ source }: { source: CriteriaPackageSource | null }) {
  const [busy, setBusy] = useState(false);
  const print = async () => {
    if (!source) return;
    setBusy(true);
    try {
      const saved = await printPackage({ source });
      if (saved) useNotices.getState().show('success', `Kriteriepaketet är sparat som PDF: ${saved.fileName} (${saved.pages} sidor).`);
    } catch (error) {
      reportFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button" disabled={!source || busy} onClick={() => void print()}>
      {busy ? 'Skapar PDF…' : 'Skriv ut som PDF…'}
    </button>
  );
}
