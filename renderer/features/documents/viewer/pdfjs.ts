/**
 * PDF.js in the renderer: its worker is a separate file bundled by vite
 * (worker-src 'self'), eval is off, and WebAssembly is off — the CSP has no
 * 'wasm-unsafe-eval', so PDF.js uses its JavaScript decoders (JPEG 2000 via
 * its no-wasm fallback module, JBIG2 and CCITT built in); ICC colour profiles
 * fall back to the PDF's alternate colour space. The fallback module and the
 * standard fonts are copied next to the bundle (see electron.vite.config.ts).
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

const assets = new URL('./pdfjs/', document.baseURI).href;

export type { PDFDocumentProxy };

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function loadPdf(base64: string): Promise<PDFDocumentProxy> {
  return getDocument({
    data: bytesOf(base64),
    isEvalSupported: false,
    enableXfa: false,
    useWasm: false,
    wasmUrl: `${assets}wasm/`,
    standardFontDataUrl: `${assets}standard_fonts/`,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
}
