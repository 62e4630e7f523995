/**
 * A team lead (or anyone holding the round) imports the jury's decision and
 * sees it per contestant. Verified with the trust packages and rounds have,
 * checked against the round held here; kept verbatim, the newest revision
 * per meeting. All or nothing: a refused file changes nothing.
 */
import type { ReceivedDecisionView } from '../../../shared/contract/jury';
import { appError } from '../../../shared/errors';
import { fingerprint } from '../../../shared/fingerprint';
import { MAX_DECISION_FILE_BYTES, type DecisionFile, type Meeting } from '../../../shared/formats/jury-decision';
import type { CoreContext } from '../context';
import { findRound, type RoundFacts } from '../rounds/model';
import { installationTrust } from '../packages/trust-store';
import { readUserFile } from '../packages/user-files';
import { checkDecisionAgainstRound, verifyDecisionBytes, type VerifiedDecision } from './decision-file';
import { heldDecisionRound } from './export';

function view(facts: RoundFacts, read: VerifiedDecision): ReceivedDecisionView {
  const file: DecisionFile = read.file;
  const titles = new Map(facts.pkg.classes.map((c) => [c.id, c.title]));
  const entries = file.classes.flatMap((award) =>
    (award.contestants as readonly ({ contestant: string; siteVisit?: boolean; note?: string; decision?: 'winner' | 'honourable-mention' | 'none'; citation?: string })[]).map((e) => ({
      contestantId: e.contestant,
      name: facts.contestants.get(e.contestant)?.name ?? e.contestant,
      award: titles.get(award.id) ?? award.id,
      siteVisit: e.siteVisit ?? null,
      decision: e.decision ?? null,
      text: e.citation ?? e.note ?? '',
    })),
  );
  return {
    meeting: file.meeting,
    meetingDate: file.meetingDate,
    revision: file.revision,
    members: file.jury.map((m) => m.name),
    signerFingerprint: fingerprint(read.signer.keyId),
    exampleMaterial: read.signer.example,
    entries,
  };
}

function verifiedForRound(ctx: CoreContext, bytes: Buffer): { read: VerifiedDecision; facts: RoundFacts } {
  const read = verifyDecisionBytes(bytes, installationTrust(ctx.store.db, ctx.resourcesDir));
  const facts = findRound(ctx.store.db, read.file.round.id);
  if (!facts) throw appError('decision-round-missing', { id: read.file.round.id });
  checkDecisionAgainstRound(read, heldDecisionRound(facts));
  return { read, facts };
}

export function importDecision(ctx: CoreContext, fileId: string): ReceivedDecisionView {
  const { bytes } = readUserFile(ctx, fileId, MAX_DECISION_FILE_BYTES);
  const { read, facts } = verifiedForRound(ctx, bytes);
  const db = ctx.store.db;
  const { file } = read;
  db.transaction(() => {
    const held = db.prepare('SELECT revision, sha256 FROM received_decisions WHERE round_id = ? AND meeting = ?').get(file.round.id, file.meeting) as { revision: number; sha256: string } | undefined;
    if (held && held.revision > file.revision) {
      throw appError('decision-older', { revision: file.revision, heldRevision: held.revision });
    }
    if (held && held.revision === file.revision && held.sha256 !== read.sha256) {
      throw appError('decision-revision-differs', { revision: file.revision });
    }
    db.prepare(
      `INSERT INTO received_decisions (round_id, meeting, revision, sha256, signer_key_id, received_at, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (round_id, meeting) DO UPDATE SET revision = excluded.revision, sha256 = excluded.sha256, signer_key_id = excluded.signer_key_id,
         received_at = excluded.received_at, bytes = excluded.bytes WHERE received_decisions.sha256 <> excluded.sha256`,
    ).run(file.round.id, file.meeting, file.revision, read.sha256, read.signer.keyId, ctx.clock.now().toISOString(), read.bytes);
  }).immediate();
  return view(facts, read);
}

/** The decisions held for a round, first meeting first; each re-verified (a key removed since is said). */
export function receivedDecisions(ctx: CoreContext, roundId: string): ReceivedDecisionView[] {
  const rows = ctx.store.db.prepare('SELECT meeting, bytes FROM received_decisions WHERE round_id = ? ORDER BY meeting DESC').all(roundId) as { meeting: Meeting; bytes: Buffer }[];
  return rows.map((row) => {
    const { read, facts } = verifiedForRound(ctx, row.bytes);
    return view(facts, read);
  });
}
