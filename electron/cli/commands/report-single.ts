/**
 * What the report commands about one contestant share: reading the round and
 * the team's (or an examiner's) file, the jury's final decision given with
 * --decision, and writing the PDF or the Word edition where --out says.
 */
import { appError } from '../../../shared/errors';
import { renderReport, type DescribedJob } from '../../core';
import { printJson, type CliIo } from '../io';
import { checkOutputFile, writeOutputFile } from '../output-file';
import { bytesText, loadAssessment, loadRound, reportDate, sizeText, type LoadedRound } from '../report-inputs';
import { output, rendered, type CommonOptions } from '../report-options';
import { readDecision } from './decision';

export async function produce(io: CliIo, options: CommonOptions & { assessment: string }, { job, description }: DescribedJob): Promise<void> {
  const report = await rendered(io, (o) => renderReport(job, o), options);
  const path = writeOutputFile(options.out, report.bytes, output(options, [options.assessment]));
  if (options.json) return printJson(io, { path, pages: report.pages, bytes: report.bytes.length });
  io.out(`${description} är sparad i ${options.out} (${sizeText(report.pages, report.bytes.length)}).`);
}

/** The Word edition of a letter to the unit, written where --out says. */
export async function produceDocx(io: CliIo, options: CommonOptions & { assessment: string }, description: string, bytes: Buffer): Promise<void> {
  const path = writeOutputFile(options.out, bytes, output(options, [options.assessment]));
  if (options.json) return printJson(io, { path, format: 'docx', bytes: bytes.length });
  io.out(`${description} är sparad som Word-dokument i ${options.out} (${bytesText(bytes.length)}).`);
}

/** The final meeting's file given with --decision, verified against the round; a first meeting's is refused. */
export function finalDecision(path: string, options: CommonOptions, round: LoadedRound) {
  const read = readDecision(path, options.trust, round).file;
  if (read.meeting !== 'final') throw appError('report-aterforing-first-meeting', { meetingDate: read.meetingDate });
  return read;
}

/** One contestant's file: the date first (a usage error needs no files), then the round, then the file. */
export async function single(io: CliIo, options: CommonOptions & { assessment: string; decision?: string }) {
  const date = reportDate(options.date);
  checkOutputFile(options.out, output(options, [options.assessment, ...(options.decision === undefined ? [] : [options.decision])]));
  const round = await loadRound(options.round, options.trust, io, options.examinerKeys);
  const read = loadAssessment(options.assessment, round);
  return { date, round, file: read.file, signed: { sha256: read.sha256, keyId: read.keyId } };
}
