/**
 * `examinator key export`: the examiner's public signing key from a data
 * folder, as the .pem stadsledningskontoret registers in the round. Reads the
 * key only; never creates one (a new key would not be the one co-examiners know).
 */
import type { Command } from 'commander';
import { existsSync, lstatSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { appError } from '../../../shared/errors';
import { fingerprint } from '../../../shared/fingerprint';
import { defaultDataDir, fileSecretStore, keyIdOf, publicPemOf, readPrivateKeyPem, SIGNING_KEY_SECRET } from '../../core';
import { DATA_DIR_OPTION } from '../data-dir';
import { printJson, type CliIo } from '../io';

export function registerKeyCommands(program: Command, io: CliIo): void {
  const key = program.command('key').description('din egen signeringsnyckel för bedömningsfiler');
  key
    .command('export')
    .description('spara den publika delen av signeringsnyckeln i datamappen som .pem, för stadsledningskontoret att registrera i omgången')
    .option(...DATA_DIR_OPTION)
    .requiredOption('--out <fil.pem>', 'var den publika nyckeln sparas (skrivs aldrig över)')
    .option('--json', 'skriv ut resultatet som JSON')
    .action(async (options: { dataDir?: string; out: string; json?: boolean }) => {
      const dir = resolve(options.dataDir ?? defaultDataDir());
      const stored = await fileSecretStore(join(dir, 'secrets')).read(SIGNING_KEY_SECRET);
      if (!stored) {
        throw appError('signing-key-missing', { dir });
      }
      const privateKey = readPrivateKeyPem(stored, 'signeringsnyckeln');
      const out = resolve(options.out);
      if (existsSync(out) || isLink(out)) throw appError('out-exists', { out: options.out, canForce: false });
      writeFileSync(out, publicPemOf(privateKey), { mode: 0o644, flag: 'wx' });
      const keyId = keyIdOf(privateKey);
      if (options.json) return printJson(io, { path: out, keyId, fingerprint: fingerprint(keyId) });
      io.out(`Den publika nyckeln är sparad i ${options.out} (fingeravtryck ${fingerprint(keyId)}). Skicka den till stadsledningskontoret.`);
    });
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
