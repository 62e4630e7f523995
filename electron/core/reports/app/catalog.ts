/** Which reports can be made now, and the job (model) for one of them. */
import type { ReportItem, ReportItemRef, ReportOptions } from '../../../../shared/contract/reports';
import { STAGE_LABELS } from '../../../../shared/contract/exchange';
import { AppError, appError } from '../../../../shared/errors';
import { MEETING_FILE_NAMES } from '../../jury/export';
import { heldFinalDecision, heldPrizeDecision } from '../../jury/final-decision';
import type { UnsignedAssessmentFile } from '../../../../shared/formats/assessment-file';
import { nameSlug } from '../../exchange/export';
import { buildAterforingModel, buildBedomningModel, buildSammanstallningModel, decisionFromHeld } from '../build';
import { beslutsprotokollModel, beslutsprotokollName } from '../build/beslutsprotokoll';
import type { ReportJob } from '../render';
import { prisaterforingJob, prisbedomningJob } from '../prize-jobs';
import { prizeItems } from './prize-catalog';
import { sammanstallningTitle } from '../documents/sammanstallning';
import type { ReportInputs } from './inputs';

const basisOf = (file: UnsignedAssessmentFile) =>
  `${file.stage === 'individual' ? 'din inlämnade individuella bedömning' : `teamets ${STAGE_LABELS[file.stage]}`}, revision ${file.revision}${file.stage === 'individual' ? '' : `, från ${file.author.name}`}`;

export function catalog(inputs: ReportInputs): ReportItem[] {
  const items: ReportItem[] = [];
  for (const contestant of inputs.facts.contestants.values()) {
    // A contestant taking part only in prizes has no scored assessment to report.
    if (contestant.classId === null) continue;
    const { team, teamMissing, individual } = inputs.contestants.get(contestant.id)!;
    const shared = { basis: team ? basisOf(team) : 'teamets bedömning', stage: team?.stage ?? null, unavailable: team ? null : teamMissing };
    items.push({ ref: { kind: 'bedomning', contestantId: contestant.id, basis: 'team' }, title: `Bedömning – ${contestant.name}`, ...shared });
    items.push({ ref: { kind: 'aterforing', contestantId: contestant.id }, title: `Återföringsrapport – ${contestant.name}`, ...shared });
    if (individual) {
      items.push({
        ref: { kind: 'bedomning', contestantId: contestant.id, basis: 'individual' },
        title: `Min individuella bedömning – ${contestant.name}`,
        basis: basisOf(individual),
        stage: 'individual',
        unavailable: null,
      });
    }
  }
  items.push(...prizeItems(inputs, basisOf));
  for (const competitionClass of inputs.facts.pkg.classes) {
    const members = [...inputs.facts.contestants.values()].filter((c) => c.classId === competitionClass.id);
    if (members.length === 0) continue;
    const ready = members.filter((c) => inputs.contestants.get(c.id)!.team !== null).length;
    items.push({
      ref: { kind: 'sammanstallning', classId: competitionClass.id },
      title: `Sammanställning – ${competitionClass.title}`,
      basis: `${ready} av ${members.length} tävlande med teamets bedömning`,
      stage: null,
      unavailable: ready === 0 ? 'Ingen av klassens tävlande har en inlämnad teambedömning här ännu.' : null,
    });
  }
  for (const [meeting, held] of inputs.decisions ?? []) {
    items.push({
      ref: { kind: 'beslutsprotokoll', meeting },
      title: beslutsprotokollName(meeting),
      basis: held instanceof AppError ? 'domarkommitténs beslut' : `domarkommitténs beslut, revision ${held.file.revision}, ${held.file.meetingDate}`,
      stage: null,
      unavailable: held instanceof AppError ? held.message : null,
    });
  }
  return items;
}

export interface PlannedReport {
  readonly job: ReportJob;
  readonly fileName: string;
}

function fileFor(inputs: ReportInputs, contestantId: string, basis: 'team' | 'individual'): UnsignedAssessmentFile {
  const found = inputs.contestants.get(contestantId);
  if (!found) throw appError('contestant-missing');
  const file = basis === 'team' ? found.team : found.individual;
  if (!file) throw appError('report-unavailable', { teamMissing: found.teamMissing });
  return file;
}

