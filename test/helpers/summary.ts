import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '../../test-results/summaries');

/** A line for the end of `npm test` (e.g. "hostile inputs: 40 tried, 40 refused, 0 changed the database"). */
export function reportSummary(file: string, line: string): void {
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `${file}.txt`), `${line}\n`);
}
