/**
 * The hash-chained change log of an assessment. Every change appends one
 * entry (who, when, what, old → new) whose hash covers the previous entry's
 * hash, so an edited, removed or reordered entry breaks the chain. The
 * assessment row pins the entry count and the last hash, so losing the last
 * entry is noticed too.
 *
 * An entry's hash covers the digests (sha256 of the canonical JSON) of its
 * old and new values rather than the values themselves: an exported log can
 * leave out the text of private notes and still be verified.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { canonicalJson } from '../canonical-json';
import { prepared } from '../db/statements';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const GENESIS_HASH = '0'.repeat(64);

export type LogAction =
  | 'create'
  | 'set-score'
  | 'set-attribute'
  | 'set-note'
  | 'add-comment'
  | 'edit-comment'
  | 'delete-comment'
  | 'move-comment'
  | 'add-evidence'
  | 'remove-evidence'
  | 'undo'
  | 'redo'
  | 'submit'
  | 'reopen'
  // The team's consensus and site visit:
  | 'start-consensus'
  | 'start-site-visit'
  | 'set-rationale'
  | 'set-discussed'
  | 'set-visit-note'
  | 'set-team'
  | 'take-comments'
  | 'accept-source'
  | 'ignore-source';

/** What a change changed; undo and redo name the field they changed again. */
export type LogField = AssessmentField | TeamField;

/** The fields every assessment has (assessments/fields.ts). */
export const ASSESSMENT_FIELDS = ['score', 'attribute', 'note', 'comment', 'comment-text', 'comment-order', 'evidence'] as const;
export type AssessmentField = (typeof ASSESSMENT_FIELDS)[number];

/** Fields only a team assessment has (their storage: consensus/team-fields.ts, through the field registry). */
export type TeamField = 'rationale' | 'discussed' | 'visit-note' | 'team' | 'source';

export interface LogEntryInput {
  readonly at: string;
  /** The examiner id of who made the change. */
  readonly actor: string;
  readonly action: LogAction;
  readonly field: LogField | null;
  readonly target: JsonObject;
  readonly old: Json;
  readonly new: Json;
  /** Undo/redo: the entry whose change is undone or made again. */
  readonly ref: number | null;
}

export interface LogEntry extends LogEntryInput {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export const valueDigest = (value: Json): string => sha256(canonicalJson(value));

/** What the hash covers: everything but the values themselves, which are covered by their digests. */
export interface HashedEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly field: string | null;
  readonly target: Json;
  readonly oldDigest: string;
  readonly newDigest: string;
  readonly ref: number | null;
  readonly prevHash: string;
}

export function entryHash(assessmentId: string, entry: HashedEntry): string {
  return sha256(canonicalJson({ assessment: assessmentId, ...entry }));
}

/** Where an assessment's log stands: its entry count and last hash (pinned on the assessment row). */
export interface LogHead {
  readonly id: string;
  readonly logCount: number;
  readonly logHead: string;
}

export interface AppendOptions {
  /**
   * The working session (the scope of undo) begins with this entry, or after
   * it: submitting, reopening and starting a team stage end one.
   */
  readonly session?: 'begins' | 'ends';
  /** The canonical JSON of `old` and `new`, when the caller has it already. */
  readonly canonical?: { readonly old: string; readonly new: string };
}

/**
 * Appends one entry after `head` (inside the caller's transaction) and moves
 * the assessment's pinned head. A head that is no longer the assessment's
 * (another entry came in between) is refused rather than forking the chain.
 */
