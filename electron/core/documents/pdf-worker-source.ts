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
const load = () => (library ??= import(workerData.pdfjsUrl));

async function hasScripts(doc) {
  const actions = await doc.getJSActions();
  return (!!actions && Object.keys(actions).length > 0) || (await doc.hasJSActions());
}

async function extract({ data, maxPages }) {
  const pdfjs = await load();
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
    standardFontDataUrl: workerData.standardFontDataUrl,
  });
  const doc = await task.promise;
  try {
    if (doc.numPages > maxPages) return { tooManyPages: doc.numPages };
    const metadata = await doc.getMetadata().catch(() => null);
    const pages = await Promise.all(
      Array.from({ length: doc.numPages }, async (_, index) => {
        const page = await doc.getPage(index + 1);
        const content = await page.getTextContent();
        const actions = await page.getJSActions();
        page.cleanup();
        const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
        return { text, scripts: !!actions && Object.keys(actions).length > 0 };
      }),
    );
    return {
      pages: pages.map((page) => page.text),
      hasScripts: (await hasScripts(doc)) || pages.some((page) => page.scripts),
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
