/**
 * Text XML cannot carry (U+FFFE, U+FFFF, a lone surrogate, a C0 control) in a
 * comment — written by a rogue co-examiner and taken into the team's file —
 * must not make the Word letter to the contestant unreadable: the letter is
 * still well-formed XML, and the character is shown as U+FFFD.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildPrisaterforingModel } from '../../electron/core/reports/build';
import { aterforingDocx } from '../../electron/core/reports/docx/aterforing';
import { prisaterforingDocx } from '../../electron/core/reports/docx/prisaterforing';
import { buildAterforing, pkg, REPORT_DATE } from '../helpers/reports/build';
import { POLICY } from '../helpers/reports/feedback';
import { prizeRound, solrosenPrizeFile } from '../helpers/reports/framsteget';
import { solrosen } from '../helpers/reports/solrosen';
import { tempDir } from '../helpers/temp';

const HOSTILE = ['\uFFFF', '\uFFFE', '\uD800', '\u0007'];
const poisoned = (text: string) => `Styrka ${HOSTILE.join(' ')} slut. ${text}`;

async function expectReadable(bytes: Buffer, marker: string) {
  const { value: text, messages } = await mammoth.extractRawText({ buffer: bytes });
  expect(messages).toEqual([]);
  expect(text).toContain('Styrka \uFFFD \uFFFD \uFFFD \uFFFD slut.');
  expect(text).toContain(marker);
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
  if (!soffice) return;
  const dir = tempDir();
  writeFileSync(join(dir, 'brev.docx'), bytes);
  execFileSync(soffice, ['--headless', '--convert-to', 'txt:Text', '--outdir', dir, join(dir, 'brev.docx')], { stdio: 'pipe', timeout: 120_000 });
  expect(existsSync(join(dir, 'brev.txt'))).toBe(true);
}

describe('characters XML cannot carry, in the Word letters to the contestant', () => {
  it('the återföringsrapport stays well-formed and shows U+FFFD', async () => {
    const model = buildAterforing(solrosen, POLICY.points);
    const [first, ...rest] = model.areas[0]!.criteria;
    const strengths = first!.strengths.map((s, i) => (i === 0 ? { ...s, text: poisoned(s.text) } : s));
    const hostile = { ...model, areas: [{ ...model.areas[0]!, criteria: [{ ...first!, strengths }, ...rest] }, ...model.areas.slice(1)] };
    await expectReadable(await aterforingDocx(hostile), first!.strengths[0]!.text.slice(0, 40));
  }, 150_000);

  it('the prisåterföring stays well-formed and shows U+FFFD', async () => {
    const model = buildPrisaterforingModel({ round: prizeRound(), pkg, exampleMaterial: true, assessment: solrosenPrizeFile().file, reportDate: REPORT_DATE });
    const [first, ...rest] = model.aspects;
    const hostile = { ...model, aspects: [{ ...first!, strengths: first!.strengths.map((s, i) => (i === 0 ? { ...s, text: poisoned(s.text) } : s)) }, ...rest] };
    await expectReadable(await prisaterforingDocx(hostile), first!.strengths[0]!.text.slice(0, 40));
  }, 150_000);
});
