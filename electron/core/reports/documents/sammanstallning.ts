/**
 * Sammanställning: one competition class for the jury, landscape. The ranking
 * with area points and recommendations, then every criterion's consensus score
 * with its spread. In an anonymous model the names never exist, only codes.
 */
import { formatFormalDate, formatNumber, nameList } from '../../../../shared/format';
import { exampleBanner, nominationText, stageLabel, yesNo } from '../labels';
import type { SammanstallningEntry, SammanstallningModel } from '../model';
import { runningFrame } from '../layout/frame';
import { table, type TableCell } from '../layout/table';
import { commentList } from '../layout/comments';
import { basisSection } from './basis';
import { heading, legendColumns, paragraph } from '../layout/text';
import { colors, size } from '../layout/theme';
import { PUBLISHER, titlePage } from '../layout/title-page';
import type { PageFrame, ReportWriter } from '../layout/writer';

export function sammanstallningMetadata(model: SammanstallningModel) {
  return {
    title: `Sammanställning – ${model.class.title}${model.anonymous ? ' (anonymiserad)' : ''}`,
    subject: `Rangordning per tävlingsklass för domarkommittén, ${model.round.title}`,
    author: PUBLISHER,
    keywords: ['Kvalitetsutmärkelsen', 'sammanställning', model.class.title, String(model.round.year)],
  };
}

export function writeSammanstallning(w: ReportWriter, model: SammanstallningModel): PageFrame {
  const stages = new Set(model.entries.map((entry) => entry.stage));
  titlePage(w, {
    kicker: 'Sammanställning',
    title: model.class.title,
    subtitle: model.round.title,
    facts: [
      ['Tävlingsklass', model.class.title],
      ['Antal tävlande', countText(model)],
      ['Underlag', [...stages].map((stage) => stageLabel[stage]).join(', ') || '–'],
      ['Namn', model.anonymous ? 'Dolda – de tävlande anges med kod' : 'Visas'],
      ['Kriterier', `${model.package.title}, revision ${model.package.revision}`],
      ['Datum', formatFormalDate(model.reportDate)],
    ],
    ...(model.anonymous && {
      notice: {
        title: 'Anonymiserad sammanställning',
        text: 'Enheternas namn är ersatta med koder (A, B, C …) inför domarkommitténs första möte.',
      },
    }),
    footnote: 'Underlag för domarkommittén i Stockholms stads kvalitetsutmärkelse.',
    ...exampleBanner(model.round),
  });

  w.newPage();
  w.group('Sect', () => {
    ranking(w, model);
    if (model.missing.length > 0) missingSection(w, model);
  });
  w.newPage();
  w.group('Sect', () => criteriaScores(w, model));
  w.group('Sect', () => basisSection(w, model.entries.flatMap((entry) => (entry.file ? [{ label: entry.name ?? entry.code, file: entry.file }] : []))));

  return runningFrame({
    subject: `Sammanställning – ${model.class.title}${model.anonymous ? ' (anonymiserad)' : ''}`,
    round: model.round.title,
    ...exampleBanner(model.round),
    report: `Sammanställning · ${model.class.title}`,
  });
}

function countText(model: SammanstallningModel): string {
  const shown = formatNumber(model.entries.length);
  if (model.missing.length === 0) return shown;
  return `${shown} av ${formatNumber(model.entries.length + model.missing.length)} (${formatNumber(model.missing.length)} utan teamets bedömning)`;
}

function missingSection(w: ReportWriter, model: SammanstallningModel): void {
  heading(w, 2, 'Saknas i sammanställningen');
  paragraph(w, 'För de här tävlande i klassen fanns ingen bedömning från teamet (konsensus eller efter platsbesök) när sammanställningen gjordes. De är inte rangordnade.', {
    color: colors.muted,
  });
  commentList(
    w,
    model.missing.map((m) => ({ text: m.name === null ? `Tävlande ${m.code}` : `${m.name}, ${m.organisation ?? ''}`.replace(/, $/, ''), evidence: [] })),
    { quotes: false, emptyText: '' },
  );
}

function who(entry: SammanstallningEntry, withNote = true): TableCell {
  if (entry.name === null) return { text: `Tävlande ${entry.code}`, font: 'semibold' };
  if (!withNote) return { text: entry.name, font: 'semibold' };
  const note = [
    entry.organisation,
    entry.stage === 'individual' ? 'individuell bedömning' : '',
    entry.notSubmitted.length > 0 ? `ingen individuell bedömning från ${nameList(entry.notSubmitted)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return { text: entry.name, font: 'semibold', ...(note && { note }) };
}

function ranking(w: ReportWriter, model: SammanstallningModel): void {
  heading(w, 1, 'Rangordning');
  paragraph(
    w,
    `De tävlande i klassen ordnade efter totalpoäng (av ${formatNumber(model.pointsAvailable)} möjliga), med poäng per område och teamens rekommendationer.`,
    { color: colors.muted },
  );
  legendColumns(w, model.areas.map((area) => [area.id, `${area.title} (${formatNumber(area.pointsAvailable)} p)`] as const), 3);
  table(w, {
    zebra: true,
    columns: [
      { header: 'Plats', width: 0.55, align: 'right' },
      { header: 'Tävlande', width: 3.9 },
      ...model.areas.map((area) => ({ header: `${area.id}\n(${formatNumber(area.pointsAvailable)})`, width: 0.75, align: 'right' as const })),
      { header: `Totalt\n(${formatNumber(model.pointsAvailable)})`, width: 0.95, align: 'right' },
      { header: 'Platsbesök', width: 1.05 },
      { header: 'Teamets förslag', width: 1.75 },
    ],
    rows: model.entries.map((entry) => ({
      cells: [
        formatNumber(entry.rank),
        who(entry),
        ...entry.areaPoints.map((points) => (points === null ? '–' : formatNumber(points))),
        { text: formatNumber(entry.total), font: 'semibold' },
        yesNo(entry.recommendation.siteVisit),
        nominationText(entry.recommendation.nomination),
      ],
    })),
  });
}

function criteriaScores(w: ReportWriter, model: SammanstallningModel): void {
  heading(w, 1, 'Poäng per kriterium');
  paragraph(
    w,
    `Teamets poäng per kriterium. Under poängen står spridningen mellan examinatorernas individuella poäng (↕); en asterisk (*) betyder att spridningen nådde gränsen ${formatNumber(model.spreadThreshold)} och att teamet har diskuterat kriteriet.`,
    { color: colors.muted },
  );
  legendColumns(w, model.criteria.map((c) => [c.id, c.title] as const), 3);
  table(w, {
    zebra: true,
    fontSize: size.small,
    columns: [
      { header: 'Plats', width: 0.6, align: 'right' },
      { header: 'Tävlande', width: 3.2 },
      ...model.criteria.map((criterion) => ({ header: criterion.id, width: 0.62, align: 'right' as const })),
      { header: 'Totalt', width: 0.9, align: 'right' },
    ],
    rows: model.entries.map((entry) => ({
      cells: [
        formatNumber(entry.rank),
        who(entry, false),
        ...entry.scores.map((score, i): TableCell => {
          const spread = entry.spreads[i] ?? null;
          const reached = spread !== null && spread >= model.spreadThreshold;
          return {
            text: score === null ? '–' : formatNumber(score),
            ...(spread !== null && { note: `↕${formatNumber(spread)}${reached ? '*' : ''}` }),
            ...(reached && { fill: colors.accentTint }),
          };
        }),
        { text: formatNumber(entry.total), font: 'semibold' },
      ],
    })),
  });
}
