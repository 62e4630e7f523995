/**
 * The evaluation through the real dispatch on stadsledningskontoret's
 * computer: the model built from every file received here is the CLI's model
 * of the same files; the PDF and the workbook are saved through the dialog;
 * an examiner is refused; a round without files says so with empty numbers.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateRound } from '../../../../../electron/core';
import { readAssessmentFile } from '../../../../../electron/core/exchange/assessment-file';
import { alphaText } from '../../../../../shared/evaluation/labels';
import { AppError } from '../../../../../shared/errors';
import { call } from '../../../../helpers/core';
import { evaluationFiles } from '../../../../helpers/evaluation-files';
import { exchangeCore, importFiles, ROUND } from '../../../../helpers/exchange';
import { readPdf } from '../reports/read-pdf';

async function officeCore(files: Readonly<Record<string, Buffer>>) {
  const { core, facts } = await exchangeCore();
  const { applied } = await importFiles(core, { ...files });
  expect(applied).toHaveLength(Object.keys(files).length);
  await call(core, 'round:choose-office', { roundId: ROUND, change: false });
  return { core, facts };
}

describe('the evaluation in the app', () => {
  it('is the model the CLI builds from the same files, names only when asked', async () => {
    const { files } = evaluationFiles();
    const { core, facts } = await officeCore(files);
    const view = await call(core, 'evaluation:view', { roundId: ROUND, names: false });
    const candidates = Object.entries(files).map(([name, bytes]) => {
      const read = readAssessmentFile(bytes);
      return { name, file: read.file, contentSha256: read.contentSha256 };
    });
    const expected = evaluateRound({ round: facts.manifest, pkg: facts.pkg, exampleMaterial: true, candidates, namesShown: false, reportDate: '2026-09-01' });
    expect(view).toEqual(expected);
    expect(view.files).toEqual({ individual: 6, consensus: 2, siteVisit: 1 });
    expect(view.criteria.some((c) => c.alpha !== null)).toBe(true);
    expect(view.examiners.map((e) => e.name)).toEqual([null, null, null]);
    const named = await call(core, 'evaluation:view', { roundId: ROUND, names: true });
    expect(named.examiners.map((e) => e.name)).toEqual(['Anna Lind', 'Bilal Haddad', 'Cecilia Ek']);
  });

  it('saves the PDF and the workbook with the numbers on the screen', async () => {
    const { core } = await officeCore(evaluationFiles().files);
    const view = await call(core, 'evaluation:view', { roundId: ROUND, names: false });
    const pdf = await call(core, 'evaluation:create-pdf', { roundId: ROUND, names: false });
    expect(pdf).toMatchObject({ fileName: 'utvardering-ku-2026-ovning.pdf' });
    const text = (await readPdf(readFileSync(pdf!.path))).text;
    expect(text).toContain('Utvärdering av omgången');
    for (const c of view.criteria) if (c.alpha !== null) expect(text).toContain(alphaText(c.alpha));
    const xlsx = await call(core, 'evaluation:create-xlsx', { roundId: ROUND, names: true });
    expect(xlsx).toMatchObject({ fileName: 'utvardering-ku-2026-ovning-med-namn.xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx!.path);
    expect(workbook.getWorksheet('Examinatorer')!.getRow(2).getCell(2).value).toBe('Anna Lind');
    expect(workbook.getWorksheet('Kriterier')!.getRow(2).getCell(7).value ?? null).toBe(view.criteria[0]!.alpha);
  });

  it('refuses an examiner, and shows a round without files as empty', async () => {
    const { core } = await exchangeCore();
    await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: false });
    const refused = await call(core, 'evaluation:view', { roundId: ROUND, names: false }).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('evaluation-not-office');
    await call(core, 'round:choose-office', { roundId: ROUND, change: true });
    const empty = await call(core, 'evaluation:view', { roundId: ROUND, names: false });
    expect(empty.files).toEqual({ individual: 0, consensus: 0, siteVisit: 0 });
    expect(empty.criteria.every((c) => c.alpha === null && c.units === 0)).toBe(true);
  });
});
