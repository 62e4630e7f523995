/**
 * The score profile: one row per criterion on the scale (0–100), the range of
 * the individual scores as a bar behind the consensus mark, the score before
 * the site visit as a hollow mark. One figure with a text alternative.
 */
import { formatNumber } from '../../../../shared/format';
import { colors, size } from './theme';
import type { ReportWriter } from './writer';

export interface ProfileRow {
  readonly id: string;
  readonly title: string;
  readonly score: number | null;
  readonly individual: readonly number[];
  readonly before: number | null;
}

export interface ProfileGroup {
  readonly title: string;
  readonly rows: readonly ProfileRow[];
}

export interface ProfileSpec {
  readonly groups: readonly ProfileGroup[];
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly unit: string;
  /** What the filled mark stands for: "Teamets poäng", "Examinatorns poäng". */
  readonly scoreLabel: string;
  /** Read out instead of the drawing. */
  readonly alt: string;
}

const ROW = 17;
const GROUP = 16;
const AXIS = 16;
const LEGEND = 26;

export function profileHeight(spec: ProfileSpec): number {
  const rows = spec.groups.reduce((sum, group) => sum + group.rows.length, 0);
  return AXIS + spec.groups.length * GROUP + rows * ROW + 6 + LEGEND;
}

export function scoreProfile(w: ReportWriter, spec: ProfileSpec): void {
  const doc = w.doc;
  const height = profileHeight(spec);
  w.ensureSpace(height);
  const top = w.y;
  const labelWidth = w.width * 0.42;
  const plotLeft = w.left + labelWidth + 12;
  const plotRight = w.right - 26;
  const xOf = (value: number) => plotLeft + ((value - spec.min) / (spec.max - spec.min)) * (plotRight - plotLeft);
  const plotTop = top + AXIS;
  const plotBottom = top + height - LEGEND;

  w.content(
    'Figure',
    () => {
      // Axis: a tick label for every second step, a hairline for every step.
      w.style('regular', size.tiny, colors.muted);
      for (let value = spec.min; value <= spec.max; value += spec.step) {
        const x = xOf(value);
        doc.moveTo(x, plotTop - 2).lineTo(x, plotBottom).lineWidth(0.4).strokeColor(colors.hairline).stroke();
        if ((value - spec.min) % (spec.step * 2) === 0) {
          doc.text(formatNumber(value), x - 12, top + 2, { width: 24, align: 'center', lineBreak: false });
        }
      }
      if (spec.unit) doc.text(spec.unit, plotRight + 8, top + 2, { width: 20, lineBreak: false });

      let y = plotTop;
      for (const group of spec.groups) {
        w.style('semibold', size.tiny + 0.5, colors.muted);
        doc.text(group.title, w.left, y + 4, { width: labelWidth, lineBreak: false, ellipsis: true, height: 11 });
        y += GROUP;
        for (const row of group.rows) {
          drawRow(w, row, y, labelWidth, xOf, plotRight);
          y += ROW;
        }
      }
      doc.moveTo(plotLeft, plotBottom).lineTo(plotRight, plotBottom).lineWidth(0.6).strokeColor(colors.rule).stroke();
      legend(w, spec, plotBottom + 10);
    },
    { alt: spec.alt },
  );
  doc.x = w.left;
  w.y = top + height;
}

function drawRow(w: ReportWriter, row: ProfileRow, y: number, labelWidth: number, xOf: (v: number) => number, plotRight: number): void {
  const doc = w.doc;
  const mid = y + ROW / 2;
  w.style('semibold', size.small, colors.accent);
  doc.text(row.id, w.left, mid - 5.5, { width: 22, lineBreak: false });
  w.style('regular', size.small, colors.text);
  doc.text(row.title, w.left + 22, mid - 5.5, { width: labelWidth - 22, lineBreak: false, ellipsis: true, height: 11 });
  if (row.individual.length > 0) {
    const low = Math.min(...row.individual);
    const high = Math.max(...row.individual);
    const x0 = xOf(low) - 4;
    const x1 = xOf(high) + 4;
    doc.roundedRect(x0, mid - 4, x1 - x0, 8, 4).fillColor(colors.accentSoft).fill();
    for (const value of row.individual) doc.circle(xOf(value), mid, 1.6).fillColor(colors.muted).fill();
  }
  if (row.before !== null && row.before !== row.score) {
    doc.circle(xOf(row.before), mid, 4).lineWidth(1.2).strokeColor(colors.accent).stroke();
  }
  if (row.score !== null) {
    doc.circle(xOf(row.score), mid, 4.6).lineWidth(1.2).fillColor(colors.accent).strokeColor(colors.white).fillAndStroke();
    w.style('semibold', size.small, colors.text);
    doc.text(formatNumber(row.score), plotRight + 6, mid - 5.5, { width: 24, align: 'right', lineBreak: false });
  } else {
    w.style('regular', size.small, colors.muted);
    doc.text('–', plotRight + 6, mid - 5.5, { width: 24, align: 'right', lineBreak: false });
  }
}

/** Explains only the marks the chart actually shows. */
function legend(w: ReportWriter, spec: ProfileSpec, y: number): void {
  const doc = w.doc;
  const rows = spec.groups.flatMap((group) => group.rows);
  let x = w.left;
  const label = (text: string) => {
    w.style('regular', size.tiny + 0.5, colors.muted);
    doc.text(text, x, y - 4.5, { lineBreak: false });
    x += doc.widthOfString(text) + 18;
  };
  doc.circle(x + 4, y, 4.6).lineWidth(1.2).fillColor(colors.accent).strokeColor(colors.white).fillAndStroke();
  x += 13;
  label(spec.scoreLabel);
  if (rows.some((row) => row.individual.length > 0)) {
    doc.roundedRect(x, y - 4, 26, 8, 4).fillColor(colors.accentSoft).fill();
    doc.circle(x + 5, y, 1.6).fillColor(colors.muted).fill();
    doc.circle(x + 21, y, 1.6).fillColor(colors.muted).fill();
    x += 32;
    label('Individuella poäng, lägsta till högsta');
  }
  if (rows.some((row) => row.before !== null && row.before !== row.score)) {
    doc.circle(x + 4, y, 4).lineWidth(1.2).strokeColor(colors.accent).stroke();
    x += 13;
    label('Före platsbesök');
  }
}
