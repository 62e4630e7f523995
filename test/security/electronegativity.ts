/**
 * Electronegativity (@doyensec/electronegativity) run programmatically over the
 * app's sources, offline: its CLI fetches translations and Electron release data
 * from the internet at every run, so we drive its parser, atomic checks and
 * global checks ourselves, with the bundled English texts and without the one
 * check that needs the network (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK; Electron
 * upgrades are tracked in shared/spec/toolchain.md instead).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

const require = createRequire(__filename);
const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));

/** What the app ships: every source of the shell, core, renderer and shared code, and the manifest. */
export const SCANNED_ROOTS = ['electron', 'renderer', 'shared', 'package.json'];
const SCANNED_FILE = /\.(ts|tsx|js|mjs|html)$|(^|\/)package\.json$/;
const OFFLINE_EXCLUSIONS = ['availablesecurityfixesglobalcheck'];

export interface Finding {
  readonly check: string;
  /** Relative to the scanned root, with forward slashes. */
  readonly file: string;
  readonly line: number;
  /** The trimmed source line the finding points at (what an allow-list entry names). */
  readonly source: string;
  readonly description: string;
  readonly severity: string;
  readonly confidence: string;
}

export interface ScanReport {
  readonly files: string[];
  readonly checks: number;
  readonly findings: Finding[];
  /** Files the scanner could not parse: they were not scanned, which is a failure too. */
  readonly parseErrors: { file: string; message: string }[];
}

export interface AllowEntry {
  readonly check: string;
  readonly file: string;
  readonly source: string;
  readonly reason: string;
}

interface RawIssue {
  id: string;
  file: string;
  location?: { line: number };
  description: string;
  severity?: { name: string };
  confidence?: { name: string };
  visibility?: { inlineDisabled?: boolean; globalCheckDisabled?: boolean };
}

interface Internals {
  Parser: new (babelFirst: boolean, typescriptBabelFirst: boolean) => {
    parse(file: string, content: Buffer): [number, unknown, string, { message: string }[] | undefined];
  };
  Finder: new (custom: string[], exclude: string[], upgrade?: string) => {
    _enabled_checks: unknown[];
    find(file: string, data: unknown, type: number, content: string, only: null, electronVersion: string): Promise<RawIssue[]>;
  };
  GlobalChecks: new (custom: string[], exclude: string[], upgrade?: string) => {
    _enabled_checks: unknown[];
    getResults(issues: RawIssue[]): Promise<RawIssue[]>;
  };
}

function loadInternals(): Internals {
  // The checks describe themselves through i18n's global `__`; register the bundled texts (no download).
  const i18n = require(require.resolve('i18n', { paths: [packageDir] })) as { configure(options: object): void };
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: join(packageDir, 'dist/locales'),
    updateFiles: false,
    objectNotation: true,
    register: globalThis,
  });
  const { Parser } = require(join(packageDir, 'dist/parser/parser.js')) as Pick<Internals, 'Parser'>;
  const { Finder, GlobalChecks } = require(join(packageDir, 'dist/finder')) as Pick<Internals, 'Finder' | 'GlobalChecks'>;
  return { Parser, Finder, GlobalChecks };
}

export function listScannedFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else if (SCANNED_FILE.test(relative(root, path).split(sep).join('/'))) {
      files.push(path);
    }
  };
  for (const entry of SCANNED_ROOTS) walk(join(root, entry));
  return files;
}

function electronVersion(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
  const declared = manifest.devDependencies?.electron;
  if (!declared || !/^\d+\.\d+\.\d+$/.test(declared)) throw new Error('package.json must pin an exact electron version');
  return declared;
}

/** Scans `root` (the project, or a copy of it) the way the CLI would, offline. */
export async function scanProject(root: string): Promise<ScanReport> {
  const { Parser, Finder, GlobalChecks } = loadInternals();
  const parser = new Parser(false, true);
  const finder = new Finder([], []);
  const globalChecks = new GlobalChecks([], OFFLINE_EXCLUSIONS);
  const version = electronVersion(root);
  const files = listScannedFiles(root);
  const parseErrors: ScanReport['parseErrors'] = [];
  let issues: RawIssue[] = [];
  for (const file of files) {
    try {
      const [type, data, content, warnings] = parser.parse(file, readFileSync(file));
      if (data === null) continue;
      for (const warning of warnings ?? []) parseErrors.push({ file: relativeName(root, file), message: warning.message });
      issues.push(...(await finder.find(file, data, type, content, null, version)));
    } catch (error) {
      parseErrors.push({ file: relativeName(root, file), message: error instanceof Error ? error.message : String(error) });
    }
  }
  issues = await globalChecks.getResults(issues);
  const visible = issues.filter((issue) => !issue.visibility?.inlineDisabled && !issue.visibility?.globalCheckDisabled);
  return {
    files: files.map((file) => relativeName(root, file)),
    checks: finder._enabled_checks.length + globalChecks._enabled_checks.length,
    findings: visible.map((issue) => toFinding(root, issue)),
    parseErrors,
  };
}

function relativeName(root: string, file: string): string {
  return file === 'N/A' ? file : relative(root, file).split(sep).join('/');
}

function toFinding(root: string, issue: RawIssue): Finding {
  const line = issue.location?.line ?? 0;
  const source = issue.file === 'N/A' || line < 1 ? '' : (readFileSync(issue.file, 'utf8').split('\n')[line - 1] ?? '').trim();
  return {
    check: issue.id,
    file: relativeName(root, issue.file),
    line,
    source,
    description: issue.description.trim(),
    severity: issue.severity?.name ?? '?',
    confidence: issue.confidence?.name ?? '?',
  };
}

export function loadAllowList(path: string): AllowEntry[] {
  const entries = JSON.parse(readFileSync(path, 'utf8')) as AllowEntry[];
  for (const entry of entries) {
    if (!entry.check || !entry.file || typeof entry.source !== 'string' || !entry.reason || entry.reason.length < 20) {
      throw new Error(`Allow-list entry without a real reason: ${JSON.stringify(entry)}`);
    }
  }
  return entries;
}

const allows = (entry: AllowEntry, finding: Finding) =>
  entry.check === finding.check && entry.file === finding.file && entry.source === finding.source;

/** Findings no entry justifies, and entries that no longer match anything (stale, must be removed). */
export function judge(findings: readonly Finding[], allowList: readonly AllowEntry[]) {
  return {
    unexplained: findings.filter((finding) => !allowList.some((entry) => allows(entry, finding))),
    stale: allowList.filter((entry) => !findings.some((finding) => allows(entry, finding))),
  };
}

export function describeFinding(finding: Finding): string {
  return `${finding.check} (${finding.severity}/${finding.confidence}) ${finding.file}:${finding.line}\n    ${finding.source}\n    ${finding.description}`;
}
