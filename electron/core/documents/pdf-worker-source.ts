/**
 * The code of the PDF text worker (a node:worker_threads Worker).
 *
 * Why a worker: pdfjs-dist's legacy build installs core-js polyfills into the
 * realm that loads it, replacing JSON.stringify, JSON.parse and
 * Array.prototype.push (on Node 20, JSON.stringify of a 20 MB string goes from
 * 0.09 s to 13 s). Loaded in a worker, the core's own realm stays untouched,
 * a hostile PDF cannot block the core, and memory and time are capped.
 *
 * Why pdf.js is loaded patched: a compression bomb (a few MB of Flate or LZW
 * that inflate to gigabytes) fills ArrayBuffers, which the worker's heap cap
 * does not bound. Every pdf.js decoder (Flate, LZW, RunLength, ASCII85/Hex,
 * predictors, decryption) grows its output through DecodeStream.ensureBuffer;
 * one line added there counts the inflated bytes of the job being read and
 * stops a stream, or a document, that inflates beyond its bound. The patch is
 * checked when it is applied, so a pdf.js update that moves the method fails
 * every PDF (and the tests) instead of silently dropping the bound.
 *
 * Why a source string: the same worker must run from the TypeScript sources
 * (tests) and from the bundle (app, CLI) without a build step of its own; it
 * only drives pdfjs and returns raw text, everything else is typed code in
 * pdf-text.ts.
 */
export const PDF_WORKER_SOURCE = String.raw`
const { readFileSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
let library;

/** The job being read (one at a time, see below) and its inflated-bytes budget. */
let current = null;
const inflateLimit = () => {
  current.exceeded = true;
  return Object.assign(new Error('inflate limit'), { name: 'InflateLimit' });
};
/** Called before a stream moves its decoded bytes into a larger buffer: of size bytes, from one of had bytes. */
globalThis.__examinatorInflating = (size, had) => {
  if (!current) return;
  if (size > current.maxStreamBytes) throw inflateLimit();
  const kib = Math.ceil((size - had) / 1024);
  if (Atomics.add(current.counters, 1, kib) + kib > current.maxDocumentKib) throw inflateLimit();
};
const ALLOCATION = '    while (size < requested) {\n      size *= 2;\n    }\n    const buffer2 = new Uint8Array(size);\n';

/** pdf.js's worker module with the inflate bound in DecodeStream.ensureBuffer, loaded from memory. */
function patchedWorkerModule() {
  const source = readFileSync(new URL(workerData.pdfjsWorkerUrl), 'utf8');
  const at = source.indexOf(ALLOCATION);
  if (at === -1 || source.indexOf(ALLOCATION, at + 1) !== -1) throw new Error('pdf.js DecodeStream.ensureBuffer not found: the inflate bound cannot be applied');
  const hook = '    globalThis.__examinatorInflating(size, buffer.byteLength);\n';
  const patched = source.slice(0, at) + ALLOCATION.replace('    const buffer2', hook + '    const buffer2') + source.slice(at + ALLOCATION.length);
  return 'data:text/javascript;base64,' + Buffer.from(patched).toString('base64');
}
// Without DecompressionStream pdf.js inflates content streams with its own synchronous decoder; Node's web
// streams cost more per page than the inflating itself (about a quarter of the extraction time, measured).
delete globalThis.DecompressionStream;
// The legacy build's core-js replaces these with slow polyfills in this realm; pdf.js works with the natives (Node 20 has them right).
const native = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };
const load = () =>
  (library ??= (async () => {
    const pdfjs = await import(workerData.pdfjsUrl);
    // pdf.js would load its worker module (with its own copy of core-js) at the first document, after the
    // natives are restored; loaded here, as the in-thread worker pdf.js looks for, it is loaded before.
    globalThis.pdfjsWorker = await import(patchedWorkerModule());
    Array.prototype.push = native.push;
    JSON.stringify = native.stringify;
    JSON.parse = native.parse;
    return pdfjs;
  })());

async function hasScripts(doc) {
  const actions = await doc.getJSActions();
  return (!!actions && Object.keys(actions).length > 0) || (await doc.hasJSActions());
}

/**
 * This worker's share of the pages: it takes the next unread page from the counter the workers share until
 * none is left, so a slower core or a heavier page does not hold the others up. The first worker also reads
 * the document's facts.
 */
async function extract({ data, maxPages, readsFacts, counters, maxStreamBytes, maxDocumentKib }) {
  const pdfjs = await load();
  current = { counters: new Int32Array(counters), maxStreamBytes, maxDocumentKib, exceeded: false };
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
    // No standardFontDataUrl: text needs only a font's encoding and widths, which pdf.js has built in for the
    // standard 14; their glyph programs (loaded and parsed per document) matter only for drawing.
  });
  const doc = await task.promise;
  try {
    if (doc.numPages > maxPages) return { tooManyPages: doc.numPages };
    const metadata = readsFacts ? await doc.getMetadata().catch(() => null) : null;
    const counter = current.counters;
    // One page after the other: pdf.js works on one thread here, and interleaving pages only costs memory and cache.
    const pages = [];
    for (let index = Atomics.add(counter, 0, 1); index < doc.numPages; index = Atomics.add(counter, 0, 1)) {
      const page = await doc.getPage(index + 1);
      const content = await page.getTextContent();
      const actions = await page.getJSActions();
      page.cleanup();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push({ index, text, scripts: !!actions && Object.keys(actions).length > 0 });
    }
    return {
      numPages: doc.numPages,
      pages: pages.map(({ index, text }) => ({ index, text })),
      hasScripts: (readsFacts && (await hasScripts(doc))) || pages.some((page) => page.scripts),
      title: typeof metadata?.info?.Title === 'string' ? metadata.info.Title : '',
    };
  } finally {
    await task.destroy();
  }
}

// One job at a time, so the inflated bytes counted belong to the document being read. pdf.js may swallow the
// bound's error (a font that fails to load is replaced), so a job that hit it is refused whatever pdf.js made of it.
let queue = Promise.resolve();
parentPort.on('message', (job) => {
  queue = queue.then(() =>
    extract(job).then(
      (result) => {
        if (current?.exceeded) throw inflateLimit();
        parentPort.postMessage({ id: job.id, ok: true, result });
      },
    ).catch((error) => {
      const name = current?.exceeded ? 'InflateLimit' : String(error?.name ?? 'Error');
      parentPort.postMessage({ id: job.id, ok: false, name, message: String(error?.message ?? error) });
    }).finally(() => (current = null)),
  );
});
`;
