/**
 * `examinator report prisbedomning` and `report prisaterforing`: a prize
 * entry's two reports (formats.md "Prizes without scores") from the team's
 * signed file — the written assessment per aspect for the jury, and the
 * letter to the entrant (PDF or Word) with the jury's decision when given.
 */
import type { Command } from 'commander';
import { chosenPrize, prisaterforingDocx, prisaterforingJob, prisbedomningJob, prizeDecisionInFile } from '../../core';
import type { CliIo } from '../io';
import { outputOptions, roundOption, type CommonOptions } from '../report-options';
import { finalDecision, produce, produceDocx, single } from './report-single';

const PRIZE_OPTION = ['--prize <id>', 'prisets id i omgången, till exempel framsteget (behövs bara när den tävlande deltar i flera priser)'] as const;
const ASSESSMENT_HELP = 'teamets bedömningsfil (konsensus eller efter platsbesök) med prisets skriftliga bedömning';

interface PrizeOptions extends CommonOptions {
  readonly assessment: string;
  readonly prize?: string;
}

export function registerPrizeReports(report: Command, io: CliIo): void {
  outputOptions(
    roundOption(report.command('prisbedomning').description('prisbedömningen av ett prisbidrag för domarkommittén: teamets styrkor och förbättringsområden per aspekt, utan poäng'))
      .requiredOption('--assessment <fil.kvbedomning>', ASSESSMENT_HELP)
      .option(...PRIZE_OPTION)
      .option('--anonymous', 'dölj alla namn: den tävlandes, organisationens och examinatorernas (koden A, B, C … i stället)'),
  ).action(async (options: PrizeOptions & { anonymous?: boolean }) => {
    const { date, round, file, signed } = await single(io, options);
    const made = prisbedomningJob(round.source, file, { prizeId: options.prize, reportDate: date, anonymous: options.anonymous ?? false, signed });
    await produce(io, options, made);
  });

  outputOptions(
    roundOption(report.command('prisaterforing').description('återföringen om priset till den tävlande enheten, från teamets bedömning'))
      .requiredOption('--assessment <fil.kvbedomning>', `${ASSESSMENT_HELP}; namnen visas som omgången säger (round.feedback)`)
      .option(...PRIZE_OPTION)
      .option('--docx', 'skriv ett redigerbart Word-dokument (.docx) i stället för PDF, med samma innehåll')
      .option('--decision <fil.kvbeslut>', 'domarkommitténs beslut från slutmötet: beslutet om priset och motiveringen tas med'),
  ).action(async (options: PrizeOptions & { docx?: boolean; decision?: string }) => {
    const { date, round, file } = await single(io, options);
    const prizeId = chosenPrize(round.source, file.contestant.id, options.prize);
    const decision = options.decision === undefined ? null : prizeDecisionInFile(finalDecision(options.decision, options, round), prizeId, file.contestant.id);
    const made = prisaterforingJob(round.source, file, { prizeId, reportDate: date, decision });
    if (!options.docx) return produce(io, options, made);
    await produceDocx(io, options, made.description, await prisaterforingDocx(made.job.model));
  });
}
