import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * PDF.js fetches these at run time by fixed names (standard fonts, and the
 * JavaScript JPEG 2000 decoder it uses without WebAssembly): copy them next
 * to the renderer bundle as out/renderer/pdfjs/….
 */
function pdfjsAssets(): Plugin {
  const root = join(__dirname, 'node_modules/pdfjs-dist');
  return {
    name: 'examinator-pdfjs-assets',
    apply: 'build',
    generateBundle() {
      for (const file of readdirSync(join(root, 'standard_fonts'))) {
        this.emitFile({ type: 'asset', fileName: `pdfjs/standard_fonts/${file}`, source: readFileSync(join(root, 'standard_fonts', file)) });
      }
      const fallback = 'wasm/openjpeg_nowasm_fallback.js';
      this.emitFile({ type: 'asset', fileName: `pdfjs/${fallback}`, source: readFileSync(join(root, fallback)) });
    },
  };
}

/** Rolldown's note on slow plugins depends on the machine's load, not on anything a newcomer can change. */
const QUIET_CHECKS = { bundlerTimings: false };

// Main-side outputs (out/main/*.js, CommonJS): the Electron main process, the CLI
// and browser mode — all three over the same core.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // canonicalize is ESM-only: bundle it instead of require()-ing it at run time.
      externalizeDeps: { exclude: ['canonicalize'] },
      rollupOptions: {
        input: {
          main: resolve(__dirname, 'electron/shell/main.ts'),
          cli: resolve(__dirname, 'electron/cli/main.ts'),
          browser: resolve(__dirname, 'electron/browser/main.ts'),
          // Started as a worker thread by electron/core/documents/docx-text.ts, which finds it by this name.
          'docx-worker': resolve(__dirname, 'electron/core/documents/docx-worker.ts'),
        },
        checks: QUIET_CHECKS,
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot require() packages: bundle everything.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: {
          preload: resolve(__dirname, 'electron/shell/preload.ts'),
          'browser-bridge': resolve(__dirname, 'electron/browser/bridge-client.ts'),
        },
        checks: QUIET_CHECKS,
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), pdfjsAssets()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      sourcemap: false,
      rollupOptions: {
        input: resolve(__dirname, 'renderer/index.html'),
        // React and the other libraries change seldom: their own chunk keeps the app's under Vite's 500 kB
        // warning (PDF.js and its worker are already loaded only when a document is shown).
        output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules[\\/](?!pdfjs-dist)/ }] } },
        checks: QUIET_CHECKS,
      },
    },
  },
});
