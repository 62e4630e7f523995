import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/program';
import { tempDir } from '../../../helpers/temp';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

describe('examinator CLI', () => {
  it('prints help in Swedish and exits 0', async () => {
    const { io, out } = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.join('')).toMatch(/Användning|Usage/);
    expect(out.join('')).toContain('säkerhetskopior');
  });

  it('exits 2 on usage errors', async () => {
    const { io, err } = capture();
    expect(await runCli(['no-such-command'], io)).toBe(2);
    expect(err.join('')).not.toBe('');
    expect(await runCli(['backup', 'restore'], capture().io)).toBe(2);
  });

  it('reports data as JSON with --json', async () => {
    const { io, out } = capture();
    const dir = tempDir();
    expect(await runCli(['info', '--data-dir', dir, '--json'], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ dataDir: dir, schemaVersion: expect.any(Number) });
  });

  it('exits 1 with a one-line Swedish reason when input is refused', async () => {
    const { io, err } = capture();
    const dir = tempDir();
    expect(await runCli(['backup', 'restore', 'examinator-20200101T000000000Z.sqlite', '--data-dir', dir], io)).toBe(1);
    expect(err.join('')).toMatch(/^Fel: Säkerhetskopian .* finns inte längre\.\n?$/);
  });

  it('creates, lists and restores backups', async () => {
    const dir = tempDir();
    const made = capture();
    expect(await runCli(['backup', 'create', '--data-dir', dir], made.io)).toBe(0);
    const listed = capture();
    expect(await runCli(['backup', 'list', '--data-dir', dir, '--json'], listed.io)).toBe(0);
    const [backup] = JSON.parse(listed.out.join('')) as { name: string }[];
    expect(made.out.join('')).toContain(backup!.name);
    const restored = capture();
    expect(await runCli(['backup', 'restore', backup!.name, '--data-dir', dir], restored.io)).toBe(0);
    expect(restored.out.join('')).toContain('återställd');
  });
});
