/** One criterion in the bedömning: its scores, the team's rationale, strengths, improvement areas, questions. */
import { listBudget } from '../layout/bounded';
import { commentList } from '../layout/comments';
import { heading, headingSpace, paragraph } from '../layout/text';
import { colors, lineGap, size, space } from '../layout/theme';
import type { ReportWriter } from '../layout/writer';
import { formatNumber } from '../../../../shared/format';
import { pointsOfText, scoreText } from '../labels';
import type { BedomningCriterion, BedomningModel, ScoreValue } from '../model';

const criterionHeading = (c: BedomningCriterion) => ({ number: c.id, keepWith: 120 });

/** The room the criterion's heading asks for: what a heading just above it keeps with it. */
export const criterionHeadingSpace = (w: ReportWriter, c: BedomningCriterion) => headingSpace(w, 3, c.title, criterionHeading(c));

export function criterionSection(w: ReportWriter, c: BedomningCriterion, model: BedomningModel): void {
  w.group('Sect', () => {
    heading(w, 3, c.title, criterionHeading(c));
    scoreStrip(w, c, model);
    if (c.siteVisit) siteVisitNote(w, c);
    if (c.rationale) {
      heading(w, 4, 'Motivering till poängen');
      paragraph(w, c.rationale);
    }
    const budget = listBudget(w);
    const strengths = { level: 4, text: `Styrkor (${c.strengths.length})` } as const;
    commentList(w, c.strengths, { quotes: false, emptyText: 'Inga styrkor har angetts.', budget, heading: strengths });
    const improvements = { level: 4, text: `Förbättringsområden (${c.improvements.length})` } as const;
    commentList(w, c.improvements, { quotes: false, emptyText: 'Inga förbättringsområden har angetts.', budget, heading: improvements });
    if (c.siteVisitQuestions.length > 0) {
      commentList(
        w,
        c.siteVisitQuestions.map((text) => ({ text, evidence: [] })),
        { quotes: false, emptyText: '', numbered: true, budget, heading: { level: 4, text: 'Frågor vid platsbesök' } },
      );
    }
    w.y += space.block / 2;
  });
}

interface StripCell {
  readonly label: string;
  readonly value: string;
  readonly note: string;
  readonly width: number;
  readonly accent?: boolean;
}

/** The criterion's numbers in one light band: score and level, weighted points, individual scores. */
function scoreStrip(w: ReportWriter, c: BedomningCriterion, model: BedomningModel): void {
  const doc = w.doc;
  const cells = stripCells(c, model);
  const pad = 9;
  const totalWeight = cells.reduce((sum, cell) => sum + cell.width, 0);
  let x = w.left;
  const placed = cells.map((cell) => {
    const width = (cell.width / totalWeight) * w.width;
    const at = { ...cell, x, width };
    x += width;
    return at;
  });
  const heightOf = (cell: (typeof placed)[number]) => {
    w.style('semibold', cell.accent ? 14 : 10.5);
    const value = doc.heightOfString(cell.value, { width: cell.width - pad * 2 });
    w.style('regular', size.tiny + 0.5);
    const note = cell.note ? doc.heightOfString(cell.note, { width: cell.width - pad * 2 }) + 2 : 0;
    return 13 + value + note;
  };
  const height = Math.max(...placed.map(heightOf)) + pad * 2 - 2;
  w.ensureSpace(height + 20);
  const y = w.y;
  w.artifact(() => {
    doc.rect(w.left, y, w.width, height).fillColor(colors.fill).fill();
    for (const cell of placed.slice(1)) doc.moveTo(cell.x, y + 8).lineTo(cell.x, y + height - 8).lineWidth(0.5).strokeColor(colors.rule).stroke();
  });
  for (const cell of placed) {
    w.content('P', () => {
      const inner = cell.width - pad * 2;
      w.style('regular', size.tiny + 0.5, colors.muted);
      doc.text(cell.label, cell.x + pad, y + pad, { width: inner });
      w.style('semibold', cell.accent ? 14 : 10.5, cell.accent ? colors.accent : colors.text);
      doc.text(cell.value, cell.x + pad, y + pad + 12, { width: inner });
      if (cell.note) {
        w.style('regular', size.tiny + 0.5, colors.text);
        doc.text(cell.note, cell.x + pad, doc.y + 1, { width: inner });
      }
    });
  }
  doc.x = w.left;
  w.y = y + height + 10;
}

function stripCells(c: BedomningCriterion, model: BedomningModel): StripCell[] {
  const individual = model.basis.stage === 'individual';
  const label = individual ? 'Poäng' : model.basis.stage === 'site-visit' ? 'Teamets poäng efter platsbesök' : 'Teamets poäng';
  const cells: StripCell[] = [
    {
      label,
      value: c.result ? scoreText(c.result.score, c.scale) : 'Inte bedömt',
      note: c.result?.band ?? '',
      width: 3,
      accent: true,
    },
    {
      label: 'Viktade poäng',
      value: c.result ? pointsOfText(c.result.points, c.pointsAvailable) : `– av ${formatNumber(c.pointsAvailable)} p`,
      note: c.kind === 'result' ? 'Resultatkriterium' : 'Processkriterium',
      width: 2.4,
    },
  ];
  if (c.individual) {
    const spread = c.individual.spread;
    cells.push({
      label: 'Individuella poäng',
      value: c.individual.scores.map((s) => `${s.initials} ${s.score === null ? '–' : formatNumber(s.score)}`).join('  ·  '),
      note:
        spread === null
          ? 'Ingen spridning'
          : `Spridning ${formatNumber(spread)}${c.individual.spreadReached ? ` – nådde gränsen ${formatNumber(model.spreadThreshold)} och har diskuterats` : ''}`,
      width: 3.6,
    });
  }
  return cells;
}

function siteVisitNote(w: ReportWriter, c: BedomningCriterion): void {
  const visit = c.siteVisit;
  if (!visit) return;
  const text = (value: ScoreValue | null) => (value ? scoreText(value.score, c.scale) : 'inte bedömt');
  // A confirmed score is said once, in the summary; here only what the visit changed or showed.
  const changed = visit.before?.score !== visit.after?.score;
  if (!changed && !visit.note) return;
  const summary = changed ? `Platsbesöket ändrade poängen från ${text(visit.before)} till ${text(visit.after)}.` : '';
  heading(w, 4, 'Platsbesök');
  paragraph(w, [summary, visit.note].filter(Boolean).join(' '), { gap: lineGap.body + 4 });
}
