import { join } from 'node:path';
import type { Handlers } from '../../../shared/contract';
import { checkBackup, createBackup, listBackups, replaceDatabaseFile, setDamagedAside } from '../db/backup';
import { SCHEMA_VERSION } from '../db/migrate';
import type { CoreContext } from '../context';
import { readSetting, writeSetting } from '../settings';
import { appError } from '../../../shared/errors';
import { WELCOME_DISMISSED } from '../rounds/import';

export function appHandlers(ctx: CoreContext) {
  const { store, paths } = ctx;
  return {
    'app:info': () => ({
      version: ctx.version,
      dataDir: paths.dataDir,
      databaseFile: paths.databaseFile,
      schemaVersion: SCHEMA_VERSION,
      exportDir: ctx.savesToExportDir ? ctx.paths.exportDir : null,
      // A damaged database has no settings to read; the recovery screen does not ask.
      firstStart: !store.damaged && readSetting(store.db, WELCOME_DISMISSED) === undefined,
      databaseDamaged: store.damaged,
    }),
    'app:dismiss-welcome': () => {
      writeSetting(store.db, WELCOME_DISMISSED, ctx.clock.now().toISOString());
    },
    'backup:list': () => listBackups(paths.backupDir),
    'backup:create': () => createBackup(store.db, paths.backupDir, ctx.clock),
    'backup:restore': async ({ name }) => {
      const source = join(paths.backupDir, name);
      if (!listBackups(paths.backupDir).some((b) => b.name === name)) {
        throw appError('backup-missing', { name });
      }
      // Refuse a bad file before touching anything (the safety copy below would rotate out an old backup).
      checkBackup(source);
      let keptAside: string | null = null;
      if (store.damaged) {
        // Nothing to copy with the backup API: the damaged file itself is kept instead.
        store.swap(() => {
          keptAside = setDamagedAside(paths.databaseFile, ctx.clock.now());
          replaceDatabaseFile(paths.databaseFile, source);
        });
      } else {
        // Keep the state being replaced, so a mistaken restore can itself be undone.
        await createBackup(store.db, paths.backupDir, ctx.clock);
        store.swap(() => replaceDatabaseFile(paths.databaseFile, source));
      }
      return { restored: name, keptAside };
    },
    'backup:start-empty': () => {
      if (!store.damaged) {
        throw appError('database-not-damaged');
      }
      let keptAside = '';
      store.swap(() => (keptAside = setDamagedAside(paths.databaseFile, ctx.clock.now())));
      return { keptAside };
    },
  } satisfies Partial<Handlers>;
}
