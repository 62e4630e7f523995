import type { Command } from 'commander';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { generateKeyPair } from '../../core/packages/keys';
import type { CliIo } from '../io';

export function registerKeygenCommand(program: Command, io: CliIo): void {
  program
    .command('keygen')
    .description('skapa ett Ed25519-nyckelpar för att signera kriteriepaket och omgångar')
    .requiredOption('--out <mapp>', 'mappen där private.pem och public.pem skrivs')
    .action((options: { out: string }) => {
      const privatePath = join(options.out, 'private.pem');
      const publicPath = join(options.out, 'public.pem');
      for (const path of [privatePath, publicPath]) {
        if (existsSync(path)) throw new AppError('key-exists', `${path} finns redan; en befintlig nyckel skrivs aldrig över. Välj en annan mapp.`);
      }
      const pair = generateKeyPair();
      mkdirSync(options.out, { recursive: true });
      writeFileSync(privatePath, pair.privatePem, { mode: 0o600, flag: 'wx' });
      writeFileSync(publicPath, pair.publicPem, { mode: 0o644, flag: 'wx' });
      io.out(`Nyckelpar skapat: ${privatePath} (hemlig – lämna den aldrig ut) och ${publicPath}.`);
      io.out(`Nyckel-id (fingeravtryck): ${pair.keyId}`);
    });
}
