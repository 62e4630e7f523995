/**
 * The edits the crash-durability test makes, as fast as it can, in a child
 * process that is then killed at a random moment. Every edit the core
 * acknowledged must be in the reopened database.
 *
 * A feature with persistent edits plugs in by adding one entry to
 * `durableEdits` (e.g. scoring: prepare = import a round and pick a criterion;
 * edit = `assessment:set-score` through `core.dispatch`, returning an id that
 * names the score; missing = the ids whose score is not in the table).
 * No vitest in here: it runs in the plain-Node child.
 */
import type Database from 'better-sqlite3';
import type { Core } from '../../../electron/core';
import { writeSetting } from '../../../electron/core/settings';
import { assessmentDurableEdits } from './assessment-edits';

export interface DurableEdit {
  readonly name: string;
  /** Brings the fresh core to where edits can be made (import a round, …). */
  prepare?(core: Core): Promise<void>;
  /** Makes edit number `n` through the core; resolves with its id once the core has acknowledged it. */
  edit(core: Core, n: number): Promise<string>;
  /** In the reopened database: the acknowledged ids whose edit is not there. */
  missing(db: Database.Database, acknowledged: readonly string[]): string[];
  /** The child is killed at a random moment within this many ms after its 1,000th acknowledged edit (default 320). */
  readonly killWithinMs?: number;
}

/** The child's clock: edit n happens at BASE + n ms, so a stored time names its edit. */
export const CLOCK_BASE = Date.parse('2026-09-01T08:00:00.000Z');

async function throughDispatch(core: Core, channel: 'app:dismiss-welcome'): Promise<void> {
  const envelope = await core.dispatch(channel, {});
  if (!envelope.ok) throw new Error(`${channel} refused: ${envelope.error.message}`);
}

export const durableEdits: DurableEdit[] = [
  {
    // Every acknowledged row is checked one by one; written on the core's own
    // connection (WAL, synchronous=FULL) with the core's settings function.
    name: 'settings rows on the core connection',
    async edit(core, n) {
      writeSetting(core.context.store.db, `durability.${n}`, String(n));
      return String(n);
    },
    missing(db, acknowledged) {
      const present = new Set((db.prepare("SELECT key FROM settings WHERE key LIKE 'durability.%'").all() as { key: string }[]).map((row) => row.key));
      return acknowledged.filter((id) => !present.has(`durability.${id}`));
    },
  },
  {
    // A real channel through the real dispatch. It overwrites one value, so the
    // value must be from the last acknowledged edit or a later one.
    name: 'app:dismiss-welcome through dispatch',
    async edit(core, n) {
      await throughDispatch(core, 'app:dismiss-welcome');
      return String(n);
    },
    missing(db, acknowledged) {
      const last = acknowledged.at(-1);
      if (last === undefined) return [];
      const row = db.prepare("SELECT value FROM settings WHERE key = 'welcome.dismissed'").get() as { value: string } | undefined;
      const stored = row ? Date.parse(row.value) - CLOCK_BASE : -1;
      return stored >= Number(last) ? [] : [last];
    },
  },
  ...assessmentDurableEdits,
];
