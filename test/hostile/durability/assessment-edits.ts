/**
 * Crash durability of the examiner's desk: scores and comments written through
 * the real dispatch as fast as the core acknowledges them. An edit's id is the
 * change-log entry it wrote; after the kill every acknowledged entry must be
 * there, the chain must verify, and every score and comment text must be the
 * one its last logged change set. No vitest in here (see edits.ts).
 */
import type Database from 'better-sqlite3';
import type { Core } from '../../../electron/core';
import { verifyLog } from '../../../electron/core/assessments/log';
import type { Args, Channel } from '../../../shared/contract';
import type { DurableEdit } from './edits';

const ROUND = 'ku-2026-ovning';
const CRITERIA = ['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '4.1', '4.2', '5.1', '5.2', '6.1', '6.2', '6.3'];

async function dispatch<C extends Channel>(core: Core, channel: C, args: Args<C>): Promise<Record<string, unknown>> {
  const envelope = await core.dispatch(channel, args);
  if (!envelope.ok) throw new Error(`${channel} refused: ${envelope.error.message}`);
  return envelope.value as Record<string, unknown>;
}

/** Imports the övningsomgång, says who we are and opens the first contestant (again, after a kill). */
async function openDesk(core: Core): Promise<string> {
  await dispatch(core, 'round:open-exercise', {});
  await dispatch(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
  return (await dispatch(core, 'assessment:open', { roundId: ROUND, contestantId: 'c-solrosen' })).id as string;
}

/** The number of the log entry the acknowledged edit wrote (the core is single-threaded: it is the last one). */
function lastEntry(core: Core, assessmentId: string): string {
  return String(core.context.store.db.prepare('SELECT log_count FROM assessments WHERE id = ?').pluck().get(assessmentId));
}

function assessmentIdIn(db: Database.Database): string | undefined {
  return db.prepare("SELECT id FROM assessments WHERE stage = 'individual'").pluck().get() as string | undefined;
}

/** Acknowledged entries not in the log; all of them when the chain or the state does not match the log. */
function missingEntries(db: Database.Database, acknowledged: readonly string[], actions: readonly string[], stateMatches: (id: string) => boolean): string[] {
  const id = assessmentIdIn(db);
  if (!id) return [...acknowledged];
  if (!verifyLog(db, id).ok || !stateMatches(id)) return [...acknowledged];
  const present = new Set(
    (db.prepare(`SELECT seq FROM assessment_log WHERE assessment_id = ? AND action IN (${actions.map(() => '?').join(', ')})`).pluck().all(id, ...actions) as number[]).map(String),
  );
  return acknowledged.filter((seq) => !present.has(seq));
}

/** Every row's value equals the `new` value of the last log entry (of `fields`) that changed it. */
function matchesLog(db: Database.Database, id: string, fields: readonly string[], key: string, stored: Map<string, unknown>): boolean {
  const rows = db
    .prepare(`SELECT target, new_value FROM assessment_log WHERE assessment_id = ? AND field IN (${fields.map(() => '?').join(', ')}) ORDER BY seq`)
    .all(id, ...fields) as { target: string; new_value: string }[];
  const last = new Map<string, unknown>();
  for (const row of rows) {
    const value = JSON.parse(row.new_value) as unknown;
    last.set((JSON.parse(row.target) as Record<string, string>)[key]!, typeof value === 'object' && value !== null ? (value as { text: string }).text : value);
  }
  return [...last].every(([target, value]) => stored.get(target) === value);
}

let assessmentId = '';
let lastComment = '';

export const assessmentDurableEdits: DurableEdit[] = [
  {
    name: 'assessment:set-score through dispatch',
    killWithinMs: 1_500,
    async prepare(core) {
      assessmentId = await openDesk(core);
    },
    async edit(core, n) {
      // 14 criteria in turn; a criterion's next score always differs from its last.
      const score = ((Math.floor(n / CRITERIA.length) % 10) + 1) * 10;
      await dispatch(core, 'assessment:set-score', { assessmentId, criterionId: CRITERIA[n % CRITERIA.length]!, score });
      return lastEntry(core, assessmentId);
    },
    missing(db, acknowledged) {
      return missingEntries(db, acknowledged, ['set-score'], (id) => {
        const scores = new Map((db.prepare('SELECT criterion_id, score FROM assessment_criteria WHERE assessment_id = ?').all(id) as { criterion_id: string; score: number | null }[]).map((r) => [r.criterion_id, r.score] as const));
        return matchesLog(db, id, ['score'], 'criterionId', scores);
      });
    },
  },
  {
    name: 'assessment comments (add, edit) through dispatch',
    killWithinMs: 1_500,
    async prepare(core) {
      assessmentId = await openDesk(core);
      lastComment = '';
    },
    async edit(core, n) {
      if (n % 4 === 0 || lastComment === '') {
        const criterionId = CRITERIA[Math.floor(n / 4) % CRITERIA.length]!;
        const kind = n % 8 === 0 ? 'strength' : 'improvement';
        lastComment = (await dispatch(core, 'assessment:add-comment', { assessmentId, criterionId, kind, text: `Kommentar ${n}` })).commentId as string;
      } else {
        await dispatch(core, 'assessment:edit-comment', { assessmentId, commentId: lastComment, text: `Kommentar ${n}, omskriven` });
      }
      return lastEntry(core, assessmentId);
    },
    missing(db, acknowledged) {
      return missingEntries(db, acknowledged, ['add-comment', 'edit-comment'], (id) => {
        const texts = new Map((db.prepare('SELECT id, text FROM assessment_comments WHERE assessment_id = ?').all(id) as { id: string; text: string }[]).map((r) => [r.id, r.text] as const));
        return matchesLog(db, id, ['comment', 'comment-text'], 'commentId', texts);
      });
    },
  },
];
