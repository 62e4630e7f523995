/**
 * An edit is saved on every pause in typing, so the SQL it runs is its cost.
 * Counted here: every execution of a prepared statement (run/get/all/iterate)
 * inside one edit through the core. Before the edit engine got its public face
 * (issue 18) a score edit ran 12 statements and a comment text edit 13
 * (measured with this test; BEGIN/COMMIT not counted).
 */
import type { Statement } from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../../../electron/core';
import { call } from '../../../../helpers/core';
import { exerciseCore, ROUND, SOLROSEN } from './fixture';

const EXECUTIONS = ['run', 'get', 'all', 'iterate'] as const;
/** better-sqlite3 runs a transaction's BEGIN and COMMIT as statements too; they are not the edit's SQL. */
const TRANSACTION_CONTROL = /^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

/** Counts statement executions on the core's connection while `work` runs. */
async function statementsDuring(core: Core, work: () => Promise<unknown>): Promise<number> {
  const proto = Object.getPrototypeOf(core.context.store.db.prepare('SELECT 1')) as Statement;
  let count = 0;
  for (const method of EXECUTIONS) {
    const original = proto[method] as (...args: unknown[]) => unknown;
    vi.spyOn(proto, method).mockImplementation(function (this: Statement, ...args: unknown[]) {
      if (!TRANSACTION_CONTROL.test(this.source)) count++;
      return original.apply(this, args);
    } as never);
  }
  try {
    await work();
  } finally {
    vi.restoreAllMocks();
  }
  return count;
}

afterEach(() => vi.restoreAllMocks());

async function annasDraft() {
  const core = await exerciseCore();
  await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
  const { id } = await call(core, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN });
  const { commentId } = await call(core, 'assessment:add-comment', { assessmentId: id, criterionId: '2.3', kind: 'strength', text: 'Början' });
  // Warm: the first edit of a session and the first use of each statement are not the steady state.
  await call(core, 'assessment:set-score', { assessmentId: id, criterionId: '1.1', score: 20 });
  return { core, assessmentId: id, commentId: commentId! };
}

describe('statements one edit runs', () => {
  it('a score edit runs fewer than the 12 it ran before', async () => {
    const { core, assessmentId } = await annasDraft();
    const count = await statementsDuring(core, () => call(core, 'assessment:set-score', { assessmentId, criterionId: '1.2', score: 40 }));
    expect(count).toBeLessThan(12);
    const after = await call(core, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(after.criteria.find((c) => c.criterionId === '1.2')?.score).toBe(40);
  });

  it('a comment text edit runs fewer than the 13 it ran before', async () => {
    const { core, assessmentId, commentId } = await annasDraft();
    const count = await statementsDuring(core, () => call(core, 'assessment:edit-comment', { assessmentId, commentId, text: 'Verksamheten följer upp sina mål.' }));
    expect(count).toBeLessThan(13);
    const after = await call(core, 'assessment:open', { roundId: ROUND, contestantId: SOLROSEN });
    expect(after.criteria.find((c) => c.criterionId === '2.3')?.strengths[0]?.text).toBe('Verksamheten följer upp sina mål.');
  });
});
