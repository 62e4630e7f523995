/**
 * `examinator report kalibrering`: a training round's calibration. With
 * `--assessment` one trainee's kalibreringsrapport (their submitted individual
 * file beside the round's reference); with `--assessments` the overview for
 * stadsledningskontoret over every individual file in a folder (the newest
 * revision per examiner and contestant; team files are left out). Files are
 * verified as the other reports verify them.
 */
import type { Command } from 'commander';
import { basename } from 'node:path';
import type { CalibrationComparison } from '../../../shared/contract/calibration';
import { calibrationOverview, CALIBRATION_TITLE, compareFile, OVERVIEW_TITLE, renderCalibration, renderCalibrationOverview, type TrainingRound } from '../../core';
import { printJson, UsageError, type CliIo } from '../io';
import { checkOutputFile, writeOutputFile } from '../output-file';
import { loadAssessment, loadRound, reportDate, sizeText, verifiedCandidates, type LoadedRound } from '../report-inputs';
import { output, outputOptions, rendered, roundOption, type CommonOptions } from '../report-options';

interface CalibrationOptions extends CommonOptions {
  readonly assessment?: string;
  readonly assessments?: string;
  readonly names?: boolean;
}

const trainingRound = (round: LoadedRound): TrainingRound => ({
  manifest: round.verified.manifest,
  pkg: round.verified.criteria.package,
  example: round.verified.example,
  references: round.verified.references,
});

/** Per examiner and contestant the newest revision of their individual file; team files are named on stderr and left out. */
function newestIndividual(io: CliIo, folder: string, round: LoadedRound) {
  const newest = new Map<string, ReturnType<typeof verifiedCandidates>[number]>();
  for (const candidate of verifiedCandidates(io, folder, round)) {
    const { file } = candidate;
    if (file.stage !== 'individual') {
      io.err(`${candidate.name} är en teambedömning och ingår inte i kalibreringen.`);
      continue;
    }
    const key = JSON.stringify([file.author.examinerId, file.contestant.id]);
    if ((newest.get(key)?.file.revision ?? 0) < file.revision) newest.set(key, candidate);
  }
  return [...newest.values()];
}

function summaryJson(c: CalibrationComparison) {
  return { examinerId: c.trainee.examinerId, contestant: c.contestant.id, summary: c.summary };
}

export function registerCalibrationCommand(report: Command, io: CliIo): void {
  outputOptions(
    roundOption(
      report
        .command('kalibrering')
        .description('kalibrering i en övningsomgång: en examinators bedömning jämförd med referensbedömningen, eller en översikt över alla examinatorers filer'),
      'övningsomgången (.kvomgang) med referensbedömningarna',
    )
      .option('--assessment <fil.kvbedomning>', 'en examinators inlämnade individuella bedömning: ger kalibreringsrapporten')
      .option('--assessments <mapp>', 'mappen med examinatorernas individuella bedömningar: ger översikten för stadsledningskontoret')
      .option('--names', 'översikten: visa examinatorernas namn i stället för koder (E1, E2 …)'),
  ).action(async (options: CalibrationOptions) => {
    if ((options.assessment === undefined) === (options.assessments === undefined)) {
      throw new UsageError('Ange antingen --assessment (en examinators fil) eller --assessments (en mapp för översikten).');
    }
    const date = reportDate(options.date);
    const single = options.assessment;
    const inputs = output(options, [single ?? options.assessments!]);
    checkOutputFile(options.out, inputs);
    const round = await loadRound(options.round, options.trust, io, options.examinerKeys);
    const training = trainingRound(round);
    if (single !== undefined) {
      io.err(`Läser bedömningsfil 1 av 1: ${basename(single)}`);
      const comparison = compareFile(training, loadAssessment(single, round).file);
      io.err(`Skapar rapport 1 av 1: ${CALIBRATION_TITLE}`);
      const pdf = await rendered(io, (o) => renderCalibration(comparison, date, o), options);
      const path = writeOutputFile(options.out, pdf.bytes, inputs);
      if (options.json) return printJson(io, { path, pages: pdf.pages, bytes: pdf.bytes.length, comparison });
      return io.out(`${CALIBRATION_TITLE} för ${comparison.trainee.name} (${comparison.contestant.name}) är sparad i ${options.out} (${sizeText(pdf.pages, pdf.bytes.length)}).`);
    }
    const comparisons = newestIndividual(io, options.assessments!, round).map((candidate) => compareFile(training, candidate.file));
    const model = calibrationOverview(round.verified.manifest, comparisons, options.names ?? false, date, round.verified.example);
    io.err(`Skapar rapport 1 av 1: ${OVERVIEW_TITLE}`);
    const pdf = await rendered(io, (o) => renderCalibrationOverview(model, o), options);
    const path = writeOutputFile(options.out, pdf.bytes, inputs);
    if (options.json) return printJson(io, { path, pages: pdf.pages, bytes: pdf.bytes.length, ...model, comparisons: comparisons.map(summaryJson) });
    io.out(`${OVERVIEW_TITLE} över ${comparisons.length} filer är sparad i ${options.out} (${sizeText(pdf.pages, pdf.bytes.length)}).`);
  });
}
