/**
 * A whole round of the built-in övningsomgång, played headlessly on the very
 * core the app uses: three installations (one per examiner) and one for
 * stadsledningskontoret, each with its own data folder, talking to each other
 * only through the signed files they export — exactly as users of the app do.
 * Every step goes through `dispatch` and the contract's channels.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AssessmentView } from '../../../shared/contract/assessments';
import type { ContestantView, RoundOverview } from '../../../shared/contract/rounds';
import type { EvidenceAnchor } from '../../../shared/domain/assessment';
import { appError } from '../../../shared/errors';
import { createCore } from '../create-core';
import type { Clock, SecretStore } from '../effects';
import { EXERCISE_BUNDLE } from '../rounds/import';
import { saveToFolder } from '../save-to-folder';
import { selectionFor } from './evidence';
import { call, criterionScript, type Installation } from './installation';
import { exported, importInto, reachConsensus, recordSiteVisit } from './team';
import { authorship, CONTESTANTS, EXAMINERS, inVoice, TIMELINE, type ContestantScript, type DemoExaminer } from './script';

export type DemoFileKind = 'individual' | 'consensus' | 'site-visit' | 'xlsx' | 'csv';

export interface DemoFile {
  readonly kind: DemoFileKind;
  readonly path: string;
  readonly contestantId?: string;
  readonly examinerId?: string;
}

export interface PlayedRound {
  readonly roundId: string;
  /** The round bundle every installation imported. */
  readonly bundlePath: string;
  readonly files: readonly DemoFile[];
}

export interface PlayOptions {
  /** Where the four installations keep their data folders (the caller removes it). */
  readonly workDir: string;
  /** Where the installations save what they export. */
  readonly saveDir: string;
  readonly resourcesDir: string;
  readonly version: string;
  /** One line per step, in Swedish. */
  readonly progress?: (text: string) => void;
}

/** The round's own time: set to a day's start, then every reading moves it on by a step. */
export class DemoClock implements Clock {
  private at: number;

  constructor(
    start: string,
    private readonly stepMs: number,
  ) {
    this.at = Date.parse(start);
  }

  set(iso: string): void {
    this.at = Math.max(this.at, Date.parse(iso));
  }

  now(): Date {
    const now = new Date(this.at);
    this.at += this.stepMs;
    return now;
  }
}

function memorySecrets(): SecretStore {
  const secrets = new Map<string, Buffer>();
  return {
    read: async (name) => secrets.get(name) ?? null,
    write: async (name, secret) => void secrets.set(name, Buffer.from(secret)),
  };
}

export async function playRound(options: PlayOptions): Promise<PlayedRound> {
  const say = options.progress ?? (() => undefined);
  const clock = new DemoClock(TIMELINE.installed, TIMELINE.stepSeconds * 1000);
  const files: DemoFile[] = [];
  const installations: Installation[] = [];
  const install = (name: string): Installation => {
    const dataDir = join(options.workDir, name);
    mkdirSync(dataDir, { recursive: true });
    const core = createCore({
      holder: 'cli',
      dataDir,
      version: options.version,
      resourcesDir: options.resourcesDir,
      secrets: memorySecrets(),
      saveFile: saveToFolder(options.saveDir),
      clock,
      backupOnStart: false,
    });
    const installation = { core, texts: new Map() };
    installations.push(installation);
    return installation;
  };

  try {
    say('Tre examinatorer installerar Examinator och öppnar övningsomgången …');
    const examiners = new Map<DemoExaminer, Installation>();
    let round: RoundOverview | null = null;
    for (const examinerId of EXAMINERS) {
      const installation = install(examinerId);
      const opened = await call(installation.core, 'round:open-exercise', {});
      if (opened.status === 'untrusted-key' || opened.status === 'confirm-replace') throw appError('demo-untrusted');
      round = await call(installation.core, 'round:get', { roundId: opened.item.id });
      await call(installation.core, 'round:choose-examiner', { roundId: round.id, examinerId, change: false });
      examiners.set(examinerId, installation);
    }
    const overview = round!;
    const team = checkTeam(overview);
    const pkg = (await call(examiners.get(team.leadId)!.core, 'package:get', { sha256: overview.package.sha256 })).content;
    const name = (examinerId: string) => team.members.find((m) => m.id === examinerId)!.name;

    // Individual assessments, independently, each on their own computer.
    const individual = new Map<string, { examinerId: DemoExaminer; path: string }[]>();
    for (const [position, script] of CONTESTANTS.entries()) {
      const contestant = contestantOf(overview, script.contestantId);
      for (const examinerId of [...EXAMINERS].sort((a, b) => TIMELINE.individual[a][position]!.localeCompare(TIMELINE.individual[b][position]!))) {
        clock.set(TIMELINE.individual[examinerId][position]!);
        say(`${name(examinerId)} bedömer ${contestant.name} …`);
        const path = await assessIndividually(examiners.get(examinerId)!, overview.id, contestant, script, examinerId);
        files.push({ kind: 'individual', path, contestantId: contestant.id, examinerId });
        individual.set(contestant.id, [...(individual.get(contestant.id) ?? []), { examinerId, path }]);
      }
    }

    // The lead's consensus and site visit, from the members' files.
    const lead = examiners.get(team.leadId)!;
    const teamFiles: string[] = [];
    for (const [position, script] of CONTESTANTS.entries()) {
      const contestant = contestantOf(overview, script.contestantId);
      clock.set(TIMELINE.consensus[position]!);
      const others = team.members.filter((m) => m.id !== team.leadId).map((m) => `${m.name}s`);
      say(`${name(team.leadId)} tar emot ${others.join(' och ')} bedömningar av ${contestant.name} …`);
      const received = individual.get(contestant.id)!.filter((f) => f.examinerId !== team.leadId);
      await importInto(lead.core, received.map((f) => f.path));
      say(`Teamet enas om ${contestant.name} …`);
      const consensus = await reachConsensus(lead.core, overview.id, contestant, script, pkg);
      files.push({ kind: 'consensus', path: consensus, contestantId: contestant.id, examinerId: team.leadId });
      teamFiles.push(consensus);
    }
    for (const [position, script] of CONTESTANTS.entries()) {
      const contestant = contestantOf(overview, script.contestantId);
      clock.set(TIMELINE.siteVisit[position]!);
      say(`Platsbesök hos ${contestant.name} …`);
      const visit = await recordSiteVisit(lead.core, overview.id, contestant, script);
      files.push({ kind: 'site-visit', path: visit, contestantId: contestant.id, examinerId: team.leadId });
      teamFiles.push(visit);
    }

    // Stadsledningskontoret: every team file in, the scores out for the jury.
    clock.set(TIMELINE.office);
    say('Stadsledningskontoret tar emot teamets filer och exporterar poängen till Excel …');
    const office = install('stadsledningskontoret');
    await call(office.core, 'round:open-exercise', {});
    await call(office.core, 'round:choose-office', { roundId: overview.id, change: false });
    await importInto(office.core, teamFiles);
    for (const format of ['xlsx', 'csv'] as const) {
      const saved = await call(office.core, 'jury:export', { roundId: overview.id, format, hideNames: false });
      if (!saved) throw appError('demo-not-saved', { what: 'Poängexporten' });
      files.push({ kind: format, path: saved.path });
    }
    return { roundId: overview.id, bundlePath: join(options.resourcesDir, EXERCISE_BUNDLE), files };
  } finally {
    for (const { core } of installations.reverse()) await core.close();
  }
}

