import { useEffect } from 'react';
import type { ReportItem } from '../../../shared/contract/reports';
import { useScreenChrome } from '../../app/chrome-store';
import { BatchProgress } from './BatchProgress';
import { PdfPreview } from './PdfPreview';
import { createOne, createSelected, createWord, loadReports, refKey, selectAllAvailable, setOption, showPreview, toggleSelected, useReports } from './reports-store';
import { ScreenError } from '../../components/ScreenError';

const OPTION_LABELS = {
  appendix: 'Spårbarhetsbilaga i bedömningen (varje teamkommentars källor, belägg och ändringsloggar)',
  anonymous: 'Koder (A, B, C …) i stället för namn i sammanställningen och prisbedömningen',
} as const;

const MEETING_LABELS = {
  first: 'Inför domarkommitténs första möte: bara teamens konsensus, inga beslut',
  final: 'Inför slutmötet: före och efter platsbesök, med domarkommitténs beslut när det har kommit hit',
} as const;

/** Which edition of the sammanställning the jury gets. */
function MeetingChoice() {
  const meeting = useReports((s) => s.options.meeting);
  return (
    <fieldset className="report-meeting">
      <legend className="small">Sammanställningen</legend>
      {(Object.keys(MEETING_LABELS) as (keyof typeof MEETING_LABELS)[]).map((value) => (
        <label key={value} className="check">
          <input type="radio" name="report-meeting" value={value} checked={meeting === value} onChange={() => setOption('meeting', value)} />
          {MEETING_LABELS[value]}
        </label>
      ))}
    </fieldset>
  );
}

function Row({ item }: { item: ReportItem }) {
  const key = refKey(item.ref);
  const selected = useReports((s) => s.selected.includes(key));
  const previewing = useReports((s) => s.preview?.key === key);
  const busy = useReports((s) => s.batch?.current !== null && s.batch !== null);
  const available = item.unavailable === null;
  // Only the letters to the unit have a Word edition (stadsledningskontoret edits them before sending).
  const ref = item.ref;
  const wordFor = ref.kind === 'aterforing' ? { contestantId: ref.contestantId } : ref.kind === 'prisaterforing' ? { contestantId: ref.contestantId, prizeId: ref.prizeId } : null;
  return (
    <li className={`report-row${previewing ? ' current' : ''}${available ? '' : ' unavailable'}`}>
      <input type="checkbox" aria-label={`Välj ${item.title}`} checked={selected} disabled={!available || busy} onChange={() => toggleSelected(key)} />
      <div className="report-text">
        <strong>{item.title}</strong>
        <span className="small muted">{available ? `Av ${item.basis}` : item.unavailable}</span>
      </div>
      <div className="toolbar">
        <button type="button" className="button quiet small" disabled={!available} aria-label={`Förhandsgranska ${item.title}`} onClick={() => void showPreview(item)}>
          Förhandsgranska
        </button>
        <button type="button" className="button small" disabled={!available || busy} aria-label={`Skapa PDF: ${item.title}`} onClick={() => void createOne(item)}>
          Skapa PDF…
        </button>
        {wordFor !== null && (
          <button type="button" className="button quiet small" disabled={!available || busy} aria-label={`Skapa Word-dokument: ${item.title}`} onClick={() => void createWord(wordFor)}>
            Skapa Word…
          </button>
        )}
      </div>
    </li>
  );
}

