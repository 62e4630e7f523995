import type { Command } from 'commander';
import { callCore, DATA_DIR_OPTION, withCore } from '../data-dir';
import { printJson, type CliIo } from '../io';

export function registerInfoCommand(program: Command, io: CliIo): void {
  program
    .command('info')
    .description('visa version, datamapp och databasens schemaversion')
    .option(...DATA_DIR_OPTION)
    .option('--json', 'skriv ut som JSON')
    .action(async (options: { dataDir?: string; json?: boolean }) => {
      const info = await withCore(options.dataDir, (core) => callCore(core, 'app:info', {}));
      if (options.json) return printJson(io, info);
      io.out(`Examinator ${info.version}`);
      io.out(`Datamapp:      ${info.dataDir}`);
      io.out(`Databas:       ${info.databaseFile}`);
      io.out(`Schemaversion: ${info.schemaVersion}`);
    });
}