/** The script is written for the övningsomgång's one team: the lead and members it names, in its order. */
function checkTeam(round: RoundOverview): { leadId: DemoExaminer; members: readonly { id: string; name: string }[] } {
  const team = round.teams.find((t) => CONTESTANTS.every((c) => t.contestants.some((k) => k.id === c.contestantId)));
  const ids = team?.members.map((m) => m.id) ?? [];
  if (!team || team.leadId !== EXAMINERS[0] || ids.length !== EXAMINERS.length || !EXAMINERS.every((id) => ids.includes(id))) {
    throw appError('demo-round-changed');
  }
  return { leadId: EXAMINERS[0], members: EXAMINERS.map((id) => ({ id, name: team.members.find((m) => m.id === id)!.name })) };
}

function contestantOf(round: RoundOverview, contestantId: string): ContestantView {
  const found = round.teams.flatMap((t) => t.contestants).find((c) => c.id === contestantId);
  if (!found || found.documents.length === 0) throw appError('demo-contestant-changed', { contestantId });
  return found;
}


/** The sentence around the cue, selected on its page, made into an anchor by the core. */
async function evidence(installation: Installation, documentSha256: string, cue: string): Promise<EvidenceAnchor> {
  let pages = installation.texts.get(documentSha256);
  if (!pages) {
    pages = await call(installation.core, 'document:text', { sha256: documentSha256 });
    installation.texts.set(documentSha256, pages);
  }
  const { unit, selectedText } = selectionFor(pages, cue);
  return call(installation.core, 'document:anchor', { documentSha256, unit, selectedText });
}

/** One examiner scores every criterion, writes strengths, improvement areas and questions, submits and exports. */
async function assessIndividually(installation: Installation, roundId: string, contestant: ContestantView, script: ContestantScript, examinerId: DemoExaminer): Promise<string> {
  const { core } = installation;
  const document = contestant.documents[0]!.sha256;
  const me = EXAMINERS.indexOf(examinerId);
  const view: AssessmentView = await call(core, 'assessment:open', { roundId, contestantId: contestant.id });
  let turn = me;
  for (const [index, criterion] of view.criteria.entries()) {
    const c = criterionScript(script, criterion.criterionId);
    const criterionId = criterion.criterionId;
    const mine = authorship(examinerId, index, c);
    await call(core, 'assessment:set-score', { assessmentId: view.id, criterionId, score: c.scores[me]! });
    for (const [kind, list, chosen] of [
      ['strength', c.strengths, mine.strengths],
      ['improvement', c.improvements, mine.improvements],
    ] as const) {
      for (const i of chosen) {
        const [text, cue] = list[i]!;
        await call(core, 'assessment:add-comment', {
          assessmentId: view.id,
          criterionId,
          kind,
          text: inVoice(examinerId, kind, text, turn++),
          evidence: [await evidence(installation, document, cue)],
        });
      }
    }
    if (mine.question) await call(core, 'assessment:add-comment', { assessmentId: view.id, criterionId, kind: 'question', text: c.question! });
  }
  await call(core, 'assessment:submit', { assessmentId: view.id });
  return exported(core, view.id);
}

