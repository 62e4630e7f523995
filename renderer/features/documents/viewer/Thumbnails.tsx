import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { memo, useEffect, useRef, useState } from 'react';
import type { DocumentUnitInfo } from '../../../../shared/contract/documents';
import type { PageSize } from './PdfPage';
import { scrollWithin } from './text-map';

const THUMB_WIDTH = 112;

const Thumbnail = memo(function Thumbnail(props: {
  pdf: PDFDocumentProxy;
  unit: DocumentUnitInfo;
  size: PageSize;
  current: boolean;
  root: HTMLElement | null;
  onSelect: (page: number) => void;
}) {
  const { pdf, unit, size, current, root, onSelect } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const [visible, setVisible] = useState(false);
  const scale = THUMB_WIDTH / size.width;

  useEffect(() => {
    const target = canvas.current;
    if (!target || !root) return;
    const observer = new IntersectionObserver(([entry]) => entry?.isIntersecting && setVisible(true), { root, rootMargin: '200px' });
    observer.observe(target);
    return () => observer.disconnect();
  }, [root]);

  useEffect(() => {
    const target = canvas.current;
    if (!visible || !target) return;
    let task: RenderTask | undefined;
    let cancelled = false;
    void pdf.getPage(unit.number).then((page) => {
      if (cancelled) return;
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * ratio });
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      task = page.render({ canvas: target, viewport });
      task.promise.catch(() => undefined);
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [visible, pdf, unit.number, scale]);

  return (
    <li>
      <button
        type="button"
        className={`thumbnail${current ? ' current' : ''}`}
        aria-current={current ? 'page' : undefined}
        aria-label={`Sida ${unit.number}${unit.hasText ? '' : ', saknar text'}`}
        onClick={() => onSelect(unit.number)}
      >
        <canvas ref={canvas} style={{ width: THUMB_WIDTH, height: size.height * scale }} aria-hidden="true" />
        <span className="thumbnail-label">
          {unit.number}
          {!unit.hasText && <span title="Sidan saknar text — sök fungerar inte här"> ⚠</span>}
        </span>
      </button>
    </li>
  );
});

/** Page thumbnails, rendered lazily as they scroll into view. */
export function Thumbnails(props: {
  pdf: PDFDocumentProxy;
  units: readonly DocumentUnitInfo[];
  sizes: readonly PageSize[];
  page: number;
  onSelect: (page: number) => void;
}) {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const current = root?.querySelector('[aria-current="page"]');
    if (current) scrollWithin(current, root, 'nearest');
  }, [root, props.page]);
  return (
    <nav ref={setRoot} className="thumbnails" aria-label="Sidor">
      <ol>
        {props.units.map((unit, index) => (
          <Thumbnail
            key={unit.number}
            pdf={props.pdf}
            unit={unit}
            size={props.sizes[index] ?? props.sizes[0]!}
            current={unit.number === props.page}
            root={root}
            onSelect={props.onSelect}
          />
        ))}
      </ol>
    </nav>
  );
}
