/**
 * Areas and criteria from a spreadsheet laid out as resources/templates/
 * kriterier-mall.xlsx (one row per criterion; see that folder's README).
 * Every row is checked before anything is returned: either all areas, or
 * every row's problems and nothing else.
 */
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { SheetCriteria, SheetProblem } from '../../../shared/contract/authoring';
import { appError } from '../../../shared/errors';
import { areaSchema, criterionSchema, type Area, type Criterion } from '../../../shared/formats/criteria-package';
import { listEntries, openZip, readEntry } from '../zip/read';

export const MAX_SHEET_FILE_BYTES = 2 * 1024 * 1024;
const MAX_ROWS = 2000;
const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024;
const WHAT = 'Kalkylbladet';

/** The template's columns: header text (as the template writes it) → the criterion or area member. */
export const SHEET_COLUMNS = [
  { header: 'Område', key: 'areaId', required: true },
  { header: 'Områdets rubrik', key: 'areaTitle', required: false },
  { header: 'Områdets beskrivning', key: 'areaDescription', required: false },
  { header: 'Kriterium', key: 'id', required: true },
  { header: 'Rubrik', key: 'title', required: true },
  { header: 'Slag', key: 'kind', required: true },
  { header: 'Skala', key: 'scale', required: true },
  { header: 'Poäng', key: 'points', required: true },
  { header: 'Beskrivning', key: 'description', required: false },
  { header: 'Frågor', key: 'questions', required: false },
  { header: 'Vägledning', key: 'guidance', required: false },
  { header: 'Klasser', key: 'classes', required: false },
] as const;

type ColumnKey = (typeof SHEET_COLUMNS)[number]['key'];
const HEADER_OF = Object.fromEntries(SHEET_COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;

const KINDS: Record<string, Criterion['kind']> = { process: 'process', arbetssätt: 'process', result: 'result', resultat: 'result' };

/** A cell's text whatever exceljs made of it (rich text, formulas, hyperlinks, numbers). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

/** An xlsx is a ZIP: every entry is inflated once under bounds (sizes verified) before exceljs sees it. */
async function checkZipBounds(path: string): Promise<void> {
  const zip = await openZip(path, WHAT);
  try {
    const entries = await listEntries(zip, { entries: 200, totalBytes: MAX_UNZIPPED_BYTES, maxBytesFor: () => MAX_UNZIPPED_BYTES }, WHAT);
    for (const entry of entries.values()) await readEntry(zip, entry, MAX_UNZIPPED_BYTES, WHAT);
  } finally {
    zip.close();
  }
}

/** Swedish Excel writes `;` between fields; others `,` or tabs: the first line says which. */
function csvDelimiter(firstLine: string): string {
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

async function readWorksheet(bytes: Buffer, name: string, path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  if (/\.csv$/i.test(name)) {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const delimiter = csvDelimiter(text.split(/\r?\n/, 1)[0] ?? '');
    // Cells stay text (no date or number guessing); points are read as numbers below.
    return workbook.csv.read(Readable.from([text]), { parserOptions: { delimiter }, map: (value: unknown) => value });
  }
  if (!/\.xlsx$/i.test(name)) throw appError('sheet-type', { name });
  await checkZipBounds(path);
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw appError('sheet-unreadable', { name }, { cause: error });
  }
  const sheet = workbook.getWorksheet('Kriterier') ?? workbook.worksheets[0];
  if (!sheet) throw appError('sheet-empty', { name });
  return sheet;
}

type RawRow = { readonly row: number; readonly cells: Partial<Record<ColumnKey, string>> };

function rowsOf(sheet: ExcelJS.Worksheet, name: string): RawRow[] {
  const header = sheet.getRow(1);
  const columns = new Map<ColumnKey, number>();
  header.eachCell((cell, col) => {
    const text = cellText(cell.value).trim().toLowerCase();
    const column = SHEET_COLUMNS.find((c) => c.header.toLowerCase() === text);
    if (column && !columns.has(column.key)) columns.set(column.key, col);
  });
  const missing = SHEET_COLUMNS.filter((c) => c.required && !columns.has(c.key)).map((c) => `"${c.header}"`);
  if (missing.length > 0) {
    throw appError('sheet-columns', { name, missing });
  }
  if (sheet.rowCount - 1 > MAX_ROWS) throw appError('sheet-too-many-rows', { name, rows: sheet.rowCount - 1, max: MAX_ROWS });
  const rows: RawRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Partial<Record<ColumnKey, string>> = {};
    for (const [key, col] of columns) cells[key] = cellText(row.getCell(col).value).trim();
    if (Object.values(cells).some((v) => v !== '')) rows.push({ row: r, cells });
  }
  return rows;
}

function pointsOf(text: string): number | null {
  if (!/^\d+(?:[.,]\d+)?$/.test(text.replace(/\s/g, ''))) return null;
  return Number(text.replace(/\s/g, '').replace(',', '.'));
}

