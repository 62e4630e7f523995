/**
 * Documents benchmark (issue 4):
 *   - import + index of a 40-page text PDF, against `pdftotext` on the same
 *     file in the same run (targets: ≤ 2× pdftotext and ≤ 1 s);
 *   - search latency over a round's documents (target: median ≤ 20 ms).
 * Shape: `run(): Promise<BenchResult[]>` for the shared bench runner; also
 * runnable alone: `npx tsx test/bench/documents.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { standaloneCore } from '../helpers/standalone-core';
import { openDatabase, closeDatabase } from '../../electron/core/db/open';
import { prepareDocument, storeDocument, type PreparedDocument } from '../../electron/core/documents/ingest';

export interface BenchResult {
  what: string;
  samplesMs: number[];
  referenceMs?: number[];
  reference?: string;
  target: string;
  pass: boolean;
}

const RUNS = 7;
const fixtures = join(__dirname, '../fixtures/documents');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

const WORDS =
  'verksamheten följer upp målen varje månad och analyserar resultaten tillsammans med medarbetarna ' +
  'synpunkter och klagomål tas emot på flera sätt och leder till förbättringar i det dagliga arbetet ' +
  'stockholmarnas behov står i centrum när vi planerar arbetssätt resurser och kompetensutveckling ' +
  'kvalitetsgarantier kommuniceras öppet och goda exempel sprids inom förvaltningen och till andra enheter';

/** A deterministic 40-page text PDF (pdfkit, Helvetica), ~380 words a page. */
function fortyPagePdf(): Promise<Buffer> {
  const words = WORDS.split(' ');
  const doc = new PDFDocument({ autoFirstPage: false, size: 'A4', margin: 56, info: { CreationDate: new Date('2026-01-30T10:00:00Z') } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let page = 1; page <= 40; page++) {
    doc.addPage().font('Helvetica-Bold').fontSize(14).text(`${page}. Avsnitt ${page}`, { paragraphGap: 8 });
    doc.font('Helvetica').fontSize(10.5);
    for (let paragraph = 0; paragraph < 5; paragraph++) {
      const text = Array.from({ length: 76 }, (_, i) => words[(page * 31 + paragraph * 17 + i * 7) % words.length]).join(' ');
      doc.text(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`, { paragraphGap: 6, lineGap: 2, align: 'justify' });
    }
  }
  doc.end();
  return done;
}

async function importAndIndex(bytes: Buffer): Promise<number> {
  const db = openDatabase(':memory:');
  try {
    const started = performance.now();
    const prepared = await prepareDocument(bytes, 'bench.pdf');
    db.transaction(() => storeDocument(db, prepared, '2026-09-01T08:00:00.000Z'))();
    return performance.now() - started;
  } finally {
    closeDatabase(db);
  }
}

function pdftotext(file: string): number | null {
  const started = performance.now();
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
  return result.status === 0 ? performance.now() - started : null;
}

async function importBench(dir: string): Promise<BenchResult> {
  const bytes = await fortyPagePdf();
  const file = join(dir, 'fyrtio-sidor.pdf');
  writeFileSync(file, bytes);
  await importAndIndex(bytes); // warm: the worker and pdfjs are loaded once per process
  const samplesMs: number[] = [];
  const referenceMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    samplesMs.push(await importAndIndex(bytes));
    const reference = pdftotext(file);
    if (reference !== null) referenceMs.push(reference);
  }
  const ratio = referenceMs.length > 0 ? median(samplesMs) / median(referenceMs) : Number.POSITIVE_INFINITY;
  return {
    what: `import + index, 40-page text PDF (${(ratio).toFixed(1)}× pdftotext)`,
    samplesMs,
    ...(referenceMs.length > 0 ? { referenceMs, reference: 'pdftotext (poppler), same file, same run' } : {}),
    target: '≤ 2× pdftotext and ≤ 1 000 ms (median)',
    pass: ratio <= 2 && median(samplesMs) <= 1_000,
  };
}

const QUERIES = ['klagomål', 'KVALITET', 'mål', 'förbättringsarbete', 'stockholmarnas fokus', 'uppföljning analys', 'oversikt', 'sjuksköterskor', 'goda exempel', 'heltid'];

async function searchBench(dir: string): Promise<BenchResult> {
  const core = standaloneCore(join(dir, 'data'));
  try {
    const db = core.context.store.db;
    const files = ['lindgarden.pdf', 'forskolan-solrosen.pdf', 'lindgarden.docx', 'forskolan-solrosen.docx'];
    const documents: PreparedDocument[] = [];
    for (const name of files) documents.push(await prepareDocument(readFileSync(join(fixtures, name)), name));
    db.transaction(() => {
      db.exec(`
        INSERT INTO criteria_packages VALUES ('${'c'.repeat(64)}', 'ku', 1, 'KU', 2026, 'k', 1, x'00', '2026-06-01');
        INSERT INTO rounds VALUES ('bench', 'Bänkomgång', 2026, '${'c'.repeat(64)}', '2026-09-15', '2026-09-30', '2026-10-15', '2026-11-15', 'k', 1, x'00', '${'b'.repeat(64)}', '2026-06-01');
        INSERT INTO examiners VALUES ('bench', 'e1', 'E', 'e@example.se', 'Org', 0);
        INSERT INTO teams VALUES ('bench', 't1', 'e1', 0);`);
      documents.forEach((doc, index) => {
        storeDocument(db, doc, '2026-09-01T08:00:00.000Z');
        db.prepare("INSERT INTO contestants VALUES ('bench', ?, ?, 'Org', 'k', 't1', ?)").run(`c${index}`, `Tävlande ${index}`, index);
        db.prepare("INSERT INTO contestant_documents VALUES ('bench', ?, 0, ?, ?, ?, ?, ?)").run(`c${index}`, `documents/${doc.fileName}`, doc.fileName, doc.mediaType, doc.sha256, doc.bytes.length);
      });
    })();
    const samplesMs: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const query of QUERIES) {
        const started = performance.now();
        const result = await core.dispatch('document:search-round', { roundId: 'bench', query });
        samplesMs.push(performance.now() - started);
        if (!result.ok) throw new Error(result.error.message);
      }
    }
    return {
      what: `search over a round's documents (4 documents, ${QUERIES.length} queries × 10; p95 ${percentile(samplesMs, 95).toFixed(1)} ms)`,
      samplesMs,
      target: 'median ≤ 20 ms',
      pass: median(samplesMs) <= 20,
    };
  } finally {
    await core.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'examinator-bench-documents-'));
  try {
    return [await importBench(dir), await searchBench(dir)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('documents.bench.ts')) {
  run().then(
    (results) => {
      for (const r of results) {
        const ref = r.referenceMs ? `, reference median ${median(r.referenceMs).toFixed(0)} ms` : '';
        console.log(`${r.pass ? 'PASS' : 'MISS'}  ${r.what}: median ${median(r.samplesMs).toFixed(1)} ms${ref} (target ${r.target})`);
      }
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
