/**
 * The spreadsheet template for criteria (resources/templates/kriterier-mall.xlsx,
 * and "Spara mallen…" in the editor): the areas and criteria already there,
 * one row per criterion, with a sheet that explains every column and lists
 * the scales and classes a row may name. Reading it back gives the same areas.
 */
import ExcelJS from 'exceljs';
import type { Area, CompetitionClass, Scale } from '../../../shared/formats/criteria-package';
import { SHEET_COLUMNS } from './criteria-sheet';

const KIND_TEXT = { process: 'Arbetssätt', result: 'Resultat' } as const;

const COLUMN_HELP: Record<(typeof SHEET_COLUMNS)[number]['key'], string> = {
  areaId: 'Områdets id, till exempel 1. Rader med samma id hör till samma område, i den ordning de står.',
  areaTitle: 'Områdets rubrik; räcker på områdets första rad.',
  areaDescription: 'Frivillig; räcker på områdets första rad.',
  id: 'Kriteriets id, till exempel 1.1. Unikt i hela paketet.',
  title: 'Kriteriets rubrik.',
  kind: 'Arbetssätt eller Resultat.',
  scale: 'Id för en av paketets bedömningsskalor (se nedan).',
  points: 'Kriteriets poäng, till exempel 50 eller 12,5.',
  description: 'Frivillig.',
  questions: 'Frågor till den tävlande, en per rad i cellen (Alt+Retur i Excel).',
  guidance: 'Frivillig vägledning för examinatorer.',
  classes: 'Tom: kriteriet gäller alla tävlingsklasser. Annars klassernas id, åtskilda med kommatecken.',
};

const WIDTHS: Partial<Record<(typeof SHEET_COLUMNS)[number]['key'], number>> = {
  areaTitle: 30, areaDescription: 40, title: 40, description: 50, questions: 60, guidance: 50, classes: 20,
};

export async function criteriaSheetBytes(content: { areas: readonly Area[]; scales: readonly Scale[]; classes: readonly CompetitionClass[] }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Examinator';
  const sheet = workbook.addWorksheet('Kriterier', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = SHEET_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: WIDTHS[c.key] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  for (const area of content.areas) {
    area.criteria.forEach((criterion, index) => {
      const row = sheet.addRow({
        areaId: area.id,
        areaTitle: index === 0 ? area.title : '',
        areaDescription: index === 0 ? area.description : '',
        id: criterion.id,
        title: criterion.title,
        kind: KIND_TEXT[criterion.kind],
        scale: criterion.scale,
        points: criterion.points,
        description: criterion.description,
        questions: criterion.questions.join('\n'),
        guidance: criterion.guidance,
        classes: (criterion.classes ?? []).join(', '),
      });
      row.alignment = { vertical: 'top', wrapText: true };
    });
  }
  const help = workbook.addWorksheet('Instruktioner');
  help.columns = [{ width: 24 }, { width: 90 }];
  help.addRow(['Kriterier till Examinator', 'Fyll i bladet Kriterier, en rad per kriterium, och importera det i redigeraren för kriteriepaket (Kriterier från kalkylblad). Rubrikraden ska stå kvar. Alla rader kontrolleras innan något ändras.']).font = { bold: true };
  help.addRow([]);
  for (const column of SHEET_COLUMNS) help.addRow([column.header, `${column.required ? 'Krävs. ' : ''}${COLUMN_HELP[column.key]}`]);
  help.addRow([]);
  help.addRow(['Skalor', content.scales.map((s) => `${s.id} (${s.title})`).join(', ')]);
  help.addRow(['Tävlingsklasser', content.classes.map((c) => `${c.id} (${c.title})`).join(', ')]);
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
