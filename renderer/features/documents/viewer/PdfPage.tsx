import { TextLayer, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import { memo, useEffect, useRef, useState, type CSSProperties } from 'react';
import { UnitOverlays } from './UnitOverlays';

export interface PageSize {
  readonly width: number;
  readonly height: number;
}

interface Props {
  readonly pdf: PDFDocumentProxy;
  readonly number: number;
  readonly size: PageSize;
  readonly scale: number;
  /** Near the viewport: render canvas and text layer; far away: free the canvas. */
  readonly active: boolean;
  readonly hasText: boolean;
}

/** One page: a crisp canvas (device pixels), PDF.js's text layer for selection, and the overlays. */
export const PdfPage = memo(function PdfPage({ pdf, number, size, scale, active, hasText }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [layer, setLayer] = useState<HTMLDivElement | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const target = canvas.current;
    if (!target || !layer) return;
    if (!active) {
      target.width = 0;
      target.height = 0;
      return;
    }
    let cancelled = false;
    let task: RenderTask | undefined;
    let textLayer: TextLayer | undefined;
    (async () => {
      const page = await pdf.getPage(number);
      if (cancelled) return;
      const viewport = page.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      target.width = Math.floor(viewport.width * ratio);
      target.height = Math.floor(viewport.height * ratio);
      task = page.render({ canvas: target, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      const drawn = task.promise.catch(() => undefined); // cancelled when the page scrolls away or the zoom changes
      const content = await page.getTextContent();
      if (cancelled) return;
      layer.replaceChildren();
      textLayer = new TextLayer({ textContentSource: content, container: layer, viewport });
      await textLayer.render();
      if (!cancelled) setVersion((v) => v + 1);
      await drawn;
    })().catch((error: unknown) => {
      if (!cancelled) console.error(error);
    });
    return () => {
      cancelled = true;
      task?.cancel();
      textLayer?.cancel();
    };
  }, [pdf, number, scale, active, layer]);

  const style = { width: size.width * scale, height: size.height * scale, '--total-scale-factor': scale } as CSSProperties;
  return (
    <section className="pdf-page" data-unit={number} style={style} aria-label={`Sida ${number}`}>
      <canvas ref={canvas} className="pdf-canvas" aria-hidden="true" />
      <div ref={setLayer} className="textLayer" />
      <UnitOverlays unit={number} textRoot={layer} version={version} />
      {!hasText && (
        <p className="page-flag" role="note">
          <span aria-hidden="true">⚠ </span>Sidan saknar text — sök fungerar inte här
        </p>
      )}
    </section>
  );
});
