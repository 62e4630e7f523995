/**
 * `examinator report beslut`: domarkommitténs beslutsprotokoll for one
 * meeting, from the signed decision (.kvbeslut) checked against its round
 * exactly as `decision verify --round` checks it.
 */
import type { Command } from 'commander';
import { beslutsprotokollModel, renderReport, type ReportJob, type VerifiedDecision } from '../../core';
import { printJson, type CliIo } from '../io';
import { checkOutputFile, writeOutputFile } from '../output-file';
import { loadRound, reportDate, sizeText, type LoadedRound } from '../report-inputs';
import { readDecision } from './decision';
import { output, outputOptions, rendered, roundOption, type CommonOptions } from '../report-options';

const MEETING_FILE = { first: 'första mötet', final: 'slutmötet' } as const;

/** The protokoll of a verified decision, as `report beslut` and the demo print it. */
export function protokollJob(read: VerifiedDecision, round: LoadedRound, date: string): Extract<ReportJob, { kind: 'beslutsprotokoll' }> {
  const model = beslutsprotokollModel(read, round.facts, date);
  return { kind: 'beslutsprotokoll', name: `Beslutsprotokoll ${MEETING_FILE[read.file.meeting]} ${read.file.meetingDate}`, model };
}

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
    const job = protokollJob(read, round, date);
    const { name, model } = job;
    io.err(`Skapar rapport 1 av 1: ${name}`);
    const made = await rendered(io, (o) => renderReport(job, o), options);
    const path = writeOutputFile(options.out, made.bytes, inputs);
    if (options.json) return printJson(io, { path, pages: made.pages, bytes: made.bytes.length, meeting: read.file.meeting, awards: model.awards.length, basis: model.basis.length });
    io.out(`${name} är sparat i ${options.out} (${sizeText(made.pages, made.bytes.length)}): ${model.awards.length} klasser och priser, ${model.basis.length} teamfiler i underlaget.`);
  });
}
