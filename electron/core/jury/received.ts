/**
 * A team lead (or anyone holding the round) imports the jury's decision and
 * sees it per contestant. Verified with the trust packages and rounds have,
 * checked against the round held here; kept verbatim, the newest revision
 * per meeting. All or nothing: a refused file changes nothing. The office's
 * own export is kept the same way, so its protokoll is made from the signed file.
 */
import type { DecisionPreview, ReceivedDecisionView } from '../../../shared/contract/jury';
import { AppError, appError } from '../../../shared/errors';
import { fingerprint } from '../../../shared/fingerprint';
import { MAX_DECISION_FILE_BYTES, type DecisionFile, type Meeting } from '../../../shared/formats/jury-decision';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { findRound, type RoundFacts } from '../rounds/model';
import { installationTrust } from '../packages/trust-store';
import { readUserFile } from '../packages/user-files';
import { checkDecisionAgainstRound, verifyDecisionBytes, type VerifiedDecision } from './decision-file';
import { heldDecisionRound } from './export';

function view(facts: RoundFacts, read: VerifiedDecision): ReceivedDecisionView {
  const file: DecisionFile = read.file;
  type Listed = readonly { readonly id: string; readonly contestants: readonly unknown[] }[];
  const listed = (awards: Listed, titles: ReadonlyMap<string, string>) =>
    awards.flatMap((award) =>
      (award.contestants as readonly ({ contestant: string; siteVisit?: boolean; note?: string; decision?: 'winner' | 'honourable-mention' | 'none'; citation?: string })[]).map((e) => ({
        contestantId: e.contestant,
        name: facts.contestants.get(e.contestant)?.name ?? e.contestant,
        award: titles.get(award.id) ?? award.id,
        siteVisit: e.siteVisit ?? null,
        decision: e.decision ?? null,
        text: e.citation ?? e.note ?? '',
      })),
    );
  // Every class of the scored award, then every prize: a contestant in both is listed under each.
  const entries = [
    ...listed(file.classes, new Map(facts.pkg.classes.map((c) => [c.id, c.title]))),
    ...listed(file.prizes, new Map(facts.prizes.map((p) => [p.id, p.title]))),
  ];
  return {
    roundId: facts.id,
    roundTitle: facts.title,
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

/** What keeping `read` would do: refused when an older revision or a different file of the same revision. */
function heldState(db: Db, read: VerifiedDecision): DecisionPreview['held'] {
  const { file } = read;
  const held = db.prepare('SELECT revision, sha256 FROM received_decisions WHERE round_id = ? AND meeting = ?').get(file.round.id, file.meeting) as { revision: number; sha256: string } | undefined;
  if (!held) return 'new';
  if (held.revision > file.revision) throw appError('decision-older', { revision: file.revision, heldRevision: held.revision });
  if (held.revision === file.revision) {
    if (held.sha256 !== read.sha256) throw appError('decision-revision-differs', { revision: file.revision });
    return 'unchanged';
  }
  return 'newer';
}

/** Keeps a verified decision (the same file again changes nothing). */
export function keepDecision(db: Db, read: VerifiedDecision, now: string): void {
  const { file } = read;
  db.transaction(() => {
    if (heldState(db, read) === 'unchanged') return;
    db.prepare(
      `INSERT INTO received_decisions (round_id, meeting, revision, sha256, signer_key_id, received_at, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (round_id, meeting) DO UPDATE SET revision = excluded.revision, sha256 = excluded.sha256, signer_key_id = excluded.signer_key_id,
         received_at = excluded.received_at, bytes = excluded.bytes`,
    ).run(file.round.id, file.meeting, file.revision, read.sha256, read.signer.keyId, now, read.bytes);
  }).immediate();
}

function readDecisionFile(ctx: CoreContext, fileId: string) {
  const { bytes } = readUserFile(ctx, fileId, MAX_DECISION_FILE_BYTES);
  return verifiedForRound(ctx, bytes);
}

/** What the file says and what importing it would do, before anything is kept. */
export function previewDecision(ctx: CoreContext, fileId: string): DecisionPreview {
  const { read, facts } = readDecisionFile(ctx, fileId);
  return { decision: view(facts, read), held: heldState(ctx.store.db, read) };
}

export function importDecision(ctx: CoreContext, fileId: string): ReceivedDecisionView {
  const { read, facts } = readDecisionFile(ctx, fileId);
  keepDecision(ctx.store.db, read, ctx.clock.now().toISOString());
  return view(facts, read);
}

/** The decisions held for a round, first meeting first; each re-verified (a key removed since is said). */
export function receivedDecisions(ctx: CoreContext, roundId: string): ReceivedDecisionView[] {
  const rows = ctx.store.db.prepare('SELECT bytes FROM received_decisions WHERE round_id = ? ORDER BY meeting DESC').all(roundId) as { bytes: Buffer }[];
  return rows.map((row) => {
    const { read, facts } = verifiedForRound(ctx, row.bytes);
    return view(facts, read);
  });
}

/** The held signed decisions of a round by meeting, each verified or the Swedish reason it no longer is (for the beslutsprotokoll). */
export function heldDecisions(ctx: CoreContext, roundId: string): Map<Meeting, VerifiedDecision | AppError> {
  const rows = ctx.store.db.prepare('SELECT meeting, bytes FROM received_decisions WHERE round_id = ?').all(roundId) as { meeting: Meeting; bytes: Buffer }[];
  const held = new Map<Meeting, VerifiedDecision | AppError>();
  for (const row of rows) {
    try {
      held.set(row.meeting, verifiedForRound(ctx, row.bytes).read);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      held.set(row.meeting, error);
    }
  }
  return held;
}
