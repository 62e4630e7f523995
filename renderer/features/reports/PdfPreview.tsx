import { useEffect, useRef, useState } from 'react';

/** The first page of a PDF (PDF.js, loaded on first use), scaled to the panel's width. */
export function PdfPreview({ base64, title }: { base64: string; title: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const { loadPdf } = await import('../documents/viewer/pdfjs');
      const pdf = await loadPdf(base64);
      const page = await pdf.getPage(1);
      const target = canvas.current;
      if (cancelled || !target) return;
      const width = target.parentElement?.clientWidth ?? 420;
      const base = page.getViewport({ scale: 1 });
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (width / base.width) * ratio });
      target.width = viewport.width;
      target.height = viewport.height;
      target.style.width = `${viewport.width / ratio}px`;
      await page.render({ canvas: target, viewport }).promise;
      target.dataset.rendered = 'true';
      await pdf.destroy();
    })().catch(() => !cancelled && setError('Förhandsvisningen kunde inte visas.'));
    return () => {
      cancelled = true;
    };
  }, [base64]);
  if (error) return <p className="notice error">{error}</p>;
  return <canvas ref={canvas} className="pdf-preview" role="img" aria-label={`Första sidan av ${title}`} />;
}
