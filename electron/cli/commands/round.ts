import type { Command } from 'commander';
import { basename, join, resolve } from 'node:path';
import { AppError, appError } from '../../../shared/errors';
import { fingerprint } from '../../../shared/fingerprint';
import {
  buildRoundBundle, BUNDLE_LIMITS, commandLineKey, defaultResourcesDir, exampleKeyIds, keyIdOf, MAX_PACKAGE_FILE_BYTES, MAX_PEM_BYTES,
  parseJsonBytes, readPrivateKeyPem, readRoundBundle,
} from '../../core';
import { printJson, type CliIo } from '../io';
import { checkOutputFile, FORCE_OPTION, writeOutputFile } from '../output-file';
import { commandLineTrust, describeSigner, explainUntrusted, readInputFile, signerJson, TRUST_OPTION } from '../input-files';

export function registerRoundCommands(program: Command, io: CliIo): void {
  const round = program.command('round').description('tävlingsomgångar (.kvomgang): bygga, signera och kontrollera');

  round
    .command('build')
    .description('bygga och signera en omgångsfil av round.json utan kontrollsummor, ett kriteriepaket och dokumenten')
    .argument('<källfil>', 'round.json utan kontrollsummor, storlekar och signatur')
    .requiredOption('--criteria <fil.kvpaket>', 'det signerade kriteriepaketet')
    .requiredOption('--documents <mapp>', 'mappen med dokumenten (documents/<namn> i källfilen)')
    .requiredOption('--key <private.pem>', 'den privata nyckeln att signera med')
    .requiredOption('--out <fil>', 'var omgångsfilen (.kvomgang) skrivs')
    .option(...TRUST_OPTION)
    .option(...FORCE_OPTION)
    .action(async (sourceFile: string, options: { criteria: string; documents: string; key: string; out: string; trust: string[]; force?: boolean }) => {
      const inputs = [sourceFile, options.criteria, options.key, ...options.trust];
      checkOutputFile(options.out, { force: options.force ?? false, inputs });
      const source = parseJsonBytes(readInputFile(sourceFile, BUNDLE_LIMITS.manifestBytes), `Källfilen ${sourceFile}`);
      const privateKey = readPrivateKeyPem(readInputFile(options.key, MAX_PEM_BYTES), options.key);
      // The package may be signed with the same key as the round, without --trust.
      const own = commandLineKey(privateKey, options.key, defaultResourcesDir());
      const folder = resolve(options.documents);
      let built;
      try {
        built = await buildRoundBundle({
          source,
          packageBytes: readInputFile(options.criteria, MAX_PACKAGE_FILE_BYTES),
          loadDocument: async (path) => {
            const name = basename(path);
            try {
              inputs.push(join(folder, name));
              return readInputFile(join(folder, name), BUNDLE_LIMITS.documentBytes);
            } catch (error) {
              if (error instanceof AppError && error.code === 'file-missing') {
                throw appError('round-document-missing', { name, path, folder: options.documents });
              }
              throw error;
            }
          },
          privateKey,
          trust: commandLineTrust(options.trust, [own]),
        });
      } catch (error) {
        explainUntrusted(error);
      }
      writeOutputFile(options.out, built.bytes, { force: options.force ?? false, inputs });
      const example = exampleKeyIds(defaultResourcesDir()).has(keyIdOf(privateKey)) ? ' – exempelnyckeln: övningsmaterial' : '';
      io.out(
        `Omgången ${built.manifest.round.id} är signerad (nyckel ${fingerprint(built.keyId)}${example}) ` +
          `och sparad i ${options.out}: ${built.manifest.contestants.length} tävlande, ${built.manifest.teams.length} team.`,
      );
    });

  round
    .command('verify')
    .description('kontrollera en omgångsfil: signaturer, innehåll, dokument och jäv')
    .argument('<fil>', 'omgångsfilen (.kvomgang)')
    .option(...TRUST_OPTION)
    .option('--json', 'skriv ut som JSON')
    .action(async (file: string, options: { trust: string[]; json?: boolean }) => {
      const path = resolve(file);
      readInputFile(path, BUNDLE_LIMITS.fileBytes);
      let verified;
      try {
        verified = await readRoundBundle(path, commandLineTrust(options.trust));
      } catch (error) {
        explainUntrusted(error);
      }
      const { manifest, criteria } = verified;
      const documents = manifest.contestants.flatMap((c) => c.documents);
      if (options.json) {
        return printJson(io, {
          valid: true,
          file,
          sha256: verified.bundleSha256,
          example: verified.example,
          round: manifest.round,
          criteriaPackage: { ...manifest.criteriaPackage, title: criteria.package.title, signer: signerJson(criteria.signer) },
          contestants: manifest.contestants.length,
          examiners: manifest.examiners.length,
          teams: manifest.teams.length,
          documents: documents.map((d) => ({ path: d.path, bytes: d.bytes, sha256: d.sha256 })),
          signer: signerJson(verified.signer),
        });
      }
      io.out(`Giltig omgångsfil: ${manifest.round.title} (${manifest.round.id})`);
      io.out(`Signerad med: ${describeSigner(verified.signer)}`);
      io.out(`Kriteriepaket: ${criteria.package.title} (${criteria.package.id}, revision ${criteria.package.revision}), signerat med ${describeSigner(criteria.signer)}`);
      io.out(
        `${manifest.contestants.length} tävlande, ${manifest.examiners.length} examinatorer i ${manifest.teams.length} team, ` +
          `${documents.length} dokument; inget jäv`,
      );
      for (const prize of manifest.round.prizes ?? []) {
        const entrants = manifest.contestants.filter((c) => c.prizes?.includes(prize.id)).length;
        io.out(`Pris utan poäng: ${prize.title} (${prize.id}): ${prize.aspects.map((a) => a.title).join(', ')}; ${entrants} tävlande`);
      }
    });
}
