/**
 * The sammanställning's per-contestant tables after the ranking: the team's
 * key points, the scores per criterion with their band labels (split so that a
 * table never has more criteria than fit with their labels), and the jury's
 * citations where it has decided.
 */
import { DECISION_LABELS } from '../../../../shared/contract/jury';
import { formatFormalDate, formatNumber } from '../../../../shared/format';
import { KEY_POINTS_RULE } from '../../../../shared/scoring/key-points';
import { NUMBER_GAP } from '../labels';
import type { KeyPoint, SammanstallningEntry, SammanstallningModel } from '../model';
import { table, type TableCell } from '../layout/table';
import { heading, legendColumns, paragraph } from '../layout/text';
import { colors, size } from '../layout/theme';
import type { ReportWriter } from '../layout/writer';

/** At most this many criteria in one score table, so each band label has room beside its score. */
const CRITERIA_PER_TABLE = 7;

export function who(entry: SammanstallningEntry): TableCell {
  return { text: entry.name ?? `Tävlande ${entry.code}`, font: 'semibold' };
}

const pointLines = (points: readonly KeyPoint[]): TableCell =>
  points.length === 0 ? { text: 'Inga i teamets bedömning', color: colors.muted } : { text: points.map((p) => `${p.criterionId}${NUMBER_GAP}${p.text}`).join('\n'), clipLines: true };

export function keyPointsTable(w: ReportWriter, model: SammanstallningModel): void {
  heading(w, 1, 'Teamets främsta styrkor och förbättringsområden');
  paragraph(w, `${KEY_POINTS_RULE}${model.meeting === 'first' ? ' Poängen är konsensus före platsbesök.' : ''}`, { color: colors.muted });
  table(w, {
    zebra: true,
    columns: [
      { header: 'Plats', width: 0.55, align: 'right' },
      { header: 'Tävlande', width: 2.4 },
      { header: 'Styrkor', width: 5.2 },
      { header: 'Förbättringsområden', width: 5.2 },
    ],
    rows: model.entries.map((entry) => ({
      cells: [formatNumber(entry.rank), who(entry), pointLines(entry.keyPoints.strengths), pointLines(entry.keyPoints.improvements)],
    })),
  });
}

/** The areas in groups of whole areas, each group at most CRITERIA_PER_TABLE criteria (a larger area stays whole). */
function criterionGroups(model: SammanstallningModel): { areaIds: string[]; indices: number[] }[] {
  const groups: { areaIds: string[]; indices: number[] }[] = [];
  for (const area of model.areas) {
    const indices = model.criteria.flatMap((c, i) => (c.areaId === area.id ? [i] : []));
    const last = groups.at(-1);
    if (last && last.indices.length + indices.length <= CRITERIA_PER_TABLE) {
      last.areaIds.push(area.id);
      last.indices.push(...indices);
    } else groups.push({ areaIds: [area.id], indices });
  }
  return groups;
}

export function criteriaScores(w: ReportWriter, model: SammanstallningModel): void {
  heading(w, 1, 'Poäng per kriterium');
  paragraph(
    w,
    `${model.meeting === 'first' ? 'Teamets konsensuspoäng per kriterium, före platsbesök,' : 'Teamets poäng per kriterium, efter platsbesöket där det finns,'} med nivån i kriteriepaketets bedömningsskala under poängen. Därunder spridningen mellan examinatorernas individuella poäng (↕); en asterisk (*) betyder att spridningen nådde gränsen ${formatNumber(model.spreadThreshold)} och att teamet har diskuterat kriteriet.`,
    { color: colors.muted },
  );
  legendColumns(w, model.criteria.map((c) => [c.id, c.title] as const), 3);
  const groups = criterionGroups(model);
  for (const group of groups) {
    if (groups.length > 1) heading(w, 2, `Område ${group.areaIds.length === 1 ? group.areaIds[0] : `${group.areaIds[0]}–${group.areaIds.at(-1)}`}`);
    const criteria = group.indices.map((i) => model.criteria[i]!);
    table(w, {
      zebra: true,
      fontSize: size.tiny,
      columns: [
        { header: 'Plats', width: 0.55, align: 'right' },
        { header: 'Tävlande', width: 1.9 },
        ...criteria.map((criterion) => ({ header: criterion.id, width: 1.3, align: 'right' as const })),
        { header: 'Totalt', width: 0.85, align: 'right' },
      ],
      rows: model.entries.map((entry) => ({
        cells: [
          formatNumber(entry.rank),
          who(entry),
          ...group.indices.map((i): TableCell => {
            const score = entry.scores[i] ?? null;
            const spread = entry.spreads[i] ?? null;
            const reached = spread !== null && spread >= model.spreadThreshold;
            const spreadText = spread === null ? '' : `↕${formatNumber(spread)}${reached ? '*' : ''}`;
            return {
              text: score === null ? '–' : `${formatNumber(score.score)}${model.criteria[i]!.unit ? ` ${model.criteria[i]!.unit}` : ''}`,
              ...((score || spreadText) && { note: [score?.band ?? '', spreadText].filter(Boolean).join('\n') }),
              ...(reached && { fill: colors.accentTint }),
            };
          }),
          { text: formatNumber(entry.total), font: 'semibold' },
        ],
      })),
    });
  }
}

/** The jury's decision and citation per contestant, in rank order: the jury's words, not the team's. */
export function juryCitations(w: ReportWriter, model: SammanstallningModel): void {
  if (!model.jury) return;
  heading(w, 1, 'Domarkommitténs beslut');
  paragraph(w, `Ur domarkommitténs signerade beslut från slutmötet ${formatFormalDate(model.jury.meetingDate)} (revision ${formatNumber(model.jury.revision)}). Teamens förslag står i rangordningen.`, {
    color: colors.muted,
  });
  table(w, {
    columns: [
      { header: 'Plats', width: 0.55, align: 'right' },
      { header: 'Tävlande', width: 2.6 },
      { header: 'Beslut', width: 1.6 },
      { header: 'Motivering', width: 8.6 },
    ],
    rows: model.entries.map((entry) => ({
      cells: [
        formatNumber(entry.rank),
        who(entry),
        entry.jury ? { text: DECISION_LABELS[entry.jury.decision], font: 'semibold' } : { text: 'Inget beslut', color: colors.muted },
        entry.jury?.citation ? entry.jury.citation : { text: '–', color: colors.muted },
      ],
    })),
  });
}
