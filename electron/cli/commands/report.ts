import type { Command } from 'commander';
import { appError } from '../../../shared/errors';
import { aterforingDocx, aterforingJob, bedomningJob, type Candidate, classContestants, decisionFromFile, decisionsInFile, renderReport, sammanstallningJob } from '../../core';
import { printJson, type CliIo } from '../io';
import { checkOutputFile, writeOutputFile } from '../output-file';
import { assessmentFilesIn, loadRound, reportDate, sizeText, verifiedCandidates, type LoadedRound } from '../report-inputs';
import { output, outputOptions, rendered, roundOption, type CommonOptions } from '../report-options';
import { readDecision } from './decision';
import { finalDecision, produce, produceDocx, single } from './report-single';
import { registerBeslutReport } from './report-beslut';
import { registerPrizeReports } from './report-pris';
import { registerEvaluationCommand } from './report-utvardering';
import { registerCalibrationCommand } from './report-kalibrering';

export function registerReportCommands(program: Command, io: CliIo): void {
  const report = program
    .command('report')
    .description('rapporter som PDF: bedömning för domarkommittén, återföringsrapport, prisbedömning och återföring om ett pris, sammanställning per tävlingsklass, beslutsprotokoll och utvärdering av omgången');
  registerBeslutReport(report, io);

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
      .requiredOption('--assessment <fil.kvbedomning>', 'teamets bedömningsfil (konsensus eller efter platsbesök); poäng och namn visas som omgången säger (round.feedback)')
      .option('--docx', 'skriv ett redigerbart Word-dokument (.docx) i stället för PDF, med samma innehåll')
      .option('--decision <fil.kvbeslut>', 'domarkommitténs beslut från slutmötet: beslutet och motiveringen för enheten tas med'),
  ).action(async (options: CommonOptions & { assessment: string; docx?: boolean; decision?: string }) => {
      const { date, round, file } = await single(io, options);
      const decision = options.decision === undefined ? null : (decisionsInFile(finalDecision(options.decision, options, round)).get(file.contestant.id) ?? null);
      const described = aterforingJob(round.source, file, { reportDate: date, decision });
      if (!options.docx) return produce(io, options, described);
      await produceDocx(io, options, described.description, await aterforingDocx(described.job.model));
    });

  outputOptions(
    roundOption(
      report.command('sammanstallning').description('sammanställning av en tävlingsklass för domarkommittén: rangordning, poäng per kriterium och rekommendationer'),
      'omgångsfilen (.kvomgang) som bedömningarna hör till',
    )
      .requiredOption('--assessments <mapp>', 'mappen med teamens bedömningsfiler (.kvbedomning); den nyaste teamfilen per tävlande används')
      .requiredOption('--class <id>', 'tävlingsklassens id i kriteriepaketet, till exempel forskola')
      .option('--anonymous', 'dölj alla namn: de tävlandes, organisationernas och examinatorernas (koder A, B, C …)')
      .option('--meeting <first|final>', 'first: inför domarkommitténs första möte, bara konsensuspoäng före platsbesök och inga beslut; final: inför slutmötet, före och efter platsbesök', 'final')
      .option('--decision <fil.kvbeslut>', 'domarkommitténs signerade beslut från slutmötet, visat i en egen kolumn bredvid teamens förslag'),
  ).action(async (options: CommonOptions & { assessments: string; class: string; anonymous?: boolean; meeting: string; decision?: string }) => {
      const meeting = options.meeting;
      if (meeting !== 'first' && meeting !== 'final') throw appError('report-meeting-invalid', { meeting });
      if (meeting === 'first' && options.decision !== undefined) throw appError('report-decision-first-meeting');
      const date = reportDate(options.date);
      const inputs = output(options, [...assessmentFilesIn(options.assessments), ...(options.decision === undefined ? [] : [options.decision])]);
      checkOutputFile(options.out, inputs);
      const round = await loadRound(options.round, options.trust, io, options.examinerKeys);
      const decision = options.decision === undefined ? null : decisionFromFile(readDecision(options.decision, options.trust, round).file);
      if (options.decision !== undefined && decision === null) throw appError('report-decision-not-final');
      const competitionClass = classContestants(round.source, options.class);
      const candidates = teamCandidates(io, options.assessments, new Set(competitionClass.contestants.map((c) => c.id)), round);
      const made = sammanstallningJob(round.source, { classId: options.class, candidates, anonymous: options.anonymous ?? false, reportDate: date, meeting, decision });
      for (const label of made.missingLabels) io.err(`Saknas: ${label} – ingen teamfil (konsensus eller efter platsbesök) i mappen.`);
      if (made.included.length === 0) {
        throw appError('report-no-team-files', { count: competitionClass.contestants.length, title: competitionClass.title, folder: options.assessments });
      }
      const { name } = made.job;
      io.err(`Skapar rapport 1 av 1: ${name}`);
      const report = await rendered(io, (o) => renderReport(made.job, o), options);
      const path = writeOutputFile(options.out, report.bytes, inputs);
      if (options.json) {
        const missing = made.job.model.anonymous ? made.job.model.missing.map((m) => m.code) : made.missing.map((c) => c.id);
        return printJson(io, { path, pages: report.pages, bytes: report.bytes.length, meeting, decided: decision !== null, contestants: made.included.length, missing });
      }
      const gaps = made.missing.length > 0 ? `; ${made.missing.length} saknas` : '';
      io.out(`${name} är sparad i ${options.out} (${sizeText(report.pages, report.bytes.length)}): ${made.included.length} av ${competitionClass.contestants.length} tävlande${gaps}.`);
    });

  registerPrizeReports(report, io);
  registerEvaluationCommand(report, io);
  registerCalibrationCommand(report, io);
}

/** Every file in the folder verified (said on stderr, with the files the class does not use). */
function teamCandidates(io: CliIo, folder: string, inClass: ReadonlySet<string>, round: LoadedRound): Candidate[] {
  const candidates = verifiedCandidates(io, folder, round);
  const individual = candidates.filter((c) => c.file.stage === 'individual').length;
  if (individual > 0) io.err(`${individual} ${individual === 1 ? 'individuell bedömning används' : 'individuella bedömningar används'} inte i sammanställningen.`);
  const elsewhere = candidates.filter((c) => c.file.stage !== 'individual' && !inClass.has(c.file.contestant.id)).length;
  if (elsewhere > 0) io.err(`${elsewhere} ${elsewhere === 1 ? 'teamfil gäller en tävlande' : 'teamfiler gäller tävlande'} utanför klassen och används inte.`);
  return candidates;
}
