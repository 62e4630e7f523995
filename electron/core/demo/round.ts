/**
 * A whole round of the built-in övningsomgång, played headlessly on the very
 * core the app uses: one installation per examiner of every team and one for
 * stadsledningskontoret, each with its own data folder, talking to each other
 * only through the signed files they export — exactly as users of the app do.
 * Every step goes through `dispatch` and the contract's channels.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECISION_LABELS, type ReceivedDecisionView } from '../../../shared/contract/jury';
import type { ContestantView, RoundOverview } from '../../../shared/contract/rounds';
import { appError } from '../../../shared/errors';
import type { Meeting } from '../../../shared/formats/jury-decision';
import { generateKeyPair } from '../packages/keys';
import { EXERCISE_BUNDLE } from '../rounds/import';
import { assessIndividually } from './individual';
import { call, DemoClock, installations, type InstallOptions, type Installation } from './installation';
import { holdMeeting, receiveDecision, trustOffice } from './jury';
import { TIMELINE, type MemberPosition, type TeamScript } from './script';
import { importInto, reachConsensus, recordSiteVisit } from './team';
import { TEAMS } from './teams';

export type DemoFileKind = 'individual' | 'consensus' | 'site-visit' | 'decision' | 'office-key' | 'xlsx' | 'csv';

export interface DemoFile {
  readonly kind: DemoFileKind;
  readonly path: string;
  readonly contestantId?: string;
  readonly examinerId?: string;
  readonly meeting?: Meeting;
}

/** Stadsledningskontoret's public key, for the leads (and `decision verify --trust`). */
export const OFFICE_KEY_FILE = 'stadsledningskontoret-nyckel.pem';

export interface PlayedRound {
  readonly roundId: string;
  /** The round bundle every installation imported. */
  readonly bundlePath: string;
  readonly files: readonly DemoFile[];
}

export interface PlayOptions extends InstallOptions {
  /** One line per step, in Swedish. */
  readonly progress?: (text: string) => void;
}

const POSITIONS: readonly MemberPosition[] = [0, 1, 2];

/** A team of the round as the demo plays it: its script, its members' installations (lead first) and names. */
interface PlayedTeam {
  readonly script: TeamScript;
  readonly members: readonly [Installation, Installation, Installation];
  readonly name: (examinerId: string) => string;
}

/** One thing someone does on a given day; the round plays them in the order of their days. */
interface Step {
  readonly at: string;
  readonly run: () => Promise<void>;
}

async function inOrder(clock: DemoClock, steps: readonly Step[]): Promise<void> {
  for (const step of [...steps].sort((a, b) => a.at.localeCompare(b.at))) {
    clock.set(step.at);
    await step.run();
  }
}

