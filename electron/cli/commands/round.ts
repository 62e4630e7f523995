import type { Command } from 'commander';
import { basename, join, resolve } from 'node:path';
import { AppError, appError } from '../../../shared/errors';
import { fingerprint } from '../../../shared/fingerprint';
import {
  buildRoundBundle, BUNDLE_LIMITS, commandLineKey, defaultResourcesDir, exampleKeyIds, keyIdOf, MAX_PACKAGE_FILE_BYTES, MAX_PEM_BYTES,
  MAX_REFERENCE_BYTES, parseJsonBytes, readPrivateKeyPem, readRoundBundle,
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
    .option('--references <mapp>', 'en övningsomgång: mappen med referensbedömningarna (reference/<namn> i källfilens training.references)')
    .option(...TRUST_OPTION)
    .option(...FORCE_OPTION)
    .action(async (sourceFile: string, options: { criteria: string; documents: string; key: string; out: string; references?: string; trust: string[]; force?: boolean }) => {
      const inputs = [sourceFile, options.criteria, options.key, ...options.trust];
      checkOutputFile(options.out, { force: options.force ?? false, inputs });
      const source = parseJsonBytes(readInputFile(sourceFile, BUNDLE_LIMITS.manifestBytes), `Källfilen ${sourceFile}`);
      const privateKey = readPrivateKeyPem(readInputFile(options.key, MAX_PEM_BYTES), options.key);
      // The package may be signed with the same key as the round, without --trust.
      const own = commandLineKey(privateKey, options.key, defaultResourcesDir());
      let built;
      try {
        built = await buildRoundBundle({
          source,
          packageBytes: readInputFile(options.criteria, MAX_PACKAGE_FILE_BYTES),
          loadDocument: fromFolder(options.documents, inputs, BUNDLE_LIMITS.documentBytes, 'round-document-missing'),
          ...(options.references !== undefined && { loadReference: fromFolder(options.references, inputs, MAX_REFERENCE_BYTES, 'reference-missing') }),
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
          `och sparad i ${options.out}: ${built.manifest.contestants.length} tävlande, ${built.manifest.teams.length} team` +
          `${built.manifest.training ? `, ${built.manifest.training.references.length} referensbedömningar` : ''}.`,
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
          references: verified.references.map((r) => ({ contestant: r.contestantId, path: r.path, sha256: r.sha256 })),
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
      if (verified.references.length > 0) io.out(`Övningsomgång: ${verified.references.length} referensbedömningar, signerade med omgångens nyckel`);
      for (const prize of manifest.round.prizes ?? []) {
        const entrants = manifest.contestants.filter((c) => c.prizes?.includes(prize.id)).length;
        io.out(`Pris utan poäng: ${prize.title} (${prize.id}): ${prize.aspects.map((a) => a.title).join(', ')}; ${entrants} tävlande`);
      }
    });
}

/** A loader for `<folder>/<name>` of a path "documents/<name>" or "reference/<name>"; a missing file is named with the source's path. */
function fromFolder(folder: string, inputs: string[], maxBytes: number, missing: 'round-document-missing' | 'reference-missing') {
  const root = resolve(folder);
  return async (path: string) => {
    const name = basename(path);
    try {
      inputs.push(join(root, name));
      return readInputFile(join(root, name), maxBytes);
    } catch (error) {
      if (error instanceof AppError && error.code === 'file-missing') throw appError(missing, { name, path, folder });
      throw error;
    }
  };
}
