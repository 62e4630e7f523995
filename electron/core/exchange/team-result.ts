/**
 * The one answer to "what is the team's latest submitted assessment of this
 * contestant on this computer?", for every screen and report: the lead's own
 * (after the site visit before consensus; a draft of a new revision leaves the
 * last submitted one standing), or else the lead's newest file received here
 * where the independence gate allows. With it, who in the team never
 * submitted an individual assessment the team's could build on.
 */
import type { ConsensusCriterion, CriterionAssessment, Stage } from '../../../shared/domain/assessment';
import { ASSESSMENT_FORMAT, type UnsignedAssessmentFile } from '../../../shared/formats/assessment-file';
import { FORMAT_VERSION } from '../../../shared/formats/common';
import { splitPrizeRows } from '../../../shared/formats/prize-rows';
import { findAssessment, latestSubmitted, type AssessmentRecord } from '../assessments';
import { currentExaminer } from '../rounds/identity';
import type { Db } from '../db/open';
import { contentVisibility, type IndependenceSource } from './independence';
import { receivedFile } from './received-file';
import { currentReceived, type CurrentReceived } from './received-store';
import type { ContestantFacts, RoundFacts } from '../rounds/model';

export type TeamResult =
  | {
      readonly status: 'shown';
      readonly file: UnsignedAssessmentFile;
      /** The received file's SHA-256 and key; null for the lead's own. */
      readonly received: { readonly sha256: string; readonly keyId: string } | null;
      readonly notSubmitted: readonly string[];
    }
  | { readonly status: 'hidden' | 'missing'; readonly reason: string };

const STAGE_ORDER: Record<Stage, number> = { individual: 0, consensus: 1, 'site-visit': 2 };

/** The latest submitted revision of one of my assessments as the file its export would be (without the signature). */
export function ownSubmittedFile(db: Db, facts: RoundFacts, record: AssessmentRecord, publicKey: string): UnsignedAssessmentFile | null {
  const submitted = latestSubmitted(db, record);
  if (!submitted) return null;
  const base = {
    format: ASSESSMENT_FORMAT,
    formatVersion: FORMAT_VERSION,
    round: { id: facts.id },
    criteriaPackage: { id: facts.packageId, revision: facts.packageRevision, sha256: facts.packageSha256 },
    contestant: { id: record.contestantId },
    author: { examinerId: record.examinerId, name: facts.examiners.get(record.examinerId)?.name ?? record.examinerId, publicKey },
    revision: submitted.revision,
    exportedAt: submitted.submittedAt,
    includesPrivateNotes: false,
    changeLog: submitted.changeLog,
  };
  // The store keeps a prize's aspects as rows beside the criteria; the file carries them in `prizes`, as an export would.
  const { criteria, prizes } = splitPrizeRows<CriterionAssessment | ConsensusCriterion>(submitted.criteria);
  const content = { criteria, ...(prizes.length > 0 ? { prizes } : {}) };
  return (record.stage === 'individual'
    ? { ...base, stage: 'individual', ...content }
    : { ...base, stage: record.stage, ...content, team: submitted.team! }) as UnsignedAssessmentFile;
}

/** My own latest submitted assessment of a contestant at a stage, as a file; null when none. */
export function mySubmittedFile(db: Db, facts: RoundFacts, contestantId: string, stage: Stage, publicKey: string): UnsignedAssessmentFile | null {
  const me = currentExaminer(db, facts.id);
  const record = me ? findAssessment(db, { roundId: facts.id, contestantId, examinerId: me.id, stage }) : null;
  return record ? ownSubmittedFile(db, facts, record, publicKey) : null;
}

/** The team's members (names, in the round's order) whose individual assessment the team's file was not built on. */
export function notSubmittedMembers(facts: RoundFacts, contestant: ContestantFacts, file: UnsignedAssessmentFile): string[] {
  if (file.stage === 'individual') return [];
  const used = new Set(file.team.sources.map((s) => s.examinerId));
  const members = facts.teams.get(contestant.teamId)!.members;
  return [...facts.examiners.values()].filter((e) => members.has(e.id) && !used.has(e.id)).map((e) => e.name);
}

/** Per contestant of the round (or of `only`), the team's latest submitted assessment or why there is none to show. */
export function teamResults(db: Db, facts: RoundFacts, gate: IndependenceSource, publicKey: string, only?: ReadonlySet<string>): Map<string, TeamResult> {
  const me = currentExaminer(db, facts.id);
  const received = currentReceived(db, facts.id).filter((r) => r.stage !== 'individual' && (!only || only.has(r.contestantId)));
  const results = new Map<string, TeamResult>();
  for (const contestant of facts.contestants.values()) {
    if (only && !only.has(contestant.id)) continue;
    const team = facts.teams.get(contestant.teamId)!;
    const lead = me?.id === team.leadId;
    const read = lead ? null : receivedTeamFile(db, received, contestant.id, team.leadId);
    const file = lead
      ? (mySubmittedFile(db, facts, contestant.id, 'site-visit', publicKey) ?? mySubmittedFile(db, facts, contestant.id, 'consensus', publicKey))
      : (read?.file ?? null);
    const visibility = contentVisibility(gate, facts.id, contestant.id, team.members);
    if (!visibility.visible) results.set(contestant.id, { status: 'hidden', reason: visibility.reason });
    else if (!file) results.set(contestant.id, { status: 'missing', reason: lead ? 'Teamets bedömning är inte inlämnad ännu.' : 'Teamets konsensusbedömning har inte kommit hit ännu.' });
    else results.set(contestant.id, { status: 'shown', file, received: read && { sha256: read.sha256, keyId: read.keyId }, notSubmitted: notSubmittedMembers(facts, contestant, file) });
  }
  return results;
}

function receivedTeamFile(db: Db, received: readonly CurrentReceived[], contestantId: string, leadId: string) {
  const newest = received.filter((r) => r.contestantId === contestantId && r.examinerId === leadId).sort((a, b) => STAGE_ORDER[b.stage] - STAGE_ORDER[a.stage])[0];
  return newest ? receivedFile(db, newest, newest.revision) : null;
}
