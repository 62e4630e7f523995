/**
 * The code of the PDF text worker (a node:worker_threads Worker).
 *
 * Why a worker: pdfjs-dist's legacy build installs core-js polyfills into the
 * realm that loads it, replacing JSON.stringify, JSON.parse and
 * Array.prototype.push (on Node 20, JSON.stringify of a 20 MB string goes from
 * 0.09 s to 13 s). Loaded in a worker, the core's own realm stays untouched,
 * a hostile PDF cannot block the core, and memory and time are capped.
 *
 * Why a source string: the same worker must run from the TypeScript sources
 * (tests) and from the bundle (app, CLI) without a build step of its own; it
 * only drives pdfjs and returns raw text, everything else is typed code in
 * pdf-text.ts.
 */
export const PDF_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
let library;
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
    globalThis.pdfjsWorker = await import(workerData.pdfjsWorkerUrl);
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
async function extract({ data, maxPages, readsFacts, nextPage }) {
  const pdfjs = await load();
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
    const counter = new Int32Array(nextPage);
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

parentPort.on('message', (job) => {
  extract(job).then(
    (result) => parentPort.postMessage({ id: job.id, ok: true, result }),
    (error) => parentPort.postMessage({ id: job.id, ok: false, name: String(error?.name ?? 'Error'), message: String(error?.message ?? error) }),
  );
});
`;
