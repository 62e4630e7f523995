import type { Command } from 'commander';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { appError } from '../../../shared/errors';
import { generateKeyPair } from '../../core';
import type { CliIo } from '../io';
import { checkOutputFile, prepareOutputFolder, writeOutputFile } from '../output-file';

export function registerKeygenCommand(program: Command, io: CliIo): void {
  program
    .command('keygen')
    .description('skapa ett Ed25519-nyckelpar för att signera kriteriepaket och omgångar')
    .requiredOption('--out <mapp>', 'mappen där private.pem och public.pem skrivs')
    .action((options: { out: string }) => {
      const privatePath = join(options.out, 'private.pem');
      const publicPath = join(options.out, 'public.pem');
      for (const path of [privatePath, publicPath]) {
        if (lstatSync(path, { throwIfNoEntry: false })?.isFile()) throw appError('key-exists', { path });
      }
      const pair = generateKeyPair();
      prepareOutputFolder(options.out, { create: true });
      for (const path of [privatePath, publicPath]) checkOutputFile(path);
      writeOutputFile(privatePath, Buffer.from(pair.privatePem), { mode: 0o600 });
      writeOutputFile(publicPath, Buffer.from(pair.publicPem));
      io.out(`Nyckelpar skapat: ${privatePath} (hemlig – lämna den aldrig ut) och ${publicPath}.`);
      io.out(`Nyckel-id (fingeravtryck): ${pair.keyId}`);
    });
}
