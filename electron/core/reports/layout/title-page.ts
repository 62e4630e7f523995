/** The title page every report opens with. */
import { keyValues, notice } from './text';
import { colors, size } from './theme';
import type { ReportWriter } from './writer';

export interface TitlePageSpec {
  /** What the document is: "Bedömning", "Återföringsrapport", "Sammanställning". */
  readonly kicker: string;
  readonly title: string;
  readonly subtitle: string;
  readonly facts: readonly (readonly [string, string])[];
  readonly notice?: { readonly title: string; readonly text: string };
  /** A figure that stands out at the foot of the page ("712,5 av 1 000 p"). */
  readonly highlight?: { readonly label: string; readonly value: string; readonly note?: string };
  readonly footnote?: string;
  /** A warning at the top of the page, opposite the publisher ("Övningsmaterial — …"). */
  readonly banner?: string;
}

export const PUBLISHER = 'Stockholms stad';
export const AWARD = 'Kvalitetsutmärkelsen';

export function titlePage(w: ReportWriter, spec: TitlePageSpec): void {
  const doc = w.doc;
  const pageHeight = doc.page.height;
  w.artifact(() => doc.rect(0, 0, doc.page.width, 7).fillColor(colors.accent).fill());

  w.content('P', () => {
    w.style('semibold', 11, colors.accent);
    doc.text(PUBLISHER, w.left, 52, { width: w.width });
    w.style('regular', size.small + 0.5, colors.muted);
    doc.text(AWARD, w.left, 67, { width: w.width });
  });
  if (spec.banner) {
    const banner = spec.banner;
    w.content('P', () => {
      w.style('semibold', 10.5, colors.accent);
      doc.text(banner, w.left + w.width / 2, 53, { width: w.width / 2, align: 'right' });
    });
  }

  const landscape = doc.page.width > pageHeight;
  w.y = pageHeight * (landscape ? 0.2 : 0.25);
  const kickerY = w.y;
  w.content('P', () => {
    w.style('semibold', 13, colors.accent);
    doc.text(spec.kicker, w.left, kickerY, { width: w.width });
  });
  w.y += 8;
  const titleY = w.y;
  w.content('H1', () => {
    w.style('light', size.title, colors.text);
    doc.text(spec.title, w.left, titleY, { width: w.width * 0.9, lineGap: 1 });
  });
  w.y += 4;
  if (spec.subtitle) {
    const y = w.y;
    w.content('P', () => {
      w.style('regular', 14, colors.muted);
      doc.text(spec.subtitle, w.left, y, { width: w.width * 0.9 });
    });
  }
  w.y += 20;
  const ruleY = w.y;
  w.artifact(() => doc.moveTo(w.left, ruleY).lineTo(w.left + 48, ruleY).lineWidth(2).strokeColor(colors.accent).stroke());
  w.y += 22;

  keyValues(w, spec.facts, { labelWidth: landscape ? 150 : 120, rules: true });
  w.y += 18;
  if (spec.notice) notice(w, spec.notice.title, spec.notice.text);

  if (spec.highlight) highlight(w, spec.highlight, landscape ? 150 : 200);
  if (spec.footnote) {
    const footnote = spec.footnote;
    const y = w.bottom - 10;
    w.content('P', () => {
      w.style('regular', size.tiny + 0.5, colors.muted);
      doc.text(footnote, w.left, y, { width: w.width, lineBreak: false, ellipsis: true, height: 12 });
    });
  }
}

function highlight(w: ReportWriter, spec: NonNullable<TitlePageSpec['highlight']>, fromBottom: number): void {
  const doc = w.doc;
  const height = spec.note ? 82 : 66;
  const y = Math.max(w.y + 10, w.bottom - fromBottom);
  const width = Math.min(w.width, 300);
  w.artifact(() => doc.rect(w.left, y, width, height).fillColor(colors.accentTint).fill());
  w.content('P', () => {
    w.style('regular', size.small + 0.5, colors.muted);
    doc.text(spec.label, w.left + 16, y + 12, { width: width - 32 });
    w.style('semibold', 24, colors.accent);
    doc.text(spec.value, w.left + 16, y + 26, { width: width - 32 });
    if (spec.note) {
      w.style('regular', size.small, colors.muted);
      doc.text(spec.note, w.left + 16, y + 58, { width: width - 32 });
    }
  });
  w.y = y + height;
}
