/** Lints a probe text as if it were the file at `filePath` (relative to the repository) with the project's config. */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { expect } from 'vitest';

const root = join(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The messages of the named rules; the probe must parse. */
export async function ruleMessages(filePath: string, code: string, ruleIds: ReadonlySet<string>): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  const fatal = (result?.messages ?? []).filter((m) => m.fatal);
  expect(fatal, 'the probe must parse').toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && ruleIds.has(m.ruleId)).map((m) => m.message);
}
