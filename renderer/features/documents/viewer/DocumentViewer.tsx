/**
 * The document viewer: a reusable component (the reader screen uses it whole;
 * the scoring workspace places it as the middle column of the examiner's desk).
 *
 * Props in, callbacks out: the caller passes the highlights (cited passages,
 * each with an id, criterion id and lost flag), decides where new evidence
 * goes (`onAddEvidence`), and asks for a jump with `jump` (bump `seq` to jump
 * to the same passage again). The viewer keeps its own place per document, so
 * a change of criterion around it never moves the page.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DocumentView } from '../../../../shared/contract/documents';
import { queryWords } from '../../../../shared/documents/text';
import type { CommentKind, EvidenceAnchor } from '../../../../shared/domain/assessment';
import { useNotices, reportFailure } from '../../../app/notice-store';
import { inTextField, isSearchShortcut } from '../../../app/shortcuts';
import { CoverageStrip } from './CoverageStrip';
import { DocxView } from './DocxView';
import { PdfPage } from './PdfPage';
import { SearchPanel } from './SearchPanel';
import { readSelection } from './selection';
import { scrollWithin } from './text-map';
import { SelectionMenu, type SelectionInfo } from './SelectionMenu';
import { Thumbnails } from './Thumbnails';
import { Toolbar } from './Toolbar';
import { useDocumentData } from './use-document-data';
import { measureUnitOnScreen } from './page-on-screen';
import { ViewerContext, unitOf, type ViewerContextValue, type ViewerHighlight } from './viewer-context';
import { nextZoom, requestDocumentSearch, useView, useViewer } from './viewer-store';
import { ViewerNotes } from './ViewerNotes';
import { anchorFor } from '../requests';

export type { ViewerHighlight };

export interface NewEvidence {
  readonly anchor: EvidenceAnchor;
  readonly kind: CommentKind;
}

export interface DocumentViewerProps {
  readonly document: DocumentView;
  readonly highlights?: readonly ViewerHighlight[];
  /** Criteria in focus, for the coverage strip's "criteria without evidence". */
  readonly criterionIds?: readonly string[];
  /** Offers "Lägg till som belägg" on a selection; without it, selecting text only selects. */
  readonly onAddEvidence?: (evidence: NewEvidence) => void | Promise<void>;
  /** Where evidence goes, shown in the menu (e.g. "till 2.3"). */
  readonly evidenceTarget?: string;
  readonly jump?: { readonly highlightId: string; readonly seq: number } | null;
}

const PAGE_GAP = 16;
const RENDER_AHEAD = 2;
const NO_HIGHLIGHTS: readonly ViewerHighlight[] = [];

