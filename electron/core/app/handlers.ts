import { join } from 'node:path';
import type { Handlers } from '../../../shared/contract';
import { checkBackup, createBackup, listBackups, replaceDatabaseFile } from '../db/backup';
import { SCHEMA_VERSION } from '../db/migrate';
import type { CoreContext } from '../context';
import { readSetting, writeSetting } from '../settings';
import { AppError } from '../../../shared/errors';
import { WELCOME_DISMISSED } from '../rounds/import';

export function appHandlers(ctx: CoreContext) {
  return {
    'app:info': () => ({
      version: ctx.version,
      dataDir: ctx.paths.dataDir,
      databaseFile: ctx.paths.databaseFile,
      schemaVersion: SCHEMA_VERSION,
      exportDir: ctx.savesToExportDir ? ctx.paths.exportDir : null,
      firstStart: readSetting(ctx.store.db, WELCOME_DISMISSED) === undefined,
    }),
    'app:dismiss-welcome': () => {
      writeSetting(ctx.store.db, WELCOME_DISMISSED, ctx.clock.now().toISOString());
    },
    'backup:list': () => listBackups(ctx.paths.backupDir),
    'backup:create': () => createBackup(ctx.store.db, ctx.paths.backupDir, ctx.clock),
    'backup:restore': async ({ name }) => {
      const source = join(ctx.paths.backupDir, name);
      if (!listBackups(ctx.paths.backupDir).some((b) => b.name === name)) {
        throw new AppError('backup-missing', `Säkerhetskopian ${name} finns inte längre.`);
      }
      // Refuse a bad file before touching anything (the safety copy below would rotate out an old backup).
      checkBackup(source);
      // Keep the state being replaced, so a mistaken restore can itself be undone.
      await createBackup(ctx.store.db, ctx.paths.backupDir, ctx.clock);
      ctx.store.swap(() => replaceDatabaseFile(ctx.paths.databaseFile, source));
      return { restored: name };
    },
  } satisfies Partial<Handlers>;
}
