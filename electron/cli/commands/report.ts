import type { Command } from 'commander';
import { basename } from 'node:path';
import { STAGE_LABELS } from '../../../shared/contract/exchange';
import { AppError } from '../../../shared/errors';
import { buildAterforingModel, buildBedomningModel, buildSammanstallningModel, newestTeamFiles } from '../../core/reports/build';
import { findFontsDir, loadReportFonts } from '../../core/reports/fonts';
import type { BedomningModel } from '../../core/reports/model';
import { renderReport, type RenderedReport, type RenderOptions, type ReportJob } from '../../core/reports/render';
import { printJson, type CliIo } from '../io';
import { TRUST_OPTION } from '../input-files';
import { assessmentFilesIn, loadAssessment, loadRound, reportDate, sizeText, writeReport, type LoadedRound } from '../report-inputs';

interface CommonOptions {
  readonly round: string;
  readonly out: string;
  readonly trust: string[];
  readonly date?: string;
  readonly deterministic?: boolean;
  readonly json?: boolean;
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
    .option('--json', 'skriv ut resultatet som JSON');
}

function renderOptions(options: CommonOptions): RenderOptions {
  return { fonts: loadReportFonts(findFontsDir()), deterministic: options.deterministic ?? false };
}

async function produce(io: CliIo, options: CommonOptions, job: ReportJob, said: string): Promise<void> {
  const rendered: RenderedReport = await renderReport(job, renderOptions(options));
  const path = writeReport(options.out, rendered.bytes);
  if (options.json) return printJson(io, { path, pages: rendered.pages, bytes: rendered.bytes.length });
  io.out(`${said} är sparad i ${options.out} (${sizeText(rendered.pages, rendered.bytes.length)}).`);
}

/** One contestant's file: the date first (a usage error needs no files), then the round, then the file. */
async function single(io: CliIo, options: CommonOptions & { assessment: string }) {
  const date = reportDate(options.date);
  const round = await loadRound(options.round, options.trust, io);
  const read = loadAssessment(options.assessment, round);
  return { date, round, file: read.file };
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
      const { date, round, file } = await single(io, options);
      const model = buildBedomningModel({ ...round.source, assessment: file, reportDate: date });
      const basis = model.basis.author ? `${STAGE_LABELS.individual} av ${model.basis.author.name}` : STAGE_LABELS[file.stage];
      const job: ReportJob = { kind: 'bedomning', name: `Bedömning – ${model.contestant.name}`, model, appendix: options.appendix ?? false };
      await produce(io, options, job, `Bedömningen av ${model.contestant.name} (${basis})`);
    });

  outputOptions(
    roundOption(report.command('aterforing').description('återföringsrapporten till den tävlande enheten, från teamets bedömning'))
      .requiredOption('--assessment <fil.kvbedomning>', 'teamets bedömningsfil (konsensus eller efter platsbesök)')
      .option('--scores', 'visa poängen (bara om omgången ska ge poäng i återföringen)'),
  ).action(async (options: CommonOptions & { assessment: string; scores?: boolean }) => {
      const { date, round, file } = await single(io, options);
      const model = buildAterforingModel({ ...round.source, assessment: file, reportDate: date, scores: options.scores ?? false });
      const job: ReportJob = { kind: 'aterforing', name: `Återföringsrapport – ${model.contestant.name}`, model };
      await produce(io, options, job, `Återföringsrapporten till ${model.contestant.name}`);
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
      const round = await loadRound(options.round, options.trust, io);
      const { pkg } = round.source;
      const competitionClass = pkg.classes.find((k) => k.id === options.class);
      if (!competitionClass) {
        throw new AppError(
          'report-unknown-class',
          `Tävlingsklassen "${options.class}" finns inte i kriteriepaketet. Klasserna är: ${pkg.classes.map((k) => `${k.id} (${k.title})`).join(', ')}.`,
        );
      }
      const inClass = round.verified.manifest.contestants.filter((c) => c.class === competitionClass.id);
      if (inClass.length === 0) throw new AppError('report-empty-class', `Omgången har inga tävlande i klassen ${competitionClass.title} (${competitionClass.id}).`);

      const models = teamModels(io, round, options.assessments, new Set(inClass.map((c) => c.id)), date);
      const missing = inClass.filter((c) => !models.some((m) => m.contestant.id === c.id));
      for (const c of missing) io.err(`Saknas: ${c.name} (${c.id}) – ingen teamfil (konsensus eller efter platsbesök) i mappen.`);
      if (models.length === 0) {
        throw new AppError('report-no-team-files', `Ingen av de ${inClass.length} tävlande i klassen ${competitionClass.title} har en teamfil i mappen ${options.assessments}.`);
      }
      const model = buildSammanstallningModel({ ...round.source, classId: competitionClass.id, bedomningar: models, anonymous: options.anonymous ?? false, reportDate: date });
      const name = `Sammanställning – ${competitionClass.title}${model.anonymous ? ' (anonymiserad)' : ''}`;
      io.err(`Skapar rapport 1 av 1: ${name}`);
      const rendered = await renderReport({ kind: 'sammanstallning', name, model }, renderOptions(options));
      const path = writeReport(options.out, rendered.bytes);
      if (options.json) {
        return printJson(io, { path, pages: rendered.pages, bytes: rendered.bytes.length, contestants: models.length, missing: missing.map((c) => c.id) });
      }
      const gaps = missing.length > 0 ? `; ${missing.length} saknas` : '';
      io.out(`${name} är sparad i ${options.out} (${sizeText(rendered.pages, rendered.bytes.length)}): ${models.length} av ${inClass.length} tävlande${gaps}.`);
    });
}

/** Every file in the folder verified; per contestant of the class the team's newest file, as a bedömning model. */
function teamModels(io: CliIo, round: LoadedRound, folder: string, inClass: ReadonlySet<string>, date: string): BedomningModel[] {
  const paths = assessmentFilesIn(folder);
  const candidates = paths.map((path, i) => {
    io.err(`Läser bedömningsfil ${i + 1} av ${paths.length}: ${basename(path)}`);
    const read = loadAssessment(path, round);
    return { name: basename(path), file: read.file, contentSha256: read.contentSha256 };
  });
  const individual = candidates.filter((c) => c.file.stage === 'individual').length;
  if (individual > 0) io.err(`${individual} ${individual === 1 ? 'individuell bedömning används' : 'individuella bedömningar används'} inte i sammanställningen.`);
  const elsewhere = candidates.filter((c) => c.file.stage !== 'individual' && !inClass.has(c.file.contestant.id)).length;
  if (elsewhere > 0) io.err(`${elsewhere} ${elsewhere === 1 ? 'teamfil gäller en tävlande' : 'teamfiler gäller tävlande'} i andra klasser och används inte.`);
  const chosen = newestTeamFiles(candidates.filter((c) => inClass.has(c.file.contestant.id)));
  return round.verified.manifest.contestants
    .filter((c) => chosen.has(c.id))
    .map((c) => buildBedomningModel({ ...round.source, assessment: chosen.get(c.id)!.file, reportDate: date }));
}
