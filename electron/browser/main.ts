/**
 * `npm run start:browser`: the real renderer in any browser, on 127.0.0.1,
 * talking to the same core as the Electron app.
 *   node out/main/browser.js [--data-dir DIR] [--port N] [--no-backup]
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core';
import { defaultDataDir, dataPaths } from '../core/paths';
import { defaultResourcesDir } from '../core/resources';
import { saveToFolder } from '../core/save-to-folder';
import { fileSecretStore } from '../core/secrets-file';
import { appVersion } from '../core/version';
import { startBrowserServer } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'no-backup': { type: 'boolean', default: false },
    },
  });
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const paths = dataPaths(dataDir);
  const core = createCore({
    holder: 'browser',
    dataDir,
    version: appVersion(),
    resourcesDir: defaultResourcesDir(),
    secrets: fileSecretStore(join(dataDir, 'secrets')),
    saveFile: saveToFolder(paths.exportDir),
    savesToExportDir: true,
    backupOnStart: !values['no-backup'],
  });
  const server = await startBrowserServer({
    core,
    rendererDir: join(__dirname, '../renderer'),
    bridgeScript: join(__dirname, '../preload/browser-bridge.js'),
    port: values.port ? Number(values.port) : 0,
  });
  // The first line is machine-read by the e2e tests: keep its shape.
  console.log(`Examinator (webbläsarläge): ${server.url}`);
  console.log(`Data: ${dataDir}`);
  console.log('Avsluta med Ctrl+C.');
  const stop = async () => {
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
