/**
 * Exporting a meeting's decision: every class complete (a choice or a decision
 * for each contestant, a citation for each winner and honourable mention),
 * the basis taken from the team files the workspace rests on, signed with
 * stadsledningskontoret's key, checked as a receiver checks it, then saved.
 */
import { createPublicKey } from 'node:crypto';
import { basename } from 'node:path';
import type { ExportedDecision, JuryWorkspace } from '../../../shared/contract/jury';
import { appError } from '../../../shared/errors';
import { FORMAT_VERSION } from '../../../shared/formats/common';
import { DECISION_FORMAT, type BasisFile, type Meeting, type UnsignedDecisionFile } from '../../../shared/formats/jury-decision';
import type { CoreContext } from '../context';
import type { IndependenceSource } from '../exchange/independence';
import { getRound, type RoundFacts } from '../rounds/model';
import { teamResults } from '../exchange/team-result';
import { commandLineKey, installationTrust, trustOwnKey, trustSet } from '../packages/trust-store';
import { readSigningKey } from '../packages/user-files';
import { safeFileName } from '../safe-file-name';
import { buildDecisionFile, checkDecisionAgainstRound, decisionRound, verifyDecisionBytes } from './decision-file';
import { keepDecision } from './received';
import { recordExport } from './store';
import { juryWorkspace } from './workspace';

export const MEETING_FILE_NAMES: Record<Meeting, string> = { first: 'forsta-motet', final: 'slutmotet' };

/** The round as the decision check sees it (classes from the contestants on this computer). */
export function heldDecisionRound(facts: RoundFacts) {
  return decisionRound(
    { id: facts.id, example: facts.example, packageId: facts.packageId, packageRevision: facts.packageRevision, packageSha256: facts.packageSha256 },
    [...facts.contestants.values()].map((c) => ({ id: c.id, name: c.name, classId: c.classId, prizes: c.prizes })),
    facts.prizes.map((p) => p.id),
  );
}

/** Per class, who still lacks a choice or a decision; the export is refused while anyone does. */
function undecided(view: JuryWorkspace): string[] {
  return view.awards.filter((a) => a.undecided.length > 0).map((a) => `${a.title} (${a.undecided.join(', ')})`);
}

function basisOf(ctx: CoreContext, facts: RoundFacts, gate: IndependenceSource, publicKey: string): BasisFile[] {
  const basis: BasisFile[] = [];
  for (const [contestant, result] of teamResults(ctx.store.db, facts, gate, publicKey)) {
    if (result.status !== 'shown' || result.received === null || result.file.stage === 'individual') continue;
    const { file, received } = result;
    basis.push({ sha256: received.sha256, contestant, stage: file.stage, revision: file.revision, author: { examinerId: file.author.examinerId, name: file.author.name }, keyId: received.keyId });
  }
  return basis;
}

export async function exportDecision(ctx: CoreContext, roundId: string, meeting: Meeting, keyFileId: string, gate: IndependenceSource, publicKey: string): Promise<ExportedDecision | null> {
  const db = ctx.store.db;
  const facts = getRound(db, roundId);
  const view = juryWorkspace(db, facts, meeting, gate, publicKey);
  if (view.meetingDate === null) throw appError('decision-no-date');
  if (view.members.length === 0) throw appError('decision-no-members');
  const open = undecided(view);
  if (open.length > 0) {
    const what = meeting === 'first' ? 'val om platsbesök' : 'beslut med motivering';
    throw appError('decision-incomplete', { what, open });
  }
  const privateKey = readSigningKey(ctx, keyFileId);
  const entries = (kind: 'class' | 'prize') =>
    view.awards
      .filter((a) => a.kind === kind)
      .map((a) => ({
        id: a.id,
        contestants: a.entries.map((e) =>
          meeting === 'first'
            ? { contestant: e.contestantId, siteVisit: e.siteVisit!, ...(e.note.trim() ? { note: e.note.trim() } : {}) }
            : e.decision === 'none'
              ? { contestant: e.contestantId, decision: 'none' as const }
              : { contestant: e.contestantId, decision: e.decision!, citation: e.citation.trim() },
        ),
      }));
  const revision = view.lastRevision + 1;
  const content = {
    format: DECISION_FORMAT,
    formatVersion: FORMAT_VERSION,
    round: { id: facts.id },
    criteriaPackage: { id: facts.packageId, revision: facts.packageRevision, sha256: facts.packageSha256 },
    meeting,
    meetingDate: view.meetingDate,
    jury: view.members.map((name) => ({ name })),
    revision,
    exportedAt: ctx.clock.now().toISOString(),
    basis: basisOf(ctx, facts, gate, publicKey),
    classes: entries('class'),
    prizes: entries('prize'),
  } as UnsignedDecisionFile;
  const built = buildDecisionFile(content, privateKey);
  const own = commandLineKey(createPublicKey(privateKey), 'egen nyckel', ctx.resourcesDir);
  const verified = verifyDecisionBytes(built.bytes, trustSet([...installationTrust(db, ctx.resourcesDir).values()], [own]));
  checkDecisionAgainstRound(verified, heldDecisionRound(facts));
  const suggestedName = safeFileName(`${facts.id}-beslut-${MEETING_FILE_NAMES[meeting]}-r${revision}.kvbeslut`, 'beslut.kvbeslut');
  const saved = await ctx.saveFile({ suggestedName, bytes: built.bytes, filterName: 'Beslut från domarkommittén', extensions: ['kvbeslut'] });
  if (!saved) return null;
  const now = ctx.clock.now().toISOString();
  db.transaction(() => {
    trustOwnKey(db, privateKey, now, ctx.resourcesDir);
    recordExport(db, roundId, meeting, revision);
    keepDecision(db, verified, now);
  }).immediate();
  return { path: saved.path, fileName: basename(saved.path), revision, keyId: built.keyId, exampleMaterial: verified.signer.example };
}
