/**
 * Sammanställning: one competition class for the jury, landscape — the
 * decision tool. The ranking (totals before and after the site visit side by
 * side, the file each row comes from, the team's proposal and, where the jury
 * has decided, the jury's decision in a column of its own), the team's key
 * points, every criterion's score with its band label, the jury's citations,
 * the signed files. The first meeting's edition shows the consensus only.
 * In an anonymous model the names never exist, only codes.
 */
import { formatFormalDate, formatNumber, nameList } from '../../../../shared/format';
import { DECISION_LABELS } from '../../../../shared/contract/jury';
import { exampleBanner, nominationText, stageLabel, yesNo } from '../labels';
import type { SammanstallningEntry, SammanstallningModel } from '../model';
import { runningFrame } from '../layout/frame';
import { table, type TableCell, type TableColumn } from '../layout/table';
import { commentList } from '../layout/comments';
import { basisSection } from './basis';
import { criteriaScores, juryCitations, keyPointsTable, who } from './sammanstallning-tables';
import { heading, legendColumns, paragraph } from '../layout/text';
import { colors } from '../layout/theme';
import { PUBLISHER, titlePage } from '../layout/title-page';
import type { PageFrame, ReportWriter } from '../layout/writer';

const EDITION = {
  first: { kicker: 'Sammanställning inför domarkommitténs första möte', short: 'första mötet' },
  final: { kicker: 'Sammanställning inför domarkommitténs slutmöte', short: 'slutmötet' },
} as const;

/** "Sammanställning inför domarkommitténs första möte – Förskola (anonymiserad)": the PDF's title and every page's header. */
export function sammanstallningTitle(model: Pick<SammanstallningModel, 'meeting' | 'anonymous' | 'class'>): string {
  return `${EDITION[model.meeting].kicker} – ${model.class.title}${model.anonymous ? ' (anonymiserad)' : ''}`;
}

export function sammanstallningMetadata(model: SammanstallningModel) {
  return {
    title: sammanstallningTitle(model),
    subject: `Rangordning per tävlingsklass för domarkommittén, ${model.round.title}`,
    author: PUBLISHER,
    keywords: ['Kvalitetsutmärkelsen', 'sammanställning', EDITION[model.meeting].short, model.class.title, String(model.round.year)],
  };
}

function juryFact(model: SammanstallningModel): string {
  if (model.meeting === 'first') return 'Inga beslut – underlag för valet av platsbesök';
  if (!model.jury) return 'Inget beslut ännu – bara teamens förslag visas';
  return `Domarkommitténs signerade beslut från ${formatFormalDate(model.jury.meetingDate)}, revision ${model.jury.revision}`;
}

