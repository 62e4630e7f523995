/**
 * `examinator report utvardering`: the evaluation of a round for
 * stadsledningskontoret, from every examiner's individual files and every
 * team's consensus and site-visit files in one folder, verified exactly as
 * the other reports verify them. A PDF, optionally the workbook, and the
 * numbers as JSON.
 */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { EVALUATION_TITLE, evaluateRound, evaluationWorkbook, renderEvaluation } from '../../core';
import { printJson, UsageError, type CliIo } from '../io';
import { checkOutputFile, writeOutputFile } from '../output-file';
import { assessmentFilesIn, loadRound, reportDate, sizeText, verifiedCandidates } from '../report-inputs';
import { output, outputOptions, rendered, roundOption, type CommonOptions } from '../report-options';

interface EvaluationOptions extends CommonOptions {
  readonly assessments: string;
  readonly xlsx?: string;
  readonly names?: boolean;
}

export function registerEvaluationCommand(report: Command, io: CliIo): void {
  outputOptions(
    roundOption(
      report.command('utvardering').description('utvärdering av omgången för stadsledningskontoret: samstämmighet per kriterium, examinatorerna, tidsgränserna och totalpoängen'),
      'omgångsfilen (.kvomgang) som bedömningarna hör till',
    )
      .requiredOption('--assessments <mapp>', 'mappen med examinatorernas individuella bedömningar och teamens konsensus- och platsbesöksfiler (.kvbedomning)')
      .option('--xlsx <fil.xlsx>', 'spara också siffrorna som Excel-arbetsbok')
      .option('--names', 'visa examinatorernas namn i stället för koder (E1, E2 …)'),
  ).action(async (options: EvaluationOptions) => {
    const date = reportDate(options.date);
    if (options.xlsx !== undefined && resolve(options.xlsx) === resolve(options.out)) {
      throw new UsageError('--xlsx och --out ska vara två olika filer.');
    }
    const inputs = output(options, assessmentFilesIn(options.assessments));
    checkOutputFile(options.out, inputs);
    const workbookInputs = { ...inputs, inputs: [...(inputs.inputs ?? []), options.out] };
    if (options.xlsx !== undefined) checkOutputFile(options.xlsx, workbookInputs);
    const round = await loadRound(options.round, options.trust, io, options.examinerKeys);
    const model = evaluateRound({
      round: round.verified.manifest,
      pkg: round.verified.criteria.package,
      exampleMaterial: round.verified.example,
      candidates: verifiedCandidates(io, options.assessments, round),
      namesShown: options.names ?? false,
      reportDate: date,
    });
    io.err(`Skapar rapport 1 av 1: ${EVALUATION_TITLE}`);
    const pdf = await rendered(io, (o) => renderEvaluation(model, o), options);
    const path = writeOutputFile(options.out, pdf.bytes, inputs);
    const xlsx = options.xlsx === undefined ? null : writeOutputFile(options.xlsx, await evaluationWorkbook(model), workbookInputs);
    if (options.json) return printJson(io, { path, pages: pdf.pages, bytes: pdf.bytes.length, xlsx, ...model });
    const workbook = xlsx === null ? '' : ` Siffrorna finns i ${options.xlsx}.`;
    io.out(`${EVALUATION_TITLE} är sparad i ${options.out} (${sizeText(pdf.pages, pdf.bytes.length)}).${workbook}`);
  });
}