/** Rapporter: the PDFs that can be made now, a preview of the first page, one at a time or a batch into a folder. */
export function ReportsScreen({ roundId }: { roundId: string }) {
  const catalog = useReports((s) => (s.catalog?.roundId === roundId ? s.catalog : null));
  const error = useReports((s) => s.error);
  const options = useReports((s) => s.options);
  const selected = useReports((s) => s.selected.length);
  const preview = useReports((s) => s.preview);
  useEffect(() => {
    void loadReports(roundId);
  }, [roundId]);
  useScreenChrome(
    [{ label: 'Tävlingsomgångar', route: { name: 'start' } }, { label: catalog?.roundTitle ?? 'Omgång', route: { name: 'round', roundId } }, { label: 'Rapporter' }],
    catalog?.exampleMaterial ?? false,
  );
  if (error) return <ScreenError message={error} back={{ label: 'Till omgången', route: { name: 'round', roundId } }} />;
  if (!catalog) return <p className="page muted">Läser vad som kan bli rapporter…</p>;
  const available = catalog.items.filter((i) => i.unavailable === null).length;
  const contestantItems = catalog.items.filter((i) => i.ref.kind === 'bedomning' || i.ref.kind === 'aterforing');
  const classItems = catalog.items.filter((i) => i.ref.kind === 'sammanstallning' || i.ref.kind === 'beslutsprotokoll');
  const prizeItems = catalog.items.filter((i) => i.ref.kind === 'prisbedomning' || i.ref.kind === 'prisaterforing');
  return (
    <div className="page reports-page">
      <div className="page-header">
        <div>
          <h1>Rapporter</h1>
          <p className="muted">
            {available === 0
              ? 'Inga rapporter kan göras ännu. Rapporterna görs av inlämnade bedömningar: din egen, och teamets när den är inlämnad eller har kommit hit.'
              : `${available} av ${catalog.items.length} rapporter kan göras nu. Privata anteckningar kommer aldrig med.`}
          </p>
        </div>
      </div>
      <div className="reports-layout">
        <div>
          <fieldset className="card report-options">
            <legend>Inställningar</legend>
            {(Object.keys(OPTION_LABELS) as (keyof typeof OPTION_LABELS)[]).map((name) => (
              <label key={name} className="check">
                <input type="checkbox" checked={options[name]} onChange={(event) => setOption(name, event.target.checked)} />
                {OPTION_LABELS[name]}
              </label>
            ))}
            <MeetingChoice />
          </fieldset>
          <section className="card" aria-labelledby="reports-contestants">
            <div className="section-header">
              <h2 id="reports-contestants">Per tävlande</h2>
              <span className="spacer" />
              <button type="button" className="button quiet small" disabled={available === 0} onClick={() => selectAllAvailable(selected === 0)}>
                {selected === 0 ? 'Välj alla som kan göras' : 'Avmarkera alla'}
              </button>
            </div>
            <ul className="report-list">
              {contestantItems.map((item) => (
                <Row key={refKey(item.ref)} item={item} />
              ))}
            </ul>
          </section>
          {prizeItems.length > 0 && (
            <section className="card" aria-labelledby="reports-prizes">
              <h2 id="reports-prizes">Per prisbidrag</h2>
              <p className="small muted">Priset bedöms i ord per aspekt, utan poäng: prisbedömningen är för domarkommittén, återföringen för den tävlande enheten.</p>
              <ul className="report-list">
                {prizeItems.map((item) => (
                  <Row key={refKey(item.ref)} item={item} />
                ))}
              </ul>
            </section>
          )}
          <section className="card" aria-labelledby="reports-classes">
            <h2 id="reports-classes">Per tävlingsklass</h2>
            <ul className="report-list">
              {classItems.map((item) => (
                <Row key={refKey(item.ref)} item={item} />
              ))}
            </ul>
          </section>
          <div className="toolbar">
            <button type="button" className="button primary" disabled={selected === 0} onClick={() => void createSelected()}>
              Skapa valda ({selected}) i en mapp…
            </button>
          </div>
          <BatchProgress />
        </div>
        <aside className="card report-preview" aria-labelledby="preview-title">
          <h2 id="preview-title">Förhandsvisning</h2>
          {!preview && <p className="muted small">Välj »Förhandsgranska« för att se första sidan.</p>}
          {preview && (
            <>
              <p className="small">
                <strong>{preview.title}</strong>
                {preview.data && ` · ${preview.data.pages} sidor`}
              </p>
              {preview.error && (
                <p className="notice error" role="alert">
                  {preview.error}
                </p>
              )}
              {!preview.data && !preview.error && (
                <p className="muted small" role="status">
                  Gör förhandsvisningen…
                </p>
              )}
              {preview.data && <PdfPreview base64={preview.data.base64} title={preview.title} />}
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
