import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCriteriaSheet } from '../../../../../electron/core/authoring/criteria-sheet';
import { packageSource } from '../../../../helpers/samples';
import { craftZip, deflatedZeros } from '../../../../hostile/zip-craft';
import { tempDir } from '../../../../helpers/temp';

const pkg = packageSource().package;
const scales = pkg.scales.map((s) => s.id);
const classes = pkg.classes.map((c) => c.id);

function file(name: string, content: string | Buffer) {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return { bytes: readFileSync(path), name, path };
}

const HEADER = 'Område;Områdets rubrik;Kriterium;Rubrik;Slag;Skala;Poäng;Frågor;Klasser';

describe('criteria from a spreadsheet', () => {
  it('reads the shipped template back as the example package’s areas', async () => {
    const template = join(__dirname, '../../../../../resources/templates/kriterier-mall.xlsx');
    expect(await readCriteriaSheet(file('kriterier-mall.xlsx', readFileSync(template)), scales, classes)).toEqual({ ok: true, areas: pkg.areas, rows: 14 });
  });

  it('reads a Swedish CSV (BOM, semicolons, decimal comma, questions on lines, classes)', async () => {
    const csv = `\uFEFF${HEADER}\n1;Ledning;1.1;Mål;Arbetssätt;arbetssatt;12,5;"Hur?\nVarför?";skola, forskola\n1;;1.2;Uppföljning;resultat;resultat;30;;\n`;
    const read = await readCriteriaSheet(file('k.csv', csv), scales, classes);
    expect(read).toEqual({
      ok: true,
      rows: 2,
      areas: [
        {
          id: '1',
          title: 'Ledning',
          description: '',
          criteria: [
            { id: '1.1', title: 'Mål', kind: 'process', scale: 'arbetssatt', points: 12.5, description: '', questions: ['Hur?', 'Varför?'], guidance: '', classes: ['skola', 'forskola'] },
            { id: '1.2', title: 'Uppföljning', kind: 'result', scale: 'resultat', points: 30, description: '', questions: [], guidance: '' },
          ],
        },
      ],
    });
  });

  it('names every row’s problems by the template’s column headers and returns no areas', async () => {
    const csv = [
      HEADER,
      '1;Ledning;1.1;;Arbetssätt;arbetssatt;50;;', // no title
      '1;Annan rubrik;1.1;Dubblett;Metod;okand;många;;vuxen', // duplicate id, bad kind, scale, points, class, title differs
      ';;2.1;Utan område;Resultat;resultat;10;;',
    ].join('\n');
    const read = await readCriteriaSheet(file('k.csv', csv), scales, classes);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      { row: 2, message: 'Rubrik: får inte vara tom' },
      { row: 3, message: 'Slag: "Metod" ska vara Arbetssätt eller Resultat' },
      { row: 3, message: 'Poäng: "många" ska vara ett tal, till exempel 50 eller 12,5' },
      { row: 3, message: 'Skala: skalan "okand" finns inte i paketet (arbetssatt, resultat)' },
      { row: 3, message: 'Klasser: tävlingsklassen "vuxen" finns inte i paketet' },
      { row: 3, message: 'Områdets rubrik: "Annan rubrik" skiljer sig från rad 2 ("Ledning") för område 1' },
      { row: 3, message: 'Kriterium: "1.1" finns redan på rad 2' },
      { row: 4, message: 'Område: får inte vara tomt' },
    ]);
  });

  it('refuses a sheet without the template’s columns, another file type and a ZIP that unpacks too large', async () => {
    await expect(readCriteriaSheet(file('k.csv', 'Namn;Poäng\nx;1'), scales, classes)).rejects.toThrow(/första raden saknar kolumnerna "Område", "Kriterium", "Rubrik", "Slag", "Skala"/);
    await expect(readCriteriaSheet(file('k.txt', 'x'), scales, classes)).rejects.toThrow(/varken ett Excel-ark/);
    await expect(readCriteriaSheet(file('k.xlsx', Buffer.from('inte en zip')), scales, classes)).rejects.toThrow(/ingen läsbar ZIP-fil/);
  });

  it('refuses more rows than a package can hold before checking them one by one', async () => {
    const rows = Array.from({ length: 2001 }, (_, i) => `1;A;${i};T;Resultat;resultat;1;;`);
    await expect(readCriteriaSheet(file('k.csv', [HEADER, ...rows].join('\n')), scales, classes)).rejects.toThrow(/har 2001 rader; högst 2000 kriterier tas emot/);
  });

  it('refuses an .xlsx that unpacks past the bound, honest or lying about its size, before exceljs reads it', async () => {
    const zeros = deflatedZeros(64 * 1024 * 1024);
    const honest = craftZip([{ name: 'xl/worksheets/sheet1.xml', deflated: zeros }]);
    await expect(readCriteriaSheet(file('bomb.xlsx', honest), scales, classes)).rejects.toThrow(/uppackad; högst 40 MB/);
    const lying = craftZip([{ name: 'xl/worksheets/sheet1.xml', deflated: zeros, declaredSize: 1000 }]);
    await expect(readCriteriaSheet(file('bomb.xlsx', lying), scales, classes)).rejects.toThrow(/skadad och kan inte packas upp/);
  });
});
