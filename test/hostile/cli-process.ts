/** The built CLI (`bin/examinator.js`) as a real child process, as a user runs it beside the app. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../e2e/app-process';

export interface CliRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
  readonly elapsedMs: number;
}

export function runCliProcess(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/examinator.js'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, out: Buffer.concat(out).toString(), err: Buffer.concat(err).toString(), elapsedMs: performance.now() - started }),
    );
  });
}