export function writeSammanstallning(w: ReportWriter, model: SammanstallningModel): PageFrame {
  const stages = new Set(model.entries.map((entry) => entry.stage));
  titlePage(w, {
    kicker: EDITION[model.meeting].kicker,
    title: model.class.title,
    subtitle: model.round.title,
    facts: [
      ['Poäng', model.meeting === 'first' ? 'Teamens konsensus, före platsbesök' : 'Före och efter platsbesök, sida vid sida'],
      ['Antal tävlande', countText(model)],
      ['Underlag', [...stages].map((stage) => stageLabel[stage]).join(', ') || '–'],
      ['Beslut', juryFact(model)],
      ['Namn', model.anonymous ? 'Dolda – de tävlande anges med kod' : 'Visas'],
      ['Kriterier', `${model.package.title}, revision ${model.package.revision}`],
      ['Datum', formatFormalDate(model.reportDate)],
    ],
    ...(model.anonymous && {
      notice: { title: 'Anonymiserad sammanställning', text: 'Enheternas och examinatorernas namn är utelämnade; de tävlande anges med koder (A, B, C …).' },
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
  w.group('Sect', () => keyPointsTable(w, model));
  w.newPage();
  w.group('Sect', () => criteriaScores(w, model));
  if (model.jury) w.group('Sect', () => juryCitations(w, model));
  w.group('Sect', () => basisSection(w, model.entries.flatMap((entry) => (entry.file ? [{ label: entry.name ?? `Tävlande ${entry.code}`, file: entry.file }] : []))));

  return runningFrame({
    subject: sammanstallningTitle(model),
    round: model.round.title,
    ...exampleBanner(model.round),
    report: `Sammanställning, ${EDITION[model.meeting].short} · ${model.class.title}`,
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

/** "Platsbesök, rev. 2": the team file the row comes from; at the first meeting a site-visit file's scores before the visit. */
function sourceCell(entry: SammanstallningEntry, model: SammanstallningModel): TableCell {
  const text = `${entry.stage === 'site-visit' ? 'Platsbesök' : 'Konsensus'}, rev. ${formatNumber(entry.revision)}`;
  return model.meeting === 'first' && entry.stage === 'site-visit' ? { text, note: 'poäng före besöket' } : { text };
}

/** The team's proposal: the nomination (never at the first meeting) over the site-visit recommendation. */
function proposalCell(entry: SammanstallningEntry, model: SammanstallningModel): TableCell {
  const visit = `Platsbesök: ${yesNo(entry.recommendation.siteVisit).toLowerCase()}`;
  if (model.meeting === 'first') return { text: visit };
  const nomination = entry.recommendation.nomination;
  return { text: nominationText(nomination), note: visit };
}

function juryCell(entry: SammanstallningEntry): TableCell {
  return entry.jury ? { text: DECISION_LABELS[entry.jury.decision], font: 'semibold' } : { text: 'Inget beslut', color: colors.muted };
}

function ranking(w: ReportWriter, model: SammanstallningModel): void {
  const first = model.meeting === 'first';
  heading(w, 1, 'Rangordning');
  paragraph(
    w,
    first
      ? `De tävlande i klassen ordnade efter teamets konsensus (av ${formatNumber(model.pointsAvailable)} möjliga poäng), före platsbesök, med poäng per område och teamets förslag om platsbesök.`
      : `De tävlande i klassen ordnade efter resultatet (av ${formatNumber(model.pointsAvailable)} möjliga poäng): efter platsbesöket där det finns, annars teamets konsensus. Poängen per område är resultatets.${model.jury ? ' Domarkommitténs beslut står i en egen kolumn, skild från teamets förslag.' : ''}`,
    { color: colors.muted },
  );
  legendColumns(w, model.areas.map((area) => [area.id, `${area.title} (${formatNumber(area.pointsAvailable)} p)`] as const), 3);
  const points = (value: number | null): string => (value === null ? '–' : formatNumber(value));
  const totals: TableColumn[] = first
    ? [{ header: `Konsensus\n(${formatNumber(model.pointsAvailable)})`, width: 1.05, align: 'right' }]
    : [
        { header: 'Före\nplatsbesök', width: 0.9, align: 'right' },
        { header: 'Efter\nplatsbesök', width: 0.9, align: 'right' },
      ];
  table(w, {
    zebra: true,
    columns: [
      { header: 'Plats', width: 0.55, align: 'right' },
      { header: 'Tävlande', width: model.jury ? 2.4 : 3.4 },
      ...model.areas.map((area) => ({ header: `${area.id}\n(${formatNumber(area.pointsAvailable)})`, width: 0.62, align: 'right' as const })),
      ...totals,
      { header: 'Underlag', width: 1.4 },
      { header: 'Teamets förslag', width: 1.65 },
      ...(model.jury ? [{ header: 'Domarkommitténs\nbeslut', width: 1.65 }] : []),
    ],
    rows: model.entries.map((entry) => ({
      cells: [
        formatNumber(entry.rank),
        whoWithNote(entry),
        ...entry.areaPoints.map(points),
        ...(first ? [{ text: formatNumber(entry.before), font: 'semibold' as const }] : [points(entry.before), { text: entry.after === null ? '–' : formatNumber(entry.after), font: 'semibold' as const }]),
        sourceCell(entry, model),
        proposalCell(entry, model),
        ...(model.jury ? [juryCell(entry)] : []),
      ],
    })),
  });
}

/** The name with the organisation and what the reader must know about the team's file. */
function whoWithNote(entry: SammanstallningEntry): TableCell {
  const cell = who(entry);
  if (entry.name === null) return cell;
  const note = [entry.organisation, entry.stage === 'individual' ? 'individuell bedömning' : '', entry.notSubmitted.length > 0 ? `ingen individuell bedömning från ${nameList(entry.notSubmitted)}` : '']
    .filter(Boolean)
    .join(' · ');
  return { ...cell, ...(note && { note }) };
}