export function appendLog(db: Db, head: LogHead, input: LogEntryInput, options: AppendOptions = {}): LogEntry {
  const seq = head.logCount + 1;
  const digest = (value: Json, canonical: string | undefined) => (canonical === undefined ? valueDigest(value) : sha256(canonical));
  const hashed: HashedEntry = {
    seq,
    at: input.at,
    actor: input.actor,
    action: input.action,
    field: input.field,
    target: input.target,
    oldDigest: digest(input.old, options.canonical?.old),
    newDigest: digest(input.new, options.canonical?.new),
    ref: input.ref,
    prevHash: head.logHead,
  };
  const hash = entryHash(head.id, hashed);
  prepared(db,
    `INSERT INTO assessment_log (assessment_id, seq, at, actor, action, field, target, old_value, new_value, ref_seq, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(head.id, seq, input.at, input.actor, input.action, input.field, JSON.stringify(input.target), JSON.stringify(input.old), JSON.stringify(input.new), input.ref, head.logHead, hash);
  const sessionStart = options.session === 'begins' ? seq : options.session === 'ends' ? seq + 1 : null;
  const moved = prepared(db,
    'UPDATE assessments SET log_count = ?, log_head = ?, updated_at = ?, session_start = COALESCE(?, session_start) WHERE id = ? AND log_count = ? AND log_head = ?',
  ).run(seq, hash, input.at, sessionStart, head.id, head.logCount, head.logHead);
  if (moved.changes !== 1) throw new Error(`the log of assessment ${head.id} moved on from entry ${head.logCount}`);
  return { ...input, seq, prevHash: head.logHead, hash };
}

interface LogRow {
  seq: number;
  at: string;
  actor: string;
  action: LogAction;
  field: LogField | null;
  target: string;
  old_value: string;
  new_value: string;
  ref_seq: number | null;
  prev_hash: string;
  hash: string;
}

/** The log (or the entries fromSeq..toSeq) in stored order. */
export function readLog(db: Db, assessmentId: string, fromSeq = 1, toSeq = Number.MAX_SAFE_INTEGER): LogEntry[] {
  const rows = prepared(db, 'SELECT * FROM assessment_log WHERE assessment_id = ? AND seq BETWEEN ? AND ? ORDER BY seq')
    .all(assessmentId, fromSeq, toSeq) as LogRow[];
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    field: row.field,
    target: JSON.parse(row.target) as JsonObject,
    old: JSON.parse(row.old_value) as Json,
    new: JSON.parse(row.new_value) as Json,
    ref: row.ref_seq,
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
}

export interface LogDigest {
  /** How many entries the log has. */
  readonly entries: number;
  /** The hash of the last entry (GENESIS_HASH for an empty log). */
  readonly finalHash: string;
}

export type LogVerification =
  | ({ readonly ok: true } & LogDigest)
  | ({ readonly ok: false; readonly seq: number; readonly problem: string } & LogDigest);

/**
 * Walks a chain of entries (as stored, or as exported with digests). Fails at
 * the first entry whose number, predecessor or hash does not fit, or when the
 * chain ends elsewhere than the pinned head.
 */
export function verifyChain(assessmentId: string, entries: readonly (HashedEntry & { hash: string })[], pinned?: LogDigest): LogVerification {
  let prev = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const digest = { entries: index, finalHash: prev };
    if (entry.seq !== index + 1) {
      return { ok: false, seq: entry.seq, problem: `Post ${index + 1} saknas eller har flyttats (i stället står post ${entry.seq} där).`, ...digest };
    }
    if (entry.prevHash !== prev) {
      return { ok: false, seq: entry.seq, problem: `Post ${entry.seq} hänger inte ihop med posten före: en post har tagits bort, lagts till eller flyttats.`, ...digest };
    }
    const { hash, ...hashed } = entry;
    if (entryHash(assessmentId, hashed) !== hash) {
      return { ok: false, seq: entry.seq, problem: `Post ${entry.seq} har ändrats efter att den skrevs.`, ...digest };
    }
    prev = hash;
  }
  const digest = { entries: entries.length, finalHash: prev };
  if (pinned && (pinned.entries !== digest.entries || pinned.finalHash !== digest.finalHash)) {
    return {
      ok: false,
      seq: entries.length,
      problem: `Loggen slutar vid post ${entries.length}, men bedömningen har ${pinned.entries} poster: poster i slutet har tagits bort eller ändrats.`,
      ...digest,
    };
  }
  return { ok: true, ...digest };
}

/** What an entry's hash covers, with the hash. */
export const hashedOf = (entry: LogEntry): HashedEntry & { hash: string } => ({
  seq: entry.seq,
  at: entry.at,
  actor: entry.actor,
  action: entry.action,
  field: entry.field,
  target: entry.target,
  oldDigest: valueDigest(entry.old),
  newDigest: valueDigest(entry.new),
  ref: entry.ref,
  prevHash: entry.prevHash,
  hash: entry.hash,
});

/** Verifies the stored log of an assessment against its values and its pinned head. */
export function verifyLog(db: Db, assessmentId: string): LogVerification {
  const head = prepared(db, 'SELECT log_count, log_head FROM assessments WHERE id = ?').get(assessmentId) as
    | { log_count: number; log_head: string }
    | undefined;
  if (!head) throw new Error(`assessment ${assessmentId} is missing`);
  return verifyChain(assessmentId, readLog(db, assessmentId).map(hashedOf), { entries: head.log_count, finalHash: head.log_head });
}
