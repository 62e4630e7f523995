import type { Command } from 'commander';
import { formatNumber } from '../../../shared/format';
import { fingerprint } from '../../../shared/fingerprint';
import { allCriteria } from '../../../shared/formats/criteria-package';
import {
  buildCriteriaPackageFile, defaultResourcesDir, exampleKeyIds, MAX_PACKAGE_FILE_BYTES, MAX_PEM_BYTES, parseJsonBytes, readPrivateKeyPem,
  verifyCriteriaPackageBytes,
} from '../../core';
import { printJson, type CliIo } from '../io';
import { registerPackageOutputs } from './package-print';
import { checkOutputFile, FORCE_OPTION, writeOutputFile } from '../output-file';
import { commandLineTrust, describeSigner, explainUntrusted, readInputFile, signerJson, TRUST_OPTION } from '../input-files';

export function registerPackageCommands(program: Command, io: CliIo): void {
  const pkg = program.command('package').description('kriteriepaket (.kvpaket): bygga, signera och kontrollera');

  pkg
    .command('build')
    .description('validera en källfil och signera den till ett kriteriepaket')
    .argument('<källfil>', 'paketet som JSON utan signatur')
    .requiredOption('--key <private.pem>', 'den privata nyckeln att signera med')
    .requiredOption('--out <fil>', 'var det signerade paketet (.kvpaket) skrivs')
    .option(...FORCE_OPTION)
    .action((sourceFile: string, options: { key: string; out: string; force?: boolean }) => {
      const output = { force: options.force ?? false, inputs: [sourceFile, options.key] };
      checkOutputFile(options.out, output);
      const source = parseJsonBytes(readInputFile(sourceFile, MAX_PACKAGE_FILE_BYTES), `Källfilen ${sourceFile}`);
      const privateKey = readPrivateKeyPem(readInputFile(options.key, MAX_PEM_BYTES), options.key);
      const built = buildCriteriaPackageFile(source, privateKey);
      writeOutputFile(options.out, built.bytes, output);
      const example = exampleKeyIds(defaultResourcesDir()).has(built.keyId) ? ' – exempelnyckeln: övningsmaterial' : '';
      io.out(
        `Kriteriepaketet ${built.package.id} revision ${built.package.revision} är signerat ` +
          `(nyckel ${fingerprint(built.keyId)}${example}) och sparat i ${options.out}.`,
      );
    });

  pkg
    .command('verify')
    .description('kontrollera signatur och innehåll i ett kriteriepaket')
    .argument('<fil>', 'kriteriepaketet (.kvpaket)')
    .option(...TRUST_OPTION)
    .option('--json', 'skriv ut som JSON')
    .action((file: string, options: { trust: string[]; json?: boolean }) => {
      const bytes = readInputFile(file, MAX_PACKAGE_FILE_BYTES);
      let verified;
      try {
        verified = verifyCriteriaPackageBytes(bytes, commandLineTrust(options.trust));
      } catch (error) {
        explainUntrusted(error);
      }
      const p = verified.package;
      const criteria = allCriteria(p).length;
      if (options.json) {
        return printJson(io, {
          valid: true,
          file,
          sha256: verified.sha256,
          package: { id: p.id, revision: p.revision, title: p.title, year: p.year, areas: p.areas.length, criteria, totalPoints: p.totalPoints },
          signer: signerJson(verified.signer),
        });
      }
      io.out(`Giltigt kriteriepaket: ${p.title} (${p.id}, revision ${p.revision})`);
      io.out(`Signerat med: ${describeSigner(verified.signer)}`);
      io.out(`${p.areas.length} områden, ${criteria} kriterier, ${formatNumber(p.totalPoints)} poäng, ${p.classes.length} tävlingsklasser`);
    });

  registerPackageOutputs(pkg, io);
}
