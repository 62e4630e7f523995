/**
 * `examinator reference sign`: stadsledningskontoret makes a training round's
 * reference assessment — from a reference source it wrote
 * (format "examinator.reference-source") or from a team's signed consensus
 * file — signed with the key it signs the round with, for the package the
 * round uses. `round build --references` then checks it against the round.
 */
import type { Command } from 'commander';
import { join } from 'node:path';
import { fingerprint } from '../../../shared/fingerprint';
import { parseRoundSource } from '../../../shared/formats/round';
import { AppError } from '../../../shared/errors';
import {
  BUNDLE_LIMITS, commandLineKey, defaultResourcesDir, MAX_PACKAGE_FILE_BYTES, MAX_PEM_BYTES, MAX_REFERENCE_BYTES, ovningReferenceSources, parseJsonBytes, readPrivateKeyPem,
  signReference, verifyCriteriaPackageBytes,
} from '../../core';
import { printJson, type CliIo } from '../io';
import { checkOutputFile, FORCE_OPTION, prepareOutputFolder, writeOutputFile } from '../output-file';
import { commandLineTrust, explainUntrusted, readInputFile, TRUST_OPTION } from '../input-files';

interface SignOptions {
  readonly criteria: string;
  readonly key: string;
  readonly out: string;
  readonly trust: string[];
  readonly force?: boolean;
  readonly json?: boolean;
}

export function registerReferenceCommands(program: Command, io: CliIo): void {
  const reference = program.command('reference').description('referensbedömningar (facit) för övningsomgångar');
  reference
    .command('sign')
    .description('signera en referensbedömning: av en referenskälla eller ett teams konsensusfil, med omgångens nyckel')
    .argument('<källfil>', 'referenskällan (JSON, format "examinator.reference-source") eller en konsensusbedömning (.kvbedomning)')
    .requiredOption('--criteria <fil.kvpaket>', 'kriteriepaketet som omgången använder')
    .requiredOption('--key <private.pem>', 'den privata nyckeln som omgången signeras med')
    .requiredOption('--out <fil.kvbedomning>', 'var referensbedömningen skrivs')
    .option(...TRUST_OPTION)
    .option(...FORCE_OPTION)
    .option('--json', 'skriv ut resultatet som JSON')
    .action((sourceFile: string, options: SignOptions) => {
      const inputs = [sourceFile, options.criteria, options.key, ...options.trust];
      checkOutputFile(options.out, { force: options.force ?? false, inputs });
      const bytes = readInputFile(sourceFile, Math.max(MAX_REFERENCE_BYTES, BUNDLE_LIMITS.manifestBytes));
      const json = parseJsonBytes(bytes, `Källfilen ${sourceFile}`);
      const privateKey = readPrivateKeyPem(readInputFile(options.key, MAX_PEM_BYTES), options.key);
      const own = commandLineKey(privateKey, options.key, defaultResourcesDir());
      let criteria;
      try {
        criteria = verifyCriteriaPackageBytes(readInputFile(options.criteria, MAX_PACKAGE_FILE_BYTES), commandLineTrust(options.trust, [own]));
      } catch (error) {
        explainUntrusted(error);
      }
      const signed = signReference(json, bytes, criteria, privateKey);
      const path = writeOutputFile(options.out, signed.bytes, { force: options.force ?? false, inputs });
      const { file } = signed;
      if (options.json) {
        return printJson(io, { path, sha256: signed.sha256, keyId: signed.keyId, round: file.round.id, contestant: file.contestant.id, criteria: file.criteria.length });
      }
      io.out(
        `Referensbedömningen av ${file.contestant.id} i omgången ${file.round.id} är signerad (nyckel ${fingerprint(signed.keyId)}) och sparad i ${options.out}: ` +
          `${file.criteria.length} kriterier. Lägg den i omgångens training.references och bygg omgången med --references.`,
      );
    });

  reference
    .command('ovning')
    .description('skriva referenskällor för övningsomgången ur demoteamets konsensus, med belägg ur dokumenten (för npm run build:ovning)')
    .argument('<källfil>', 'övningsomgångens round.json utan kontrollsummor')
    .requiredOption('--criteria <fil.kvpaket>', 'kriteriepaketet som omgången använder')
    .requiredOption('--documents <mapp>', 'mappen med dokumenten (documents/<namn> i källfilen)')
    .requiredOption('--out <mapp>', 'mappen där referenskällorna (<tävlande>.json) skrivs')
    .option(...TRUST_OPTION)
    .option(...FORCE_OPTION)
    .action(async (sourceFile: string, options: { criteria: string; documents: string; out: string; trust: string[]; force?: boolean }) => {
      const parsed = parseRoundSource(parseJsonBytes(readInputFile(sourceFile, BUNDLE_LIMITS.manifestBytes), `Källfilen ${sourceFile}`));
      if (!parsed.ok) throw new AppError(parsed.code, parsed.message);
      let criteria;
      try {
        criteria = verifyCriteriaPackageBytes(readInputFile(options.criteria, MAX_PACKAGE_FILE_BYTES), commandLineTrust(options.trust));
      } catch (error) {
        explainUntrusted(error);
      }
      const folder = prepareOutputFolder(options.out, { create: true });
      const sources = await ovningReferenceSources({ round: parsed.value, pkg: criteria.package, documentsDir: options.documents, now: new Date() });
      for (const source of sources) {
        writeOutputFile(join(folder, `${source.contestant.id}.json`), Buffer.from(`${JSON.stringify(source, null, 2)}\n`), { force: options.force ?? false, inputs: [sourceFile] });
      }
      io.out(`${sources.length} referenskällor skrivna i ${options.out}: ${sources.map((s) => s.contestant.id).join(', ')}.`);
    });
}