export async function playRound(options: PlayOptions): Promise<PlayedRound> {
  const say = options.progress ?? (() => undefined);
  const clock = new DemoClock(TIMELINE.installed, TIMELINE.stepSeconds * 1000);
  const files: DemoFile[] = [];
  const add = (file: DemoFile): string => {
    files.push(file);
    return file.path;
  };
  const computers = installations(options, clock);
  const install = computers.install;

  try {
    const examinerIds = TEAMS.flatMap((t) => t.members);
    say(`${examinerIds.length} examinatorer i ${TEAMS.length} team installerar Examinator och öppnar övningsomgången …`);
    const opened = new Map<string, Installation>();
    let round: RoundOverview | null = null;
    for (const examinerId of examinerIds) {
      const installation = install(examinerId);
      const exercise = await call(installation.core, 'round:open-exercise', {});
      if (exercise.status === 'untrusted-key' || exercise.status === 'confirm-replace') throw appError('demo-untrusted');
      round = await call(installation.core, 'round:get', { roundId: exercise.item.id });
      await call(installation.core, 'round:choose-examiner', { roundId: round.id, examinerId, change: false });
      opened.set(examinerId, installation);
    }
    const overview = round!;
    const teams = TEAMS.map((script) => checkTeam(overview, script, opened));
    const pkg = (await call(teams[0]!.members[0].core, 'package:get', { sha256: overview.package.sha256 })).content;

    // Individual assessments, independently, each on their own computer.
    const individual = new Map<string, string[]>();
    await inOrder(
      clock,
      teams.flatMap((team) =>
        team.script.contestants.flatMap((script, i) =>
          POSITIONS.map((position) => ({
            at: team.script.individual[position][i]!,
            run: async () => {
              const contestant = contestantOf(overview, script.contestantId);
              const examinerId = team.script.members[position];
              say(`${team.name(examinerId)} bedömer ${contestant.name} …`);
              const path = await assessIndividually(team.members[position], overview.id, contestant, script, position);
              add({ kind: 'individual', path, contestantId: contestant.id, examinerId });
              if (position !== 0) individual.set(contestant.id, [...(individual.get(contestant.id) ?? []), path]);
            },
          })),
        ),
      ),
    );

    // Each lead's consensus, from the members' files.
    const consensusFiles: string[] = [];
    await inOrder(
      clock,
      teams.flatMap((team) =>
        team.script.contestants.map((script, i) => ({
          at: team.script.consensus[i]!,
          run: async () => {
            const contestant = contestantOf(overview, script.contestantId);
            const [leadId, ...others] = team.script.members;
            say(`${team.name(leadId)} tar emot ${others.map((id) => `${team.name(id)}s`).join(' och ')} bedömningar av ${contestant.name} …`);
            await importInto(team.members[0].core, individual.get(contestant.id)!);
            say(`Teamet enas om ${contestant.name} …`);
            const path = await reachConsensus(team.members[0].core, overview.id, contestant, team.script, script, pkg);
            consensusFiles.push(add({ kind: 'consensus', path, contestantId: contestant.id, examinerId: leadId }));
          },
        })),
      ),
    );

    // Stadsledningskontoret: the consensus files in, the jury's first meeting, its decision back to the leads.
    clock.set(TIMELINE.firstMeeting);
    say('Stadsledningskontoret tar emot teamens konsensusbedömningar …');
    const office = install('stadsledningskontoret');
    await call(office.core, 'round:open-exercise', {});
    await call(office.core, 'round:choose-office', { roundId: overview.id, change: false });
    await importInto(office.core, consensusFiles);
    const key = officeKey(options, office);
    add({ kind: 'office-key', path: key.publicKeyPath });
    say('Domarkommitténs första möte väljer vilka som får platsbesök …');
    const first = add({ kind: 'decision', meeting: 'first', path: await holdMeeting(office.core, overview.id, 'first', key.fileId) });
    const visits = new Set<string>();
    for (const team of teams) {
      await trustOffice(team.members[0].core, key.publicKeyPath);
      const received = await receiveDecision(team.members[0].core, first);
      for (const e of received.entries) if (e.siteVisit && team.script.contestants.some((c) => c.contestantId === e.contestantId)) visits.add(e.contestantId);
    }

    // The site visits the jury chose.
    const visitFiles: string[] = [];
    await inOrder(
      clock,
      teams.flatMap((team) =>
        team.script.contestants
          .map((script, i) => ({ script, at: team.script.siteVisit[i]! }))
          .filter(({ script }) => visits.has(script.contestantId))
          .map(({ script, at }) => ({
            at,
            run: async () => {
              const contestant = contestantOf(overview, script.contestantId);
              say(`Platsbesök hos ${contestant.name} …`);
              const path = await recordSiteVisit(team.members[0].core, overview.id, contestant, script);
              visitFiles.push(add({ kind: 'site-visit', path, contestantId: contestant.id, examinerId: team.script.members[0] }));
            },
          })),
      ),
    );

    // The site-visit files in, the scores out for the jury, the final meeting, its decision back to the leads.
    clock.set(TIMELINE.office);
    say('Stadsledningskontoret tar emot platsbesöken och exporterar poängen till Excel …');
    await importInto(office.core, visitFiles);
    for (const format of ['xlsx', 'csv'] as const) {
      const saved = await call(office.core, 'jury:export', { roundId: overview.id, format, hideNames: false });
      if (!saved) throw appError('demo-not-saved', { what: 'Poängexporten' });
      add({ kind: format, path: saved.path });
    }
    clock.set(TIMELINE.finalMeeting);
    say('Domarkommitténs slutmöte beslutar om vinnare och hedersomnämnanden …');
    const final = add({ kind: 'decision', meeting: 'final', path: await holdMeeting(office.core, overview.id, 'final', key.fileId) });
    const classTitles = new Set(pkg.classes.map((k) => k.title));
    for (const team of teams) {
      const received = await receiveDecision(team.members[0].core, final);
      const own = received.entries.filter((e) => team.script.contestants.some((c) => c.contestantId === e.contestantId));
      say(`${team.name(team.script.members[0])} tar emot beslutet: ${decisionWords(own, classTitles)}.`);
    }
    return { roundId: overview.id, bundlePath: join(options.resourcesDir, EXERCISE_BUNDLE), files };
  } finally {
    await computers.closeAll();
  }
}

