/**
 * `examinator demo --out DIR`: the quickest way to see what Examinator does. A
 * whole round of the built-in övningsomgång is played on the app's own core
 * (core/demo/), then every report is made from the exported files exactly as
 * `examinator report` makes it — the same verification, the same builders.
 * Everything is made in a temporary folder and copied into DIR at the end, so
 * a failed run leaves DIR as it was.
 */
import type { Command } from 'commander';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { STAGE_LABELS } from '../../../shared/contract/exchange';
import { appError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format';
import {
  appVersion, aterforingJob, decisionsInFile, type AssessmentFileBytes, bedomningJob, type Candidate, CONTESTANTS, defaultResourcesDir, type DemoFileKind, EVALUATION_TITLE,
  findFontsDir, INDIVIDUAL_REPORT, loadReportFonts, nameSlug, OFFICE_KEY_FILE, type PlayedRound, playRound, prisaterforingJob, prisbedomningJob, prizeDecisionInFile, renderBatch,
  type ReportJob, sammanstallningJob, TEAMS, TIMELINE,
} from '../../core';
import { printJson, type CliIo } from '../io';
import { checkOutputFile, prepareOutputFolder, writeOutputFile } from '../output-file';
import { readDecision } from './decision';
import { writeDemoEvaluation } from './demo-evaluation';
import { writeDemoCalibration } from './demo-calibration';
import { protokollJob } from './report-beslut';
import { bytesText, loadAssessment, loadRound, sizeText, type LoadedRound } from '../report-inputs';

type ReportKind = ReportJob['kind'];
type EvaluationKind = 'utvardering' | 'utvardering-xlsx' | 'kalibrering';

export interface WrittenFile {
  readonly name: string;
  readonly kind: DemoFileKind | ReportKind | EvaluationKind;
  readonly bytes: number;
  readonly pages?: number;
  readonly contestantId?: string;
  readonly examinerId?: string;
  readonly meeting?: 'first' | 'final';
}

interface DemoOptions {
  readonly out: string;
  readonly force?: boolean;
  readonly json?: boolean;
}

/** DIR may be missing (it is made) or empty; anything else needs --force. */
function checkOut(out: string, force: boolean): string {
  const dir = resolve(out);
  if (!statSync(dir, { throwIfNoEntry: false })) return dir;
  if (!statSync(dir).isDirectory()) throw appError('demo-out-not-folder', { out });
  const entries = readdirSync(dir);
  if (!force && entries.length > 0) {
    throw appError('demo-out-not-empty', { out });
  }
  // Known before the round is played: the demo never writes through a link, whatever its name.
  const link = entries.find((name) => lstatSync(join(dir, name)).isSymbolicLink());
  if (link !== undefined) {
    throw appError('demo-out-has-symlink', { path: join(out, link) });
  }
  return dir;
}

interface PlannedReport {
  readonly fileName: string;
  readonly job: ReportJob;
  readonly contestantId?: string;
}

const PROTOKOLL_FILES = { first: 'beslutsprotokoll-forsta-motet.pdf', final: 'beslutsprotokoll-slutmotet.pdf' } as const;

/**
 * The reports: per contestant the bedömning on the team's latest file (after
 * the site visit where there was one) with its spårbarhetsbilaga, the
 * återföringsrapport and, where the script names one, an examiner's own
 * assessment; per prize a contestant enters, its prisbedömning and
 * prisåterföring (with the jury's decision on the prize); per class the
 * sammanställning, and the first class's once more with codes for names; the
 * beslutsprotokoll of each of the jury's meetings.
 */
function planReports(round: LoadedRound, read: readonly PlayedAssessment[], played: PlayedRound, staging: string): PlannedReport[] {
  const reportDate = TIMELINE.reportDate;
  const plans: PlannedReport[] = [];
  const decisions = played.files.filter((f) => f.kind === 'decision').map((f) => readDecision(f.path, [join(staging, OFFICE_KEY_FILE)], round));
  // The återföringsrapport carries the final meeting's decision and citation, as on the team lead's computer.
  const finalFile = decisions.find((d) => d.file.meeting === 'final')!.file;
  const final = decisionsInFile(finalFile);
  // In the round's order, class by class.
  for (const contestant of round.source.round.contestants) {
    const contestantId = contestant.id;
    const slug = nameSlug(contestant.name);
    const latest = (kind: DemoFileKind) => read.find((f) => f.contestantId === contestantId && f.kind === kind)?.read;
    const team = latest('site-visit') ?? latest('consensus')!;
    const teamFile = team.file;
    // A contestant only in prizes has no scored assessment to report.
    if (contestant.class !== undefined) {
      plans.push(
        { fileName: `bedomning-${slug}.pdf`, contestantId, job: bedomningJob(round.source, teamFile, { reportDate, appendix: true, signed: team }).job },
        { fileName: `aterforing-${slug}.pdf`, contestantId, job: aterforingJob(round.source, teamFile, { reportDate: TIMELINE.feedbackDate, decision: final.get(contestantId) ?? null }).job },
      );
    }
    // Per prize entered: the team's written prize assessment for the jury, and the letter with the jury's decision on the prize.
    for (const prizeId of contestant.prizes ?? []) {
      const decision = prizeDecisionInFile(finalFile, prizeId, contestantId);
      for (const made of [prisbedomningJob(round.source, teamFile, { prizeId, reportDate, signed: team }), prisaterforingJob(round.source, teamFile, { prizeId, reportDate: TIMELINE.feedbackDate, decision })]) {
        plans.push({ fileName: made.fileName, contestantId, job: made.job });
      }
    }
    const examinerId = INDIVIDUAL_REPORT[contestantId];
    if (examinerId === undefined) continue;
    const own = read.find((f) => f.contestantId === contestantId && f.kind === 'individual' && f.examinerId === examinerId)!.read.file;
    const individual = bedomningJob(round.source, own, { reportDate, appendix: false });
    plans.push({
      fileName: `bedomning-${slug}-individuell-${nameSlug(own.author.name)}.pdf`,
      contestantId,
      job: { ...individual.job, name: `${individual.job.name} (${STAGE_LABELS.individual} av ${own.author.name})` },
    });
  }
  const candidates = candidatesOf(read);
  const classes = round.source.pkg.classes.filter((k) => round.source.round.contestants.some((c) => c.class === k.id));
  for (const [classId, anonymous] of [...classes.map((k) => [k.id, false] as const), [classes[0]!.id, true] as const]) {
    const { job } = sammanstallningJob(round.source, { classId, candidates, anonymous, reportDate });
    plans.push({ fileName: `sammanstallning-${classId}${anonymous ? '-anonymiserad' : ''}.pdf`, job });
  }
  for (const verified of decisions) {
    plans.push({ fileName: PROTOKOLL_FILES[verified.file.meeting], job: protokollJob(verified, round, verified.file.meetingDate) });
  }
  return plans;
}

type PlayedAssessment = PlayedRound['files'][number] & { readonly read: AssessmentFileBytes };

/** Every assessment file the round exported, verified as `examinator report` verifies it. */
function readPlayed(round: LoadedRound, played: PlayedRound): PlayedAssessment[] {
  return played.files
    .filter((f) => f.kind === 'individual' || f.kind === 'consensus' || f.kind === 'site-visit')
    .map((f) => ({ ...f, read: loadAssessment(f.path, round) }));
}

function candidatesOf(read: readonly PlayedAssessment[]): Candidate[] {
  return read.map((f) => ({ name: basename(f.path), file: f.read.file, contentSha256: f.read.contentSha256, signed: f.read }));
}

async function makeReports(io: CliIo, played: PlayedRound, staging: string): Promise<WrittenFile[]> {
  const round = await loadRound(played.bundlePath, [], io);
  const read = readPlayed(round, played);
  const plans = planReports(round, read, played, staging);
  const written: WrittenFile[] = [];
  const announce = (index: number) => io.err(`Skapar rapport ${index + 1} av ${plans.length}: ${plans[index]!.job.name}`);
  announce(0);
  await renderBatch(
    plans.map((p) => p.job),
    {
      fonts: loadReportFonts(findFontsDir()),
      deterministic: true,
      onProgress: ({ done, total }) => {
        if (done < total) announce(done);
      },
    },
    (job, pdf, pages) => {
      const plan = plans.find((p) => p.job === job)!;
      writeOutputFile(join(staging, plan.fileName), pdf);
      written.push({ name: plan.fileName, kind: job.kind, bytes: pdf.length, pages, ...(plan.contestantId && { contestantId: plan.contestantId }) });
    },
  );
  io.err(`Skapar ${EVALUATION_TITLE.toLowerCase()}`);
  return [...written, ...(await writeDemoEvaluation(round, candidatesOf(read), staging)), ...(await writeDemoCalibration(round, candidatesOf(read), staging))];
}

const GROUPS: readonly { readonly title: string; readonly kinds: readonly WrittenFile['kind'][] }[] = [
  { title: 'Bedömningsfiler (.kvbedomning), signerade av respektive installation', kinds: ['individual', 'consensus', 'site-visit'] },
  { title: 'Rapporter (PDF)', kinds: ['bedomning', 'aterforing', 'sammanstallning'] },
  { title: 'Prisrapporter (PDF): prisbedömning för domarkommittén och återföring till den tävlande', kinds: ['prisbedomning', 'prisaterforing'] },
  { title: 'Poängen för domarkommittén', kinds: ['xlsx', 'csv'] },
  { title: 'Domarkommitténs beslut (.kvbeslut) och stadsledningskontorets publika nyckel', kinds: ['decision', 'office-key'] },
  { title: 'Beslutsprotokoll (PDF)', kinds: ['beslutsprotokoll'] },
  { title: `${EVALUATION_TITLE} för stadsledningskontoret`, kinds: ['utvardering', 'utvardering-xlsx'] },
  { title: 'Kalibrering mot referensbedömningen (övningsomgången)', kinds: ['kalibrering'] },
];

/** The closing summary: what happened, then every file written with its size (pages for a PDF). */
export function summaryLines(out: string, files: readonly WrittenFile[], seconds: number): string[] {
  const width = Math.max(...files.map((f) => f.name.length));
  const lines = [
    `Demon är klar på ${formatNumber(seconds, 1)} s.`,
    `En hel övningsomgång: ${TEAMS.flatMap((t) => t.members).length} examinatorer i ${TEAMS.length} team bedömde ${CONTESTANTS.length} tävlande var för sig, ` +
      `${CONTESTANTS.filter((c) => c.prizes !== undefined).length} av dem skriftligt för priset Framsteget, och varje team enades i konsensus. ` +
      'Domarkommittén valde platsbesök vid sitt första möte och beslutade om vinnare, hedersomnämnanden och Framsteget vid slutmötet; ' +
      'stadsledningskontoret sammanställde poängen och skrev beslutsprotokollen, och teamledarna tog emot besluten.',
    `${files.length} filer i ${out}:`,
  ];
  for (const group of GROUPS) {
    const members = files.filter((f) => group.kinds.includes(f.kind));
    if (members.length === 0) continue;
    lines.push('', `${group.title}:`);
    for (const f of members) lines.push(`  ${f.name.padEnd(width)}  ${f.pages === undefined ? bytesText(f.bytes) : sizeText(f.pages, f.bytes)}`);
  }
  return lines;
}

export function registerDemoCommand(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description(
      'spela en hel omgång på den inbyggda övningsomgången, utan fönster: teamens examinatorer bedömer de tävlande och når konsensus, ' +
        'domarkommittén väljer platsbesök och beslutar om vinnare; alla bedömningsfiler, beslut, rapporter (PDF) och Excel-exporten sparas i en mapp',
    )
    .requiredOption('--out <mapp>', 'mappen där filerna sparas (skapas om den saknas; ska vara tom)')
    .option('--force', 'skriv i mappen även om den inte är tom (demons filer ersätts, andra lämnas orörda)')
    .option('--json', 'skriv ut resultatet som JSON')
    .action(async (options: DemoOptions) => {
      const started = performance.now();
      const out = checkOut(options.out, options.force ?? false);
      const work = mkdtempSync(join(tmpdir(), 'examinator-demo-'));
      try {
        const staging = join(work, 'ut');
        mkdirSync(staging);
        const played = await playRound({ workDir: join(work, 'installationer'), saveDir: staging, resourcesDir: defaultResourcesDir(), version: appVersion(), progress: io.err });
        const exchanged: WrittenFile[] = played.files.map((f) => ({
          name: basename(f.path),
          kind: f.kind,
          bytes: statSync(f.path).size,
          ...(f.contestantId && { contestantId: f.contestantId }),
          ...(f.examinerId && { examinerId: f.examinerId }),
          ...(f.meeting && { meeting: f.meeting }),
        }));
        const reports = await makeReports(io, played, staging);
        const files = [...exchanged, ...reports];
        // Every name is checked before the first is written: a symlink or folder in DIR stops the run, leaving DIR as it was.
        if (statSync(out, { throwIfNoEntry: false })) for (const f of files) checkOutputFile(join(out, f.name), { force: true });
        prepareOutputFolder(out, { create: true });
        for (const f of files) writeOutputFile(join(out, f.name), readFileSync(join(staging, f.name)), { force: true });
        const seconds = (performance.now() - started) / 1000;
        if (options.json) return printJson(io, { out, round: played.roundId, seconds: Math.round(seconds * 10) / 10, files });
        for (const line of summaryLines(out, files, seconds)) io.out(line);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
}
