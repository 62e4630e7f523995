import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const file = join(__dirname, '../../test-results/summaries/hostile.jsonl');

export interface HostileOutcome {
  /** Which importer: 'kvpaket', 'kvomgang', 'kvbedomning', 'pdf', 'docx', 'backup', … */
  readonly importer: string;
  /** What the input was ("ZIP bomb", "path traversal", …). */
  readonly input: string;
  /** True when the input was refused with a Swedish message. */
  readonly refused: boolean;
  /**
   * Set when an input is deliberately accepted rather than refused because it is
   * harmless as handled (e.g. a PDF's JavaScript is never run); reported apart.
   */
  readonly acceptedSafely?: boolean;
  /**
   * True when the database differed afterwards (must never happen), computed by
   * comparing `dbFingerprint` before and after. For an input accepted by design
   * the tables that hold what was accepted (the document) are left out of the
   * comparison, and everything else must be unchanged.
   */
  readonly changedDatabase: boolean;
}

/**
 * Every hostile-input test records its outcome here; `npm test` prints the total
 * as "hostile inputs: N tried, N refused, 0 changed the database".
 */
export function recordHostile(outcome: HostileOutcome): void {
  mkdirSync(join(file, '..'), { recursive: true });
  appendFileSync(file, `${JSON.stringify(outcome)}\n`);
}
