import { useEffect, useRef } from 'react';
import { closeBatch, useReports } from './reports-store';

/** How far a batch has come, then what was made (and what was refused, with why). */
export function BatchProgress() {
  const batch = useReports((s) => s.batch);
  const heading = useRef<HTMLHeadingElement>(null);
  const started = batch?.folder;
  // A batch that starts takes the focus (and the eye) to its progress.
  useEffect(() => {
    if (started) heading.current?.focus();
  }, [started]);
  if (!batch) return null;
  const running = batch.current !== null;
  return (
    <section className="card batch" aria-labelledby="batch-title">
      <h2 id="batch-title" tabIndex={-1} ref={heading}>{running ? 'Skapar rapporter…' : 'Rapporterna är klara'}</h2>
      <progress max={batch.total} value={batch.done} aria-label="Skapade rapporter" />
      <p role="status" className="small">
        {running ? `Skapar ${batch.done + 1} av ${batch.total}: ${batch.current}` : `${batch.made.length} av ${batch.total} sparade i ${batch.folder}.`}
      </p>
      {batch.made.length > 0 && (
        <ul className="small">
          {batch.made.map((made) => (
            <li key={made.path}>
              <bdi>{made.fileName}</bdi> ({made.pages} sidor)
            </li>
          ))}
        </ul>
      )}
      {batch.failed.map((failure) => (
        <p key={failure.title} className="notice error small">
          <bdi>{failure.title}</bdi>: {failure.message}
        </p>
      ))}
      {!running && (
        <button type="button" className="button small" onClick={closeBatch}>
          Stäng
        </button>
      )}
    </section>
  );
}
