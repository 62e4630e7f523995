import type { Command } from 'commander';
import { formatDateTime } from '../../../shared/format';
import { callCore, DATA_DIR_OPTION, withCore } from '../data-dir';
import { printJson, type CliIo } from '../io';

export function registerBackupCommands(program: Command, io: CliIo): void {
  const backup = program.command('backup').description('säkerhetskopior av databasen');

  backup
    .command('list')
    .description('lista säkerhetskopiorna, nyaste först')
    .option(...DATA_DIR_OPTION)
    .option('--json', 'skriv ut som JSON')
    .action(async (options: { dataDir?: string; json?: boolean }) => {
      const { list, damaged } = await withCore(options.dataDir, async (core) => ({
        list: await callCore(core, 'backup:list', {}),
        damaged: core.context.store.damaged,
      }));
      if (damaged) io.err('Databasen är skadad och kan inte läsas; återställ en av kopiorna med "examinator backup restore <namn>".');
      if (options.json) return printJson(io, list);
      if (list.length === 0) return io.out('Inga säkerhetskopior finns ännu.');
      for (const item of list) io.out(`${item.name}  ${formatDateTime(item.createdAt)}  ${item.bytes} byte`);
    });

  backup
    .command('create')
    .description('ta en säkerhetskopia nu')
    .option(...DATA_DIR_OPTION)
    .action(async (options: { dataDir?: string }) => {
      const made = await withCore(options.dataDir, (core) => callCore(core, 'backup:create', {}));
      io.out(`Säkerhetskopia sparad: ${made.name}`);
    });

  backup
    .command('restore')
    .description('återställ databasen från en säkerhetskopia (nuvarande läge sparas först)')
    .argument('<namn>', 'säkerhetskopians filnamn, se "backup list"')
    .option(...DATA_DIR_OPTION)
    .action(async (name: string, options: { dataDir?: string }) => {
      const result = await withCore(options.dataDir, (core) => callCore(core, 'backup:restore', { name }));
      io.out(`Databasen är återställd från ${result.restored}.`);
      if (result.keptAside) io.out(`Den skadade databasen är sparad som ${result.keptAside} i datamappen; den raderas inte.`);
    });
}
