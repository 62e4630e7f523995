import type { Command } from 'commander';
import { basename } from 'node:path';
import { appError } from '../../../shared/errors';
import type { Candidate } from '../../core/reports/build';
import { findFontsDir, loadReportFonts } from '../../core/reports/fonts';
import { aterforingJob, bedomningJob, classContestants, sammanstallningJob, type DescribedJob } from '../../core/reports/jobs';
import { renderReport, type RenderedReport, type RenderOptions, type ReportJob } from '../../core/reports/render';
import { printJson, type CliIo } from '../io';
import { checkOneKeyPerAuthor, EXAMINER_KEYS_OPTION } from '../examiner-keys';
import { TRUST_OPTION } from '../input-files';
import { checkOutputFile, FORCE_OPTION, writeOutputFile, type OutputOptions } from '../output-file';
import { assessmentFilesIn, loadAssessment, loadRound, reportDate, sizeText, type LoadedRound } from '../report-inputs';

interface CommonOptions {
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
function output(options: CommonOptions, inputs: readonly string[]): OutputOptions {
  return { force: options.force ?? false, inputs: [options.round, ...options.trust, ...inputs] };
}

/** Where the report's content comes from: the round bundle, first in the help. */
function roundOption(command: Command, help = 'omgångsfilen (.kvomgang) som bedömningen hör till'): Command {
  return command.requiredOption('--round <fil.kvomgang>', help);
}

/** Where and how the PDF is written, and the keys to trust: last in the help. */
function outputOptions(command: Command): Command {
  return command
    .requiredOption('--out <fil.pdf>', 'var rapporten (PDF) sparas')
    .option('--date <ÅÅÅÅ-MM-DD>', 'rapportens datum (standard: i dag)')
    .option('--deterministic', 'samma underlag ger samma fil byte för byte (fast skapandedatum och id), för tester och arkiv')
    .option(...TRUST_OPTION)
    .option(...FORCE_OPTION)
    .option(...EXAMINER_KEYS_OPTION)
    .option('--json', 'skriv ut resultatet som JSON');
}

function renderOptions(options: CommonOptions): RenderOptions {
  return { fonts: loadReportFonts(findFontsDir()), deterministic: options.deterministic ?? false };
}

/** Renders a report and says on stderr what its reader should know (characters no font has). */
async function rendered(io: CliIo, job: ReportJob, options: CommonOptions): Promise<RenderedReport> {
  const result = await renderReport(job, renderOptions(options));
  for (const warning of result.warnings) io.err(`Varning: ${warning}`);
  return result;
}

async function produce(io: CliIo, options: CommonOptions & { assessment: string }, { job, description }: DescribedJob): Promise<void> {
  const report = await rendered(io, job, options);
  const path = writeOutputFile(options.out, report.bytes, output(options, [options.assessment]));
  if (options.json) return printJson(io, { path, pages: report.pages, bytes: report.bytes.length });
  io.out(`${description} är sparad i ${options.out} (${sizeText(report.pages, report.bytes.length)}).`);
}

/** One contestant's file: the date first (a usage error needs no files), then the round, then the file. */
async function single(io: CliIo, options: CommonOptions & { assessment: string }) {
  const date = reportDate(options.date);
  checkOutputFile(options.out, output(options, [options.assessment]));
  const round = await loadRound(options.round, options.trust, io, options.examinerKeys);
  const read = loadAssessment(options.assessment, round);
  return { date, round, file: read.file, signed: { sha256: read.sha256, keyId: read.keyId } };
}

export function registerReportCommands(program: Command, io: CliIo): void {
  const report = program
    .command('report')
    .description('rapporter som PDF: bedömning för domarkommittén, återföringsrapport och sammanställning per tävlingsklass');

  outputOptions(
    roundOption(report.command('bedomning').description('bedömningen av en tävlande för domarkommittén, från teamets konsensus (eller en examinators egen bedömning)'))
      .requiredOption('--assessment <fil.kvbedomning>', 'bedömningsfilen: teamets konsensus, efter platsbesök eller en individuell bedömning')
      .option('--appendix', 'lägg till spårbarhetsbilagan (kommentarernas ursprung, citat och ändringsloggar)'),
  ).action(async (options: CommonOptions & { assessment: string; appendix?: boolean }) => {
      const { date, round, file, signed } = await single(io, options);
      await produce(io, options, bedomningJob(round.source, file, { reportDate: date, appendix: options.appendix ?? false, signed }));
    });

  outputOptions(
    roundOption(report.command('aterforing').description('återföringsrapporten till den tävlande enheten, från teamets bedömning'))
      .requiredOption('--assessment <fil.kvbedomning>', 'teamets bedömningsfil (konsensus eller efter platsbesök)')
      .option('--scores', 'visa poängen (bara om omgången ska ge poäng i återföringen)'),
  ).action(async (options: CommonOptions & { assessment: string; scores?: boolean }) => {
      const { date, round, file } = await single(io, options);
      await produce(io, options, aterforingJob(round.source, file, { reportDate: date, scores: options.scores ?? false }));
    });

  outputOptions(
    roundOption(
      report.command('sammanstallning').description('sammanställning av en tävlingsklass för domarkommittén: rangordning, poäng per kriterium och rekommendationer'),
      'omgångsfilen (.kvomgang) som bedömningarna hör till',
    )
      .requiredOption('--assessments <mapp>', 'mappen med teamens bedömningsfiler (.kvbedomning); den nyaste teamfilen per tävlande används')
      .requiredOption('--class <id>', 'tävlingsklassens id i kriteriepaketet, till exempel forskola')
      .option('--anonymous', 'dölj de tävlandes namn och organisationer (koder A, B, C …)'),
  ).action(async (options: CommonOptions & { assessments: string; class: string; anonymous?: boolean }) => {
      const date = reportDate(options.date);
      const inputs = output(options, assessmentFilesIn(options.assessments));
      checkOutputFile(options.out, inputs);
      const round = await loadRound(options.round, options.trust, io, options.examinerKeys);
      const competitionClass = classContestants(round.source, options.class);
      const candidates = teamCandidates(io, options.assessments, new Set(competitionClass.contestants.map((c) => c.id)), round);
      const made = sammanstallningJob(round.source, { classId: options.class, candidates, anonymous: options.anonymous ?? false, reportDate: date });
      for (const c of made.missing) io.err(`Saknas: ${c.name} (${c.id}) – ingen teamfil (konsensus eller efter platsbesök) i mappen.`);
      if (made.included.length === 0) {
        throw appError('report-no-team-files', { count: competitionClass.contestants.length, title: competitionClass.title, folder: options.assessments });
      }
      const { name } = made.job;
      io.err(`Skapar rapport 1 av 1: ${name}`);
      const report = await rendered(io, made.job, options);
      const path = writeOutputFile(options.out, report.bytes, inputs);
      if (options.json) {
        return printJson(io, { path, pages: report.pages, bytes: report.bytes.length, contestants: made.included.length, missing: made.missing.map((c) => c.id) });
      }
      const gaps = made.missing.length > 0 ? `; ${made.missing.length} saknas` : '';
      io.out(`${name} är sparad i ${options.out} (${sizeText(report.pages, report.bytes.length)}): ${made.included.length} av ${competitionClass.contestants.length} tävlande${gaps}.`);
    });
}

/** Every file in the folder verified (said on stderr, with the files the class does not use). */
function teamCandidates(io: CliIo, folder: string, inClass: ReadonlySet<string>, round: LoadedRound): Candidate[] {
  const paths = assessmentFilesIn(folder);
  const candidates = paths.map((path, i) => {
    io.err(`Läser bedömningsfil ${i + 1} av ${paths.length}: ${basename(path)}`);
    const read = loadAssessment(path, round);
    return { name: basename(path), file: read.file, contentSha256: read.contentSha256, keyId: read.keyId, signed: { sha256: read.sha256, keyId: read.keyId } };
  });
  checkOneKeyPerAuthor(candidates, round.signers);
  const individual = candidates.filter((c) => c.file.stage === 'individual').length;
  if (individual > 0) io.err(`${individual} ${individual === 1 ? 'individuell bedömning används' : 'individuella bedömningar används'} inte i sammanställningen.`);
  const elsewhere = candidates.filter((c) => c.file.stage !== 'individual' && !inClass.has(c.file.contestant.id)).length;
  if (elsewhere > 0) io.err(`${elsewhere} ${elsewhere === 1 ? 'teamfil gäller en tävlande' : 'teamfiler gäller tävlande'} i andra klasser och används inte.`);
  return candidates;
}
