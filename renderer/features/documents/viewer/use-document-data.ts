import { useEffect, useState } from 'react';
import type { DocxBlock } from '../../../../shared/contract/documents';
import { call, messageOf } from '../../../api';
import { loadPdf, type PDFDocumentProxy } from './pdfjs';
import type { PageSize } from './PdfPage';

export type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'pdf'; readonly pdf: PDFDocumentProxy; readonly sizes: readonly PageSize[] }
  | { readonly state: 'docx'; readonly blocks: readonly DocxBlock[] };

/** Fetches what the viewer draws: the PDF (through the contract, base64) or the DOCX's blocks. */
export function useDocumentData(sha256: string, format: 'pdf' | 'docx'): Loaded {
  const [loaded, setLoadedFor] = useState<{ sha256: string; value: Loaded } | null>(null);
  useEffect(() => {
    let cancelled = false;
    let pdf: PDFDocumentProxy | undefined;
    const setLoaded = (value: Loaded) => setLoadedFor({ sha256, value });
    (async () => {
      if (format === 'docx') {
        const blocks = await call('document:docx-blocks', { sha256 });
        if (!cancelled) setLoaded({ state: 'docx', blocks });
        return;
      }
      const { base64 } = await call('document:bytes', { sha256 });
      pdf = await loadPdf(base64);
      const sizes: PageSize[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const viewport = (await pdf.getPage(n)).getViewport({ scale: 1 });
        sizes.push({ width: viewport.width, height: viewport.height });
      }
      if (cancelled) return;
      setLoaded({ state: 'pdf', pdf, sizes });
    })().catch((error: unknown) => {
      if (!cancelled) setLoaded({ state: 'error', message: error instanceof Error && error.name === 'ApiError' ? messageOf(error) : 'Dokumentet kunde inte visas. Det kan vara skadat; försök öppna det igen.' });
    });
    return () => {
      cancelled = true;
      void pdf?.destroy();
    };
  }, [sha256, format]);
  return loaded?.sha256 === sha256 ? loaded.value : { state: 'loading' };
}
