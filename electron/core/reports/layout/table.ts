/**
 * Tables that break cleanly across pages: a row never splits, a page never
 * holds just one or two rows of a table, and every page a table continues on
 * repeats its header row. Tagged as Table/TR/TH/TD; the
 * repeated headers are artifacts, so a screen reader hears them once.
 */
import { colors, size } from './theme';
import type { FontStyle, ReportWriter } from './writer';

export interface TableColumn {
  readonly header: string;
  /** Relative width: the columns share the text width in proportion. */
  readonly width: number;
  readonly align?: 'left' | 'right' | 'center';
}

export interface TableCell {
  readonly text: string;
  /** A second, smaller line: an organisation under a name, a spread under a score. */
  readonly note?: string;
  readonly font?: FontStyle;
  readonly color?: string;
  /** A background that draws the eye; the text must say the same thing on its own. */
  readonly fill?: string;
  /** Every line of the text is cut to one line of the column, an ellipsis marking the cut (short lists of key points). */
  readonly clipLines?: boolean;
}

export interface TableRow {
  readonly cells: readonly (TableCell | string)[];
  /** A totals row: semibold, with a rule above. */
  readonly emphasis?: boolean;
}

export interface TableSpec {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly fontSize?: number;
  /** Alternate rows on a light fill. */
  readonly zebra?: boolean;
}

const PAD_X = 5;
const PAD_Y = 4.5;
const NOTE_SIZE_RATIO = 0.84;
const KEEP_ROWS = 4;
const LINE_GAP = 1.2;

interface Placed {
  readonly x: number;
  readonly width: number;
  readonly align: 'left' | 'right' | 'center';
}

/** Where the columns go and how tall the header and every row are, before anything is drawn. */
function layoutTable(w: ReportWriter, spec: TableSpec) {
  const doc = w.doc;
  const fontSize = spec.fontSize ?? size.small;
  const totalWeight = spec.columns.reduce((sum, column) => sum + column.width, 0);
  let x = w.left;
  const placed: Placed[] = spec.columns.map((column) => {
    const width = (column.width / totalWeight) * w.width;
    const cell = { x, width, align: column.align ?? 'left' };
    x += width;
    return cell;
  });
  const textOptions = (column: Placed) => ({
    width: Math.max(column.width - PAD_X * 2, 1),
    align: column.align,
    lineGap: LINE_GAP,
  });

  w.style('semibold', fontSize);
  const headerHeight = Math.max(...spec.columns.map((column, i) => doc.heightOfString(column.header, textOptions(placed[i]!)))) + PAD_Y * 2;
  const maxRowHeight = (w.bottom - w.top - headerHeight) * 0.9;
  const rows = spec.rows.map((row) => {
    const cells = row.cells.map((cell): TableCell => (typeof cell === 'string' ? { text: cell } : cell));
    const font = (cell: TableCell): FontStyle => cell.font ?? (row.emphasis ? 'semibold' : 'regular');
    const measured = cells.map((given, i) => {
      const column = placed[i]!;
      w.style(font(given), fontSize);
      const cell = given.clipLines ? { ...given, text: given.text.split('\n').map((line) => fitLine(w, line, textOptions(column).width)).join('\n') } : given;
      cells[i] = cell;
      const main = doc.heightOfString(cell.text || ' ', textOptions(column));
      if (!cell.note) return { main, total: main };
      w.style('regular', fontSize * NOTE_SIZE_RATIO);
      return { main, total: main + 1 + doc.heightOfString(cell.note, textOptions(column)) };
    });
    const height = Math.min(Math.max(...measured.map((m) => m.total)), maxRowHeight) + PAD_Y * 2;
    return { row, cells, font, measured, height };
  });
  return { fontSize, placed, textOptions, headerHeight, rows };
}

