/**
 * Every score of the jury overview for spreadsheets: Excel (.xlsx, with a
 * ranking sheet and a sheet of all scores) and CSV the way Swedish Excel opens
 * it (UTF-8 with BOM, `;` between fields, decimal commas). Only rows the
 * independence gate shows are exported.
 */
import ExcelJS from 'exceljs';
import { NOMINATION_LABELS, type JuryOverview, type JuryRow } from '../../../shared/contract/exchange';
import type { CriteriaPackage } from '../../../shared/formats/criteria-package';
import { allCriteria } from '../../../shared/formats/criteria-package';
import { criterionPoints } from '../../../shared/scoring/points';

type ShownRow = Extract<JuryRow, { status: 'shown' }>;

const STAGE = { consensus: 'Konsensus', 'site-visit': 'Efter platsbesök', individual: 'Individuell' } as const;

/** One line of "all scores": the team's agreed score or one examiner's individual score. */
export interface ScoreLine {
  readonly classTitle: string;
  readonly contestant: string;
  readonly team: string;
  /** What the score comes from: the team's assessment at its stage, or an examiner's individual one. */
  readonly stage: string;
  readonly revision: number | null;
  readonly criterionId: string;
  readonly criterionTitle: string;
  readonly kind: 'Konsensus' | 'Individuell';
  readonly examiner: string;
  readonly score: number | null;
  readonly points: number | null;
}

const label = (row: JuryRow, hideNames: boolean) => (hideNames ? row.code : row.name);

function shownRows(overview: JuryOverview) {
  return overview.classes.flatMap((c) => c.rows.filter((r): r is ShownRow => r.status === 'shown').map((row) => ({ competitionClass: c, row })));
}

export function scoreLines(overview: JuryOverview, pkg: CriteriaPackage, hideNames: boolean): ScoreLine[] {
  const criteria = new Map(allCriteria(pkg).map(({ criterion }) => [criterion.id, criterion]));
  const examiners = new Map(overview.examiners.map((e) => [e.id, e.name]));
  return shownRows(overview).flatMap(({ competitionClass, row }) =>
    row.criteria.flatMap((score) => {
      const criterion = criteria.get(score.criterionId)!;
      const common = {
        classTitle: competitionClass.title,
        contestant: label(row, hideNames),
        team: row.teamName,
        criterionId: criterion.id,
        criterionTitle: criterion.title,
      };
      return [
        { ...common, stage: STAGE[row.stage], revision: row.revision, kind: 'Konsensus' as const, examiner: 'Teamet', score: score.score, points: criterionPoints(pkg, criterion, score.score) },
        ...score.individual.map((entry) => ({
          ...common,
          stage: STAGE.individual,
          revision: null,
          kind: 'Individuell' as const,
          examiner: examiners.get(entry.examinerId) ?? entry.examinerId,
          score: entry.score,
          points: criterionPoints(pkg, criterion, entry.score),
        })),
      ];
    }),
  );
}

const LINE_HEADERS = ['Tävlingsklass', 'Tävlande', 'Team', 'Underlag', 'Revision', 'Kriterium', 'Kriterienamn', 'Bedömning', 'Examinator', 'Poäng', 'Viktade poäng'];
const lineCells = (l: ScoreLine) => [l.classTitle, l.contestant, l.team, l.stage, l.revision, l.criterionId, l.criterionTitle, l.kind, l.examiner, l.score, l.points];

/** Decimal comma, no grouping (a grouped "1 000" would be text to Excel), at most two decimals. */
export function csvNumber(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

/** Quoted when needed; text that Excel would run as a formula is neutralised with a leading apostrophe. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function juryCsv(overview: JuryOverview, pkg: CriteriaPackage, hideNames: boolean): Buffer {
  const lines = [LINE_HEADERS, ...scoreLines(overview, pkg, hideNames).map(lineCells)].map((cells) => cells.map(csvField).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

function recommendationCells(row: ShownRow): string[] {
  const { siteVisit, nomination } = row.recommendation;
  return [siteVisit === null ? '' : siteVisit ? 'Ja' : 'Nej', nomination === null ? '' : NOMINATION_LABELS[nomination]];
}

export async function juryXlsx(overview: JuryOverview, pkg: CriteriaPackage, hideNames: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Examinator';
  const ranking = workbook.addWorksheet('Rangordning');
  const criteria = allCriteria(pkg).map(({ criterion }) => criterion);
  ranking.addRow(['Tävlingsklass', 'Plats', 'Tävlande', 'Team', 'Underlag', 'Totalt', 'Max', ...criteria.map((c) => c.id), 'Platsbesök', 'Teamets förslag']);
  for (const { competitionClass, row } of shownRows(overview)) {
    const scores = new Map(row.criteria.map((c) => [c.criterionId, c.score]));
    ranking.addRow([
      competitionClass.title,
      row.rank,
      label(row, hideNames),
      row.teamName,
      STAGE[row.stage],
      Math.round(row.total * 100) / 100,
      row.maxPoints,
      ...criteria.map((c) => scores.get(c.id) ?? null),
      ...recommendationCells(row),
    ]);
  }
  const all = workbook.addWorksheet('Alla poäng');
  all.addRow(LINE_HEADERS);
  for (const line of scoreLines(overview, pkg, hideNames)) all.addRow(lineCells(line));
  for (const sheet of [ranking, all]) {
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
