/**
 * The options every `examinator report …` command shares (round, output,
 * date, trust) and what follows from them, for the report commands and the
 * evaluation alike.
 */
import type { Command } from 'commander';
import { findFontsDir, loadReportFonts, type RenderedReport, type RenderOptions } from '../core';
import type { CliIo } from './io';
import { EXAMINER_KEYS_OPTION } from './examiner-keys';
import { TRUST_OPTION } from './input-files';
import { FORCE_OPTION, type OutputOptions } from './output-file';

export interface CommonOptions {
  readonly round: string;
  readonly out: string;
  readonly trust: string[];
  readonly examinerKeys?: string;
  readonly date?: string;
  readonly deterministic?: boolean;
  readonly json?: boolean;
  readonly force?: boolean;
}

/** The PDF may replace an existing file only with --force, and never one the report is made from. */
export function output(options: CommonOptions, inputs: readonly string[]): OutputOptions {
  return { force: options.force ?? false, inputs: [options.round, ...options.trust, ...inputs] };
}

/** Where the report's content comes from: the round bundle, first in the help. */
export function roundOption(command: Command, help = 'omgångsfilen (.kvomgang) som bedömningen hör till'): Command {
  return command.requiredOption('--round <fil.kvomgang>', help);
}

/** Where and how the PDF is written, and the keys to trust: last in the help. */
export function outputOptions(command: Command): Command {
  return command
    .requiredOption('--out <fil.pdf>', 'var rapporten (PDF, eller Word med --docx) sparas')
    .option('--date <ÅÅÅÅ-MM-DD>', 'rapportens datum (standard: i dag)')
    .option('--deterministic', 'samma underlag ger samma fil byte för byte (fast skapandedatum och id), för tester och arkiv')
    .option(...TRUST_OPTION)
    .option(...FORCE_OPTION)
    .option(...EXAMINER_KEYS_OPTION)
    .option('--json', 'skriv ut resultatet som JSON');
}

export function renderOptions(options: CommonOptions): RenderOptions {
  return { fonts: loadReportFonts(findFontsDir()), deterministic: options.deterministic ?? false };
}

/** Renders a report and says on stderr what its reader should know (characters no font has). */
export async function rendered(io: CliIo, render: (options: RenderOptions) => Promise<RenderedReport>, options: CommonOptions): Promise<RenderedReport> {
  const result = await render(renderOptions(options));
  for (const warning of result.warnings) io.err(`Varning: ${warning}`);
  return result;
}