/** The line as it is if it fits on one line of the width, else cut at a word with an ellipsis (measured as pdfkit wraps, in the current font). */
function fitLine(w: ReportWriter, line: string, width: number): string {
  const doc = w.doc;
  // Measured with the line break that follows it: pdfkit counts the break's width with the last word.
  const oneLine = doc.heightOfString('x\n', { width, lineGap: LINE_GAP });
  const fits = (text: string) => doc.heightOfString(`${text}\n`, { width, lineGap: LINE_GAP }) <= oneLine;
  const full = doc.widthOfString(line);
  if (full < width * 0.9 || (full <= width && fits(line))) return line;
  // Start from the share of the characters that fits, less the word it ends in, then drop words until it does.
  let words = line.slice(0, Math.floor((line.length * width) / full)).split(' ').slice(0, -1);
  let cut = `${words.join(' ').replace(/[,;:.–-]$/, '')}…`;
  while (words.length > 1 && !fits(cut)) {
    words = words.slice(0, -1);
    cut = `${words.join(' ').replace(/[,;:.–-]$/, '')}…`;
  }
  return cut;
}

/** The table's full height if it were set on one page. */
export function tableHeight(w: ReportWriter, spec: TableSpec): number {
  const { headerHeight, rows } = layoutTable(w, spec);
  return rows.reduce((sum, row) => sum + row.height, headerHeight);
}

export function table(w: ReportWriter, spec: TableSpec): void {
  const doc = w.doc;
  const { fontSize, placed, textOptions, headerHeight, rows } = layoutTable(w, spec);

  const drawHeader = (tagged: boolean) => {
    const y = w.y;
    const paint = () =>
      spec.columns.forEach((column, i) => {
        const cell = placed[i]!;
        const draw = () => {
          w.style('semibold', fontSize, colors.muted);
          doc.text(column.header, cell.x + PAD_X, y + PAD_Y, textOptions(cell));
        };
        if (tagged) w.content('TH', draw, { scope: 'Column' });
        else draw();
      });
    if (tagged) w.group('TR', paint);
    else w.artifact(paint);
    w.artifact(() => doc.moveTo(w.left, y + headerHeight).lineTo(w.right, y + headerHeight).lineWidth(0.8).strokeColor(colors.text).stroke());
    w.y = y + headerHeight;
  };

  // Neither the first page nor the last one of a table gets fewer than this many rows alone.
  const together = Math.min(KEEP_ROWS, rows.length);
  const heightOf = (from: number, to: number) => rows.slice(from, to).reduce((sum, r) => sum + r.height, 0);

  w.group('Table', () => {
    w.ensureSpace(headerHeight + heightOf(0, together));
    drawHeader(true);
    rows.forEach(({ row, cells, font, measured, height: rowHeight }, rowIndex) => {
      const tail = rows.length - rowIndex === together && rowIndex > together ? heightOf(rowIndex, rows.length) : rowHeight;
      if (w.y + tail > w.bottom) {
        w.newPage();
        drawHeader(false);
      }
      const y = w.y;
      w.artifact(() => {
        if (spec.zebra && rowIndex % 2 === 1) doc.rect(w.left, y, w.width, rowHeight).fillColor(colors.fill).fill();
        cells.forEach((cell, i) => {
          if (cell.fill) doc.rect(placed[i]!.x + 1, y + 1, placed[i]!.width - 2, rowHeight - 2).fillColor(cell.fill).fill();
        });
        const ruleColor = row.emphasis ? colors.text : colors.hairline;
        if (row.emphasis) doc.moveTo(w.left, y).lineTo(w.right, y).lineWidth(0.8).strokeColor(ruleColor).stroke();
        else doc.moveTo(w.left, y + rowHeight).lineTo(w.right, y + rowHeight).lineWidth(0.5).strokeColor(ruleColor).stroke();
      });
      w.group('TR', () => {
        cells.forEach((cell, i) => {
          const column = placed[i]!;
          w.content('TD', () => {
            w.style(font(cell), fontSize, cell.color ?? colors.text);
            const mainHeight = Math.min(measured[i]!.main, rowHeight - PAD_Y * 2);
            doc.text(cell.text || ' ', column.x + PAD_X, y + PAD_Y, { ...textOptions(column), height: mainHeight + 0.5, ellipsis: true });
            if (cell.note) {
              w.style('regular', fontSize * NOTE_SIZE_RATIO, colors.muted);
              doc.text(cell.note, column.x + PAD_X, y + PAD_Y + mainHeight + 1, { ...textOptions(column), height: rowHeight, ellipsis: true });
            }
          });
        });
      });
      w.y = y + rowHeight;
    });
  });
  doc.x = w.left;
  w.y += 4;
}
