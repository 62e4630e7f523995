import { useLayoutEffect, useRef, useState } from 'react';
import { findQuote } from '../../../../shared/documents/anchors';
import { findMatches, foldText } from '../../../../shared/documents/text';
import { domRange, rectsOf, scrollWithin, textMap, type Rect } from './text-map';
import { useViewerContext, type ViewerHighlight } from './viewer-context';

interface Drawn {
  readonly search: Rect[];
  readonly evidence: { highlight: ViewerHighlight; rects: Rect[] }[];
}

/**
 * Search hits and cited passages drawn over one page (or paragraph): found in
 * the rendered text with the shared matcher, so they are the ones the core
 * counted. A passage not found in the rendered text keeps a margin mark.
 */
export function UnitOverlays({ unit, textRoot, version }: { unit: number; textRoot: HTMLElement | null; version: number }) {
  const { searchWords, highlightsByUnit, flash, activeHit } = useViewerContext();
  const highlights = highlightsByUnit.get(unit);
  const layer = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<Drawn>({ search: [], evidence: [] });

  useLayoutEffect(() => {
    const container = layer.current?.parentElement;
    if (!textRoot || !container || (searchWords.length === 0 && !highlights?.length)) {
      setDrawn({ search: [], evidence: [] });
      return;
    }
    const map = textMap(textRoot);
    const toRects = (start: number, end: number) => {
      const range = domRange(map, start, end);
      return range ? rectsOf(range, container) : [];
    };
    const search = searchWords.length > 0 ? findMatches(map.text, searchWords).flatMap(([s, e]) => toRects(s, e)) : [];
    const folded = highlights?.length ? foldText(map.text, true) : null;
    const evidence = (highlights ?? [])
      .filter((h) => !h.lost && h.anchor.quote)
      .map((highlight) => {
        const range = findQuote(folded!, { quote: highlight.anchor.quote!, prefix: highlight.anchor.prefix, suffix: highlight.anchor.suffix }, { partial: true });
        return { highlight, rects: range ? toRects(range[0], range[1]) : [] };
      });
    setDrawn({ search, evidence });
  }, [textRoot, version, searchWords, highlights]);

  // Jumping to a passage or a hit: the page is already at the top; its first rectangle is brought into view
  // without leaving that page (centring could show more of the page before it — then that would be the page on screen).
  const handled = useRef('');
  useLayoutEffect(() => {
    const ownsFlash = flash && drawn.evidence.some((e) => e.highlight.id === flash.id);
    const request = ownsFlash ? `flash:${flash.id}:${flash.seq}` : activeHit?.unit === unit ? `hit:${activeHit.seq}` : '';
    if (request === '' || request === handled.current) return;
    const target = ownsFlash
      ? layer.current?.querySelector(`[data-highlight="${CSS.escape(flash.id)}"]`)
      : layer.current?.querySelector('.hl-search');
    if (!target) return;
    handled.current = request;
    scrollWithin(target, target.closest('.viewer-scroll'), 'nearest');
  }, [flash, activeHit, drawn, unit]);

  return (
    <div ref={layer} className="unit-overlays" aria-hidden="true">
      {drawn.search.map((rect, index) => (
        <div key={`s${index}`} className="hl-search" style={rect} />
      ))}
      {drawn.evidence.map(({ highlight, rects }) => {
        const flashing = flash?.id === highlight.id;
        const first = rects[0];
        return (
          <div key={`${highlight.id}-${flashing ? flash.seq : 0}`} className={`hl-evidence ${highlight.kind ?? ''}${flashing ? ' flash' : ''}`}>
            {rects.map((rect, index) => (
              <div key={index} className="hl-box" data-highlight={index === 0 ? highlight.id : undefined} style={rect} />
            ))}
            <span
              className={`hl-label${first ? '' : ' approximate'}`}
              data-highlight={first ? undefined : highlight.id}
              style={{ top: first?.top ?? 4 }} title={first ? undefined : 'Passagen hittades inte i sidans textlager'}>
              {highlight.criterionId}
            </span>
          </div>
        );
      })}
    </div>
  );
}