/** One row as a criterion, with its own problems (columns named as the template heads them). */
function criterionOf(raw: RawRow, scales: ReadonlySet<string>, classes: ReadonlySet<string>): { criterion: Criterion | null; problems: string[] } {
  const c = raw.cells;
  const problems: string[] = [];
  const kind = KINDS[(c.kind ?? '').toLowerCase()];
  if (!kind) problems.push(`${HEADER_OF.kind}: "${c.kind ?? ''}" ska vara Arbetssätt eller Resultat`);
  const points = pointsOf(c.points ?? '');
  if (points === null) problems.push(`${HEADER_OF.points}: "${c.points ?? ''}" ska vara ett tal, till exempel 50 eller 12,5`);
  if (c.scale && !scales.has(c.scale)) problems.push(`${HEADER_OF.scale}: skalan "${c.scale}" finns inte i paketet (${[...scales].join(', ') || 'inga skalor'})`);
  const classList = (c.classes ?? '').split(/[,;]/).map((s) => s.trim()).filter(Boolean);
  for (const id of classList) if (!classes.has(id)) problems.push(`${HEADER_OF.classes}: tävlingsklassen "${id}" finns inte i paketet`);
  const candidate = {
    id: c.id ?? '',
    title: c.title ?? '',
    kind: kind ?? 'process',
    scale: c.scale ?? '',
    points: points ?? 0,
    description: c.description ?? '',
    questions: (c.questions ?? '').split(/\r?\n/).map((q) => q.trim()).filter(Boolean),
    guidance: c.guidance ?? '',
    ...(classList.length > 0 && { classes: classList }),
  };
  const parsed = criterionSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as ColumnKey;
      problems.push(`${HEADER_OF[key] ?? String(key)}: ${issue.message}`);
    }
  }
  return { criterion: parsed.success && problems.length === 0 ? parsed.data : null, problems };
}

/** Rows to areas (in first-seen order), every row's problems collected. */
export function areasFromRows(rows: readonly RawRow[], scales: ReadonlySet<string>, classes: ReadonlySet<string>): SheetCriteria {
  const problems: SheetProblem[] = [];
  const areas = new Map<string, { title: string; description: string; firstRow: number; criteria: Criterion[] }>();
  const criterionRows = new Map<string, number>();
  if (rows.length === 0) return { ok: false, problems: [{ row: 2, message: 'arket har inga kriterier under rubrikraden' }] };
  for (const raw of rows) {
    const say = (message: string) => problems.push({ row: raw.row, message });
    const { criterion, problems: own } = criterionOf(raw, scales, classes);
    own.forEach(say);
    const areaId = raw.cells.areaId ?? '';
    if (areaId === '') {
      say(`${HEADER_OF.areaId}: får inte vara tomt`);
      continue;
    }
    let area = areas.get(areaId);
    if (!area) {
      area = { title: raw.cells.areaTitle ?? '', description: raw.cells.areaDescription ?? '', firstRow: raw.row, criteria: [] };
      areas.set(areaId, area);
    } else {
      const title = raw.cells.areaTitle ?? '';
      if (title !== '' && area.title !== '' && title !== area.title) say(`${HEADER_OF.areaTitle}: "${title}" skiljer sig från rad ${area.firstRow} ("${area.title}") för område ${areaId}`);
      if (area.title === '') area.title = title;
      if (area.description === '') area.description = raw.cells.areaDescription ?? '';
    }
    const id = raw.cells.id ?? '';
    if (id !== '' && criterionRows.has(id)) say(`${HEADER_OF.id}: "${id}" finns redan på rad ${criterionRows.get(id)}`);
    else if (id !== '') criterionRows.set(id, raw.row);
    if (criterion) area.criteria.push(criterion);
  }
  const result: Area[] = [];
  for (const [id, area] of areas) {
    const parsed = areaSchema.safeParse({ id, title: area.title, description: area.description, criteria: area.criteria });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // Problems of criteria were reported per row; these are the area's own.
        if (issue.path[0] === 'criteria' && problems.length > 0) continue;
        const column = issue.path[0] === 'title' ? HEADER_OF.areaTitle : issue.path[0] === 'description' ? HEADER_OF.areaDescription : HEADER_OF.areaId;
        problems.push({ row: area.firstRow, message: `${column} (område ${id}): ${issue.message}` });
      }
    } else result.push(parsed.data);
  }
  if (areas.size > 50) problems.push({ row: rows[0]!.row, message: `arket har ${areas.size} områden; ett paket får ha högst 50` });
  problems.sort((a, b) => a.row - b.row);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, areas: result, rows: rows.length };
}

export async function readCriteriaSheet(
  file: { bytes: Buffer; name: string; path: string },
  scales: readonly string[],
  classes: readonly string[],
): Promise<SheetCriteria> {
  const sheet = await readWorksheet(file.bytes, file.name, file.path);
  return areasFromRows(rowsOf(sheet, file.name), new Set(scales), new Set(classes));
}
