import type { Command } from 'commander';
import {
  criteriaSheetBytes, findFontsDir, kriteriepaketJob, loadReportFonts, MAX_PACKAGE_FILE_BYTES, renderReport, type VerifiedPackage,
  verifyCriteriaPackageBytes,
} from '../../core';
import { printJson, type CliIo } from '../io';
import { commandLineTrust, explainUntrusted, readInputFile, TRUST_OPTION } from '../input-files';
import { checkOutputFile, FORCE_OPTION, writeOutputFile } from '../output-file';
import { reportDate, sizeText } from '../report-inputs';

function verified(file: string, trustFiles: string[]): VerifiedPackage {
  try {
    return verifyCriteriaPackageBytes(readInputFile(file, MAX_PACKAGE_FILE_BYTES), commandLineTrust(trustFiles));
  } catch (error) {
    explainUntrusted(error);
  }
}

/** `package print` (the package as a PDF) and `package sheet` (its criteria as the spreadsheet template). */
export function registerPackageOutputs(pkg: Command, io: CliIo): void {
  pkg
    .command('print')
    .description('kriteriepaketet som PDF för examinatorer och tävlande: områden, kriterier, frågor, skalor och poäng per tävlingsklass')
    .argument('<fil>', 'kriteriepaketet (.kvpaket)')
    .requiredOption('--out <fil.pdf>', 'var PDF:en sparas')
    .option('--date <ÅÅÅÅ-MM-DD>', 'utskriftsdatum (standard: i dag)')
    .option('--deterministic', 'samma paket ger samma fil byte för byte (fast skapandedatum och id)')
    .option(...TRUST_OPTION)
    .option(...FORCE_OPTION)
    .option('--json', 'skriv ut resultatet som JSON')
    .action(async (file: string, options: { out: string; date?: string; deterministic?: boolean; trust: string[]; force?: boolean; json?: boolean }) => {
      const date = reportDate(options.date);
      const output = { force: options.force ?? false, inputs: [file, ...options.trust] };
      checkOutputFile(options.out, output);
      const read = verified(file, options.trust);
      const { job, description } = kriteriepaketJob(read.package, { signerKeyId: read.signer.keyId, exampleMaterial: read.signer.example, reportDate: date });
      const rendered = await renderReport(job, { fonts: loadReportFonts(findFontsDir()), deterministic: options.deterministic ?? false });
      for (const warning of rendered.warnings) io.err(`Varning: ${warning}`);
      const path = writeOutputFile(options.out, rendered.bytes, output);
      if (options.json) return printJson(io, { path, pages: rendered.pages, bytes: rendered.bytes.length });
      io.out(`${description} är sparat som PDF i ${options.out} (${sizeText(rendered.pages, rendered.bytes.length)}).`);
    });

  pkg
    .command('sheet')
    .description('kriteriepaketets områden och kriterier som kalkylblad (.xlsx) enligt mallen, att ändra och importera i redigeraren')
    .argument('<fil>', 'kriteriepaketet (.kvpaket)')
    .requiredOption('--out <fil.xlsx>', 'var kalkylbladet sparas')
    .option(...TRUST_OPTION)
    .option(...FORCE_OPTION)
    .action(async (file: string, options: { out: string; trust: string[]; force?: boolean }) => {
      const output = { force: options.force ?? false, inputs: [file, ...options.trust] };
      checkOutputFile(options.out, output);
      const p = verified(file, options.trust).package;
      writeOutputFile(options.out, await criteriaSheetBytes(p), output);
      io.out(`${p.areas.length} områden och ${p.areas.reduce((n, a) => n + a.criteria.length, 0)} kriterier ur ${p.id} är sparade i ${options.out}.`);
    });
}