export function DocumentViewer({ document: doc, highlights = NO_HIGHLIGHTS, criterionIds, onAddEvidence, evidenceTarget, jump }: DocumentViewerProps) {
  const view = useView(doc.sha256);
  const update = useViewer((s) => s.update);
  const loaded = useDocumentData(doc.sha256, doc.format);
  const scroller = useRef<HTMLDivElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  // The page on screen lives in the store (page-on-screen.ts): the page box, thumbnails, coverage strip and B all read it.
  const current = view.page;
  // Null until the viewer's width is known (the place is restored only then, at the zoom it will be shown at).
  const [fitScale, setFitScale] = useState<number | null>(null);
  const [selection, setSelection] = useState<SelectionInfo | null>(null);
  const [activeHit, setActiveHit] = useState<ViewerContextValue['activeHit']>(null);
  const count = doc.unitCount;
  const fitting = doc.format === 'pdf' && view.fitWidth;
  const scale = fitting ? (fitScale ?? 1) : view.scale;

  const scrollToUnit = useCallback((unit: number) => {
    const target = Math.min(count, Math.max(1, unit));
    const element = scroller.current?.querySelector(`[data-unit="${target}"]`);
    if (element) scrollWithin(element, scroller.current, 'start');
    return target;
  }, [count]);
  /** Measures which unit is on screen now and records it: after every scroll, jump and zoom. */
  const measure = useCallback(() => {
    const element = scroller.current;
    const unit = element ? measureUnitOnScreen(element) : null;
    if (unit !== null && unit !== useViewer.getState().views[doc.sha256]?.page) update(doc.sha256, { page: unit });
  }, [doc.sha256, update]);
  const goTo = useCallback((unit: number) => {
    scrollToUnit(unit);
    measure();
  }, [scrollToUnit, measure]);

  // Fit to width: follow the viewer's width.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || loaded.state !== 'pdf') return;
    const widest = Math.max(...loaded.sizes.map((s) => s.width));
    const fit = () => setFitScale(Math.max(0.25, (element.clientWidth - 2 * PAGE_GAP) / widest));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [loaded]);

  // Zooming keeps the same place in the document (declared first: the restore below runs after it).
  const lastScale = useRef(scale);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && lastScale.current !== scale) element.scrollTop *= scale / lastScale.current;
    lastScale.current = scale;
  }, [scale]);

  // Back to where this document was left (this session's scroll position, else the page kept across reloads).
  const restored = useRef<string | null>(null);
  const ready = loaded.state !== 'loading' && loaded.state !== 'error' && (!fitting || fitScale !== null);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !ready || restored.current === doc.sha256) return;
    restored.current = doc.sha256;
    const saved = useViewer.getState().views[doc.sha256];
    if (saved?.scrollTop) element.scrollTop = saved.scrollTop;
    else if (saved && saved.page > 1) scrollToUnit(saved.page);
    measure();
  }, [ready, doc.sha256, scrollToUnit, measure]);
  useLayoutEffect(() => {
    const element = scroller.current;
    return () => {
      if (element && restored.current === doc.sha256) update(doc.sha256, { scrollTop: element.scrollTop });
    };
  }, [doc.sha256, update]);

  // A jump request from the caller (an evidence chip): go to the passage and flash it.
  useEffect(() => {
    if (!jump) return;
    const target = highlights.find((h) => h.id === jump.highlightId);
    if (!target) return;
    if (target.lost) {
      useNotices.getState().show('info', `Belägget för ${target.criterionId} hittas inte längre i dokumentet.`);
      return;
    }
    scrollToUnit(unitOf(target.anchor));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new request jumps
  }, [jump?.highlightId, jump?.seq]);
  const flash = jump && highlights.some((h) => h.id === jump.highlightId && !h.lost) ? { id: jump.highlightId, seq: jump.seq } : null;

  // Opening the search keeps the reader's zoom: a fitted page stays the size it was (the panel takes room beside it).
  const openSearch = () => {
    const shown = useViewer.getState().views[doc.sha256];
    const keepFit = doc.format === 'pdf' && (shown?.fitWidth ?? true) && !shown?.searchOpen;
    update(doc.sha256, { searchOpen: true, ...(keepFit ? { fitWidth: false, scale, refitAfterSearch: true } : {}) });
    requestAnimationFrame(() => {
      searchInput.current?.focus();
      searchInput.current?.select();
    });
  };
  const closeSearch = () => update(doc.sha256, { searchOpen: false, ...(view.refitAfterSearch ? { fitWidth: true, refitAfterSearch: false } : {}) });

  // Ctrl+F anywhere on a screen with a viewer (or a request from a screen without one) opens the search.
  const searchRequested = useViewer((s) => s.searchRequested);
  useEffect(() => {
    // Once the page has its fitted size: that is the zoom the search keeps.
    if (!searchRequested || !ready) return;
    useViewer.setState({ searchRequested: false });
    openSearch();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one request, one opening
  }, [searchRequested, ready]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      requestDocumentSearch();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (inTextField(event.target)) return;
    const moves: Record<string, number> = { PageDown: current + 1, PageUp: current - 1, Home: 1, End: count };
    if (event.key in moves) {
      event.preventDefault();
      goTo(moves[event.key]!);
    }
  };

  const addEvidence = async (kind: CommentKind) => {
    if (!selection || !onAddEvidence) return;
    try {
      const anchor = await anchorFor({
        documentSha256: doc.sha256,
        unit: selection.unit,
        selectedText: selection.text,
        before: selection.before.slice(-1_000),
      });
      await onAddEvidence({ anchor, kind });
      window.getSelection()?.removeAllRanges();
      setSelection(null);
    } catch (error) {
      reportFailure(error);
    }
  };

  const flashKey = flash ? `${flash.id}:${flash.seq}` : '';
  const context = useMemo<ViewerContextValue>(() => {
    const byUnit = new Map<number, ViewerHighlight[]>();
    for (const h of highlights) byUnit.set(unitOf(h.anchor), [...(byUnit.get(unitOf(h.anchor)) ?? []), h]);
    return { searchWords: view.searchOpen ? queryWords(view.query) : [], highlightsByUnit: byUnit, flash, activeHit };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- flash is a new object each render; its key says when it changed
  }, [highlights, view.searchOpen, view.query, flashKey, activeHit]);

  const units = doc.units.map((u) => u.number);
  const citations = highlights.map((h) => ({ criterionId: h.criterionId, unit: h.lost ? null : unitOf(h.anchor) }));

  return (
    <ViewerContext.Provider value={context}>
      <div className={`document-viewer format-${doc.format}`} onKeyDown={onKeyDown}>
        <Toolbar
          unitKind={doc.unitKind}
          current={current}
          count={count}
          scale={scale}
          fitWidth={fitting}
          searchOpen={view.searchOpen}
          onGoTo={goTo}
          onZoom={(direction) => update(doc.sha256, { scale: nextZoom(scale, direction), fitWidth: false, refitAfterSearch: false })}
          onFitWidth={() => update(doc.sha256, { fitWidth: !view.fitWidth, scale, refitAfterSearch: false })}
          onToggleSearch={() => (view.searchOpen ? closeSearch() : openSearch())}
        />
        <ViewerNotes document={doc} highlights={highlights} />
        <div className={`viewer-body${view.searchOpen ? ' searching' : ''}`}>
          {loaded.state === 'pdf' && <Thumbnails pdf={loaded.pdf} units={doc.units} sizes={loaded.sizes} page={current} onSelect={goTo} />}
          <div
            ref={scroller}
            className="viewer-scroll"
            tabIndex={0}
            aria-label={`${doc.title}, ${doc.unitKind === 'page' ? 'sida' : 'stycke'} ${current} av ${count}`}
            onScroll={measure}
            onMouseUp={() => onAddEvidence && setSelection(scroller.current ? readSelection(scroller.current) : null)}
            onKeyUp={(event) => event.shiftKey && onAddEvidence && setSelection(scroller.current ? readSelection(scroller.current) : null)}
          >
            {loaded.state === 'loading' && <p className="viewer-status" role="status">Läser dokumentet…</p>}
            {loaded.state === 'error' && <p className="viewer-status error" role="alert">{loaded.message}</p>}
            {loaded.state === 'pdf' && (
              <div className="pdf-pages">
                {doc.units.map((unit, index) => (
                  <PdfPage
                    key={unit.number}
                    pdf={loaded.pdf}
                    number={unit.number}
                    size={loaded.sizes[index] ?? loaded.sizes[0]!}
                    scale={scale}
                    active={Math.abs(unit.number - current) <= RENDER_AHEAD}
                    hasText={unit.hasText}
                  />
                ))}
              </div>
            )}
            {loaded.state === 'docx' && <DocxView blocks={loaded.blocks} scale={scale} />}
            {selection && onAddEvidence && <SelectionMenu selection={selection} target={evidenceTarget} onAdd={addEvidence} />}
          </div>
          {view.searchOpen && (
            <SearchPanel
              sha256={doc.sha256}
              unitKind={doc.unitKind}
              query={view.query}
              inputRef={searchInput}
              onQueryChange={(query) => update(doc.sha256, { query })}
              onShowHit={(unit) => {
                goTo(unit);
                setActiveHit((previous) => ({ unit, seq: (previous?.seq ?? 0) + 1 }));
              }}
            />
          )}
        </div>
        <CoverageStrip unitKind={doc.unitKind} units={units} citations={citations} criterionIds={criterionIds} current={current} onGoTo={goTo} />
      </div>
    </ViewerContext.Provider>
  );
}
