/**
 * The evaluation's raw numbers as an Excel workbook: one sheet per table of
 * the PDF, every number unrounded, so the office can sort, chart and
 * recompute them.
 */
import ExcelJS from 'exceljs';
import { agreementText } from '../../../shared/evaluation/labels';
import type { EvaluationModel } from '../../../shared/evaluation/model';

type Cell = string | number | null;

function sheet(workbook: ExcelJS.Workbook, name: string, headers: readonly string[], rows: readonly (readonly Cell[])[]): void {
  const worksheet = workbook.addWorksheet(name);
  worksheet.addRow([...headers]);
  for (const row of rows) worksheet.addRow([...row]);
  worksheet.getRow(1).font = { bold: true };
  worksheet.views = [{ state: 'frozen', ySplit: 1 }];
  worksheet.columns.forEach((column, i) => (column.width = Math.max(10, Math.min(40, headers[i]!.length + 2))));
}

export async function evaluationWorkbook(model: EvaluationModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Examinator';
  sheet(
    workbook,
    'Kriterier',
    ['Kriterium', 'Kriterienamn', 'Område', 'Slag', 'Examinatorer', 'Tävlande', 'Alfa (intervall)', 'Samstämmighet', 'Spridning medel', 'Spridning störst',
      'Nådde spridningsgränsen', 'Konsensus − individuellt medel (medel)', 'Konsensus − individuellt medel (medel av belopp)', 'Tävlande med konsensus',
      'Platsbesök: ändring (medel)', 'Platsbesök: ändrade', 'Platsbesök: tävlande'],
    model.criteria.map((c) => [
      c.id, c.title, c.areaTitle, c.kind === 'process' ? 'Arbetssätt' : 'Resultat', c.raters, c.units, c.alpha, agreementText(c.agreement), c.meanSpread, c.maxSpread,
      c.reachedThreshold, c.consensusShift.mean, c.consensusShift.meanAbsolute, c.consensusShift.contestants,
      c.siteVisit.mean, c.siteVisit.changed, c.siteVisit.contestants,
    ]),
  );
  sheet(
    workbook,
    'Nivåbeskrivningar',
    ['Kriterium', 'Alfa (intervall)', 'Nivå', 'Från', 'Till', 'Beskrivning'],
    model.criteria.flatMap((c) => c.bands.map((b) => [c.id, c.alpha, b.label, b.from, b.to, b.descriptor])),
  );
  sheet(
    workbook,
    'Examinatorer',
    ['Kod', 'Namn', 'Förväntade', 'Inkomna', 'I tid', 'Sena', 'Jämförda poäng', 'Medelavvikelse från konsensus (% av skalan)', 'Tendens (% av skalan)'],
    model.examiners.map((e) => [e.code, e.name, e.expected, e.submitted, e.onTime, e.late, e.comparisons, e.meanAbsoluteDeviation, e.bias]),
  );
  sheet(
    workbook,
    'Tidsgränser',
    ['Steg', 'Sista dag', 'Filer', 'I tid', 'Sena'],
    model.deadlines.map((d) => [d.label, d.date, d.files, d.onTime, d.late]),
  );
  sheet(
    workbook,
    'Tävlingsklasser',
    ['Tävlingsklass', 'Tävlande', 'Bedömda', 'Möjliga poäng', 'Lägst', 'Kvartil 1', 'Median', 'Kvartil 3', 'Högst', 'Medel', 'Platsbesök', 'Ändrade av platsbesök', 'Ändring av totalen (medel)'],
    model.classes.map((k) => [
      k.title, k.contestants, k.assessed, k.pointsAvailable, k.totals?.min ?? null, k.totals?.lowerQuartile ?? null, k.totals?.median ?? null,
      k.totals?.upperQuartile ?? null, k.totals?.max ?? null, k.totals?.mean ?? null, k.siteVisits, k.changedBySiteVisit, k.meanTotalChange,
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
