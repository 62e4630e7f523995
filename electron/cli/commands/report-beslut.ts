/**
 * `examinator report beslut`: domarkommitténs beslutsprotokoll for one
 * meeting, from the signed decision (.kvbeslut) checked against its round
 * exactly as `decision verify --round` checks it.
 */
import type { Command } from 'commander';
import { beslutsprotokollModel, beslutsprotokollName, renderReport } from '../../core';
import { printJson, type CliIo } from '../io';
import { checkOutputFile, writeOutputFile } from '../output-file';
import { loadRound, reportDate, sizeText } from '../report-inputs';
import { readDecision } from './decision';
import { output, outputOptions, rendered, roundOption, type CommonOptions } from '../report-options';

export function registerBeslutReport(report: Command, io: CliIo): void {
  outputOptions(
    roundOption(report.command('beslut').description('domarkommitténs beslutsprotokoll för ett möte: ledamöter, beslut och motiveringar per klass, underlaget'), 'omgångsfilen (.kvomgang) som beslutet hör till')
      .requiredOption('--decision <fil.kvbeslut>', 'domarkommitténs beslut, signerat av stadsledningskontoret'),
  ).action(async (options: CommonOptions & { decision: string }) => {
    const date = reportDate(options.date);
    const inputs = output(options, [options.decision]);
    checkOutputFile(options.out, inputs);
    const round = await loadRound(options.round, options.trust, io, options.examinerKeys);
    const read = readDecision(options.decision, options.trust, round);
    const model = beslutsprotokollModel(read, round.facts, date);
    const name = beslutsprotokollName(read.file.meeting, read.file.meetingDate);
    io.err(`Skapar rapport 1 av 1: ${name}`);
    const made = await rendered(io, (o) => renderReport({ kind: 'beslutsprotokoll', name, model }, o), options);
    const path = writeOutputFile(options.out, made.bytes, inputs);
    if (options.json) return printJson(io, { path, pages: made.pages, bytes: made.bytes.length, meeting: read.file.meeting, awards: model.awards.length, basis: model.basis.length });
    io.out(`${name} är sparat i ${options.out} (${sizeText(made.pages, made.bytes.length)}): ${model.awards.length} klasser och priser, ${model.basis.length} teamfiler i underlaget.`);
  });
}
