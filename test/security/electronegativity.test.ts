import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSummary } from '../helpers/summary';
import { tempDir } from '../helpers/temp';
import { SCANNED_ROOTS, describeFinding, judge, loadAllowList, scanProject } from './electronegativity';

const ROOT = join(__dirname, '../..');
const allowList = loadAllowList(join(__dirname, 'electronegativity-allow.json'));

describe('Electronegativity', () => {
  it('finds nothing in the app that the reviewed allow-list does not justify', async () => {
    const report = await scanProject(ROOT);
    expect(report.files).toEqual(expect.arrayContaining(['electron/shell/main.ts', 'electron/shell/security.ts', 'renderer/index.html', 'package.json']));
    expect(report.checks).toBeGreaterThan(30);
    expect(report.parseErrors).toEqual([]);
    const { unexplained, stale } = judge(report.findings, allowList);
    const message = [
      ...unexplained.map((f) => `Not in test/security/electronegativity-allow.json:\n  ${describeFinding(f)}`),
      ...stale.map((e) => `Stale allow-list entry (matches nothing; remove it): ${e.check} ${e.file}: ${e.source}`),
    ].join('\n');
    expect(message).toBe('');
    reportSummary(
      'electronegativity',
      `electronegativity: ${report.files.length} files, ${report.checks} checks, ${unexplained.length} unexplained findings (${report.findings.length} allow-listed with reasons)`,
    );
  });

  it('sees the window options and the navigation guard: a loosened copy of the app fails', async () => {
    const copy = tempDir();
    for (const entry of SCANNED_ROOTS) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    const security = join(copy, 'electron/shell/security.ts');
    const original = readFileSync(security, 'utf8');
    const loosened = original
      .replace('nodeIntegration: false,', 'nodeIntegration: true,')
      .replace('      sandbox: true,\n', '')
      .replace('contextIsolation: true,', 'contextIsolation: false,')
      .replace("contents.on('will-navigate'", "contents.on('did-navigate'")
      .replace('contents.setWindowOpenHandler(', 'contents.removeAllListeners(');
    expect(loosened).not.toBe(original);
    writeFileSync(security, loosened);

    const { unexplained } = judge((await scanProject(copy)).findings, allowList);
    const found = unexplained.map((f) => `${f.check} ${f.file} ${f.source}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'NODE_INTEGRATION_JS_CHECK electron/shell/security.ts nodeIntegration: true,',
        'CONTEXT_ISOLATION_JS_CHECK electron/shell/security.ts contextIsolation: false,',
        'SANDBOX_JS_CHECK electron/shell/security.ts return new BrowserWindow({',
        expect.stringMatching(/^LIMIT_NAVIGATION_GLOBAL_CHECK /),
      ]),
    );
  });
});

describe('the allow-list', () => {
  it('gives a reason for every entry', () => {
    for (const entry of allowList) expect(entry.reason.length).toBeGreaterThan(40);
  });
});