/** The job for one report, with the file name it is saved under. */
export function plan(inputs: ReportInputs, ref: ReportItemRef, options: ReportOptions, reportDate: string): PlannedReport {
  const year = inputs.facts.year;
  const source = inputs.source;
  if (ref.kind === 'beslutsprotokoll') {
    const held = inputs.decisions?.get(ref.meeting);
    if (!held) throw appError('report-no-decision', { meeting: ref.meeting === 'first' ? 'första mötet' : 'slutmötet' });
    if (held instanceof AppError) throw held;
    const name = beslutsprotokollName(ref.meeting, held.file.meetingDate);
    return {
      job: { kind: 'beslutsprotokoll', name, model: beslutsprotokollModel(held, inputs.facts, reportDate) },
      fileName: `${year}-beslutsprotokoll-${MEETING_FILE_NAMES[ref.meeting]}-r${held.file.revision}.pdf`,
    };
  }
  if (ref.kind === 'sammanstallning') {
    const competitionClass = inputs.facts.pkg.classes.find((c) => c.id === ref.classId);
    if (!competitionClass) throw appError('report-unknown-class', { classId: ref.classId });
    const bedomningar = [...inputs.facts.contestants.values()]
      .filter((c) => c.classId === ref.classId && inputs.contestants.get(c.id)!.team)
      .map((c) => {
        const found = inputs.contestants.get(c.id)!;
        return buildBedomningModel({ ...source, assessment: found.team!, reportDate, ...(found.teamSigned && { signed: found.teamSigned }) });
      });
    if (bedomningar.length === 0) throw appError('report-class-unavailable');
    const model = buildSammanstallningModel({
      ...source,
      classId: ref.classId,
      bedomningar,
      anonymous: options.anonymous,
      meeting: options.meeting,
      decision: options.meeting === 'final' ? decisionFromHeld(inputs.decisions) : null,
      reportDate,
    });
    // Only the class and the edition: the anonymised edition's name, like its pages, names no one.
    const edition = options.meeting === 'first' ? '-forsta-motet' : '-slutmotet';
    return {
      job: { kind: 'sammanstallning', name: sammanstallningTitle(model), model },
      fileName: `${year}-sammanstallning-${nameSlug(competitionClass.title)}${edition}${options.anonymous ? '-kodad' : ''}.pdf`,
    };
  }
  if (ref.kind === 'prisbedomning') {
    const found = inputs.contestants.get(ref.contestantId);
    const made = prisbedomningJob(source, fileFor(inputs, ref.contestantId, 'team'), {
      prizeId: ref.prizeId,
      reportDate,
      anonymous: options.anonymous,
      ...(found?.teamSigned && { signed: found.teamSigned }),
    });
    return { job: made.job, fileName: made.fileName };
  }
  if (ref.kind === 'prisaterforing') {
    const decision = heldPrizeDecision(inputs.decisions, ref.prizeId, ref.contestantId);
    const made = prisaterforingJob(source, fileFor(inputs, ref.contestantId, 'team'), { prizeId: ref.prizeId, reportDate, decision });
    return { job: made.job, fileName: made.fileName };
  }
  const name = inputs.facts.contestants.get(ref.contestantId)?.name ?? ref.contestantId;
  if (ref.kind === 'aterforing') {
    const model = buildAterforingModel({ ...source, assessment: fileFor(inputs, ref.contestantId, 'team'), reportDate, decision: heldFinalDecision(inputs.decisions, ref.contestantId) });
    return { job: { kind: 'aterforing', name: `Återföringsrapport – ${name}`, model }, fileName: `${year}-aterforingsrapport-${nameSlug(name)}.pdf` };
  }
  const file = fileFor(inputs, ref.contestantId, ref.basis);
  const signed = ref.basis === 'team' ? inputs.contestants.get(ref.contestantId)!.teamSigned : { sha256: null, keyId: inputs.ownKeyId };
  const model = buildBedomningModel({ ...source, assessment: file, reportDate, ...(signed && { signed }) });
  const suffix = ref.basis === 'individual' ? `-individuell-${nameSlug(file.author.name)}` : '';
  return {
    job: { kind: 'bedomning', name: `Bedömning – ${name}`, model, appendix: options.appendix },
    fileName: `${year}-bedomning-${nameSlug(name)}${suffix}.pdf`,
  };
}
