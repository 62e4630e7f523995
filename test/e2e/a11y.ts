/**
 * Accessibility checks for the e2e tests: axe-core (WCAG 2.1 A and AA rules)
 * run inside the real page. Any serious or critical violation fails the test;
 * `npm test` prints how many screens were checked.
 *
 *   await expectAccessible(page, 'start screen (first start)');
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

const AXE_SOURCE = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);
const RECORD = join(ROOT, 'test-results', 'summaries', 'a11y.jsonl');

interface AxeNode {
  readonly target: unknown[];
  readonly html: string;
  readonly failureSummary?: string;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly AxeNode[];
}

export interface AccessibilityOptions {
  /** CSS selectors to leave out (e.g. a third-party canvas). Say why at the call site. */
  readonly exclude?: readonly string[];
}

/** Runs axe on what the page shows now; returns every violation (the minor ones too). */
export async function runAxe(page: Page, options: AccessibilityOptions = {}): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) stays untouched.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, exclude }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
      const context = exclude.length > 0 ? { include: [['html']], exclude: exclude.map((selector) => [selector]) } : document;
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return JSON.parse(JSON.stringify(result.violations)) as never;
    },
    { tags: WCAG_21_AA, exclude: [...(options.exclude ?? [])] },
  );
}

/** Fails with a readable list when the screen has a serious or critical WCAG 2.1 A/AA violation. */
export async function expectAccessible(page: Page, screenName: string, options: AccessibilityOptions = {}): Promise<void> {
  const violations = await runAxe(page, options);
  const failing = violations.filter((violation) => violation.impact !== null && FAILING_IMPACTS.has(violation.impact));
  mkdirSync(join(RECORD, '..'), { recursive: true });
  appendFileSync(RECORD, `${JSON.stringify({ screen: screenName, failing: failing.length, other: violations.length - failing.length })}\n`);
  if (failing.length > 0) {
    throw new Error(`Accessibility violations on "${screenName}":\n${failing.map(describeViolation).join('\n')}`);
  }
}

export function describeViolation(violation: AxeViolation): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    at ${node.target.join(' ')}\n      ${node.html.slice(0, 160)}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
    .join('\n');
  const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
  return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}${more}`;
}