/**
 * Stadsledningskontoret's own signing key for the jury's decisions (made as
 * `examinator keygen` makes one): the private key stays in the office's
 * folder, the public key is saved beside the decisions for the leads.
 */
function officeKey(options: PlayOptions, office: Installation): { fileId: string; publicKeyPath: string } {
  const pair = generateKeyPair();
  const privatePath = join(options.workDir, 'stadsledningskontoret', 'signeringsnyckel.pem');
  writeFileSync(privatePath, pair.privatePem, { mode: 0o600 });
  const publicKeyPath = join(options.saveDir, OFFICE_KEY_FILE);
  writeFileSync(publicKeyPath, pair.publicPem);
  return { fileId: office.core.context.files.register(privatePath).id, publicKeyPath };
}

/** "Name – Vinnare, …" for the classes, then "; Prize: Name – …" for each prize. */
function decisionWords(entries: ReceivedDecisionView['entries'], classTitles: ReadonlySet<string>): string {
  const words = (list: typeof entries) => list.map((e) => `${e.name} – ${DECISION_LABELS[e.decision!]}`).join(', ');
  const prizes = [...new Set(entries.map((e) => e.award).filter((award) => !classTitles.has(award)))];
  return [words(entries.filter((e) => classTitles.has(e.award))), ...prizes.map((prize) => `${prize}: ${words(entries.filter((e) => e.award === prize))}`)].join('; ');
}

/** The script is written for the övningsomgång's teams: each team's lead, members and contestants as it names them. */
function checkTeam(round: RoundOverview, script: TeamScript, opened: ReadonlyMap<string, Installation>): PlayedTeam {
  const team = round.teams.find((t) => t.id === script.teamId);
  const ids = team?.members.map((m) => m.id) ?? [];
  const assessed = script.contestants.every((c) => team?.contestants.some((k) => k.id === c.contestantId));
  if (!team || team.leadId !== script.members[0] || ids.length !== script.members.length || !script.members.every((id) => ids.includes(id)) || !assessed) {
    throw appError('demo-round-changed');
  }
  const [lead, second, third] = script.members.map((id) => opened.get(id)!);
  return { script, members: [lead!, second!, third!], name: (examinerId) => team.members.find((m) => m.id === examinerId)!.name };
}

function contestantOf(round: RoundOverview, contestantId: string): ContestantView {
  const found = round.teams.flatMap((t) => t.contestants).find((c) => c.id === contestantId);
  if (!found || found.documents.length === 0) throw appError('demo-contestant-changed', { contestantId });
  return found;
}
