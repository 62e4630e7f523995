/** The running header (contestant and round) and footer ("Sida 3 av 12") of every page. */
import { colors, pageSetup, size } from './theme';
import type { PageFrame, ReportWriter } from './writer';

export interface FrameText {
  /** Header, left: the contestant (or the class, for a sammanställning). */
  readonly subject: string;
  /** Header, right: the round. */
  readonly round: string;
  /** Footer, left: the report and its basis ("Bedömning · Teamets konsensus"). */
  readonly report: string;
  /** A second footer line on every page, in the accent colour ("Övningsmaterial — …"). */
  readonly banner?: string;
}

export function pageNumberText(pageIndex: number, pageCount: number): string {
  return `Sida ${pageIndex + 1} av ${pageCount}`;
}

/** The title page (index 0) carries only the footer. */
export function runningFrame(text: FrameText): PageFrame {
  return (w, pageIndex, pageCount) => {
    if (pageIndex > 0) header(w, text);
    footer(w, text.report, pageNumberText(pageIndex, pageCount), text.banner);
  };
}

function header(w: ReportWriter, text: FrameText): void {
  const doc = w.doc;
  const y = pageSetup.headerY;
  const half = w.width / 2 - 12;
  w.style('semibold', size.tiny + 0.5, colors.muted);
  doc.text(text.subject, w.left, y, { width: half, lineBreak: false, ellipsis: true, height: 12 });
  w.style('regular', size.tiny + 0.5, colors.muted);
  doc.text(text.round, w.right - half, y, { width: half, align: 'right', lineBreak: false, ellipsis: true, height: 12 });
  doc.moveTo(w.left, y + 15).lineTo(w.right, y + 15).lineWidth(0.5).strokeColor(colors.rule).stroke();
}

function footer(w: ReportWriter, report: string, pageText: string, banner?: string): void {
  const doc = w.doc;
  const y = doc.page.height - pageSetup.footerFromBottom;
  doc.moveTo(w.left, y - 9).lineTo(w.right, y - 9).lineWidth(0.5).strokeColor(colors.rule).stroke();
  w.style('regular', size.tiny + 0.5, colors.muted);
  doc.text(report, w.left, y, { width: w.width - 90, lineBreak: false, ellipsis: true, height: 12 });
  w.style('semibold', size.tiny + 0.5, colors.muted);
  doc.text(pageText, w.right - 90, y, { width: 90, align: 'right', lineBreak: false });
  if (banner) {
    w.style('semibold', size.tiny + 0.5, colors.accent);
    doc.text(banner, w.left, y + 11, { width: w.width, lineBreak: false, ellipsis: true, height: 12 });
  }
}
