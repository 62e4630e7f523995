import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

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
        },
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
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      sourcemap: false,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
