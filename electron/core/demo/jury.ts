/**
 * Domarkommitténs meetings in the demo, held on stadsledningskontoret's
 * installation through the channels of the jury's workspace screen: the
 * meeting's date and members, a choice (first meeting) or a decision with its
 * citation (final meeting) for every contestant the workspace shows — class by
 * class, then every prize's entrants — then the signed export. A team lead trusts the office's key and imports the decision.
 */
import type { JuryAwardView, ReceivedDecisionView } from '../../../shared/contract/jury';
import { appError } from '../../../shared/errors';
import type { Meeting } from '../../../shared/formats/jury-decision';
import type { Core } from '../create-core';
import { call } from './installation';
import { JURY } from './jury-script';

type Entry = { siteVisit: boolean; note: string } | { decision: 'winner' | 'honourable-mention' | 'none'; citation?: string };

function scripted(meeting: Meeting, award: JuryAwardView, contestantId: string, name: string): Entry {
  const held = meeting === 'first' ? { classes: JURY.first.choices, prizes: JURY.first.prizes } : { classes: JURY.final.decisions, prizes: JURY.final.prizes };
  const entry = award.kind === 'class' ? held.classes[contestantId] : held.prizes[award.id]?.[contestantId];
  if (!entry) throw appError('demo-jury-script-missing', { name });
  return entry;
}

/** The meeting held and its decision exported, signed with the key file given; the saved file's path. */
export async function holdMeeting(office: Core, roundId: string, meeting: Meeting, keyFileId: string): Promise<string> {
  const date = meeting === 'first' ? JURY.first.date : JURY.final.date;
  await call(office, 'decision:save-meeting', { roundId, meeting, meetingDate: date, members: [...JURY.members] });
  const decide = async (award: JuryAwardView, shownClass: string) => {
    for (const { contestantId, name } of award.entries) {
      await call(office, 'decision:set-entry', { roundId, meeting, awardKind: award.kind, awardId: award.id, contestantId, shownClass, ...scripted(meeting, award, contestantId, name) });
    }
  };
  // The workspace shows one class at a time, as the jury's screen does, with every prize beside it: class by class, then the prizes.
  const { classes } = await call(office, 'decision:workspace', { roundId, meeting });
  let view = null;
  for (const { id } of classes) {
    view = await call(office, 'decision:workspace', { roundId, meeting, awardId: id });
    for (const award of view.awards.filter((a) => a.kind === 'class' && a.id === id)) await decide(award, id);
  }
  for (const award of view?.awards.filter((a) => a.kind === 'prize') ?? []) await decide(award, classes.at(-1)!.id);
  const saved = await call(office, 'decision:export', { roundId, meeting, keyFileId });
  if (!saved) throw appError('demo-not-saved', { what: 'Domarkommitténs beslut' });
  return saved.path;
}

/** The lead compares the fingerprint stadsledningskontoret gave and trusts its key, as in Inställningar → Betrodda nycklar. */
export async function trustOffice(lead: Core, publicKeyPath: string): Promise<void> {
  const fileId = lead.context.files.register(publicKeyPath).id;
  const { keyId } = await call(lead, 'trust:inspect-key', { fileId });
  await call(lead, 'trust:add-key', { fileId, keyId, label: 'Stadsledningskontoret' });
}

export function receiveDecision(lead: Core, path: string): Promise<ReceivedDecisionView> {
  return call(lead, 'decision:import', { fileId: lead.context.files.register(path).id });
}
