/**
 * Kalibrering – översikt: the PDF for stadsledningskontoret, landscape, in the
 * reports' house style. Who needs what (per trainee, codes unless names were
 * asked for), then the criteria that trouble most trainees.
 */
import { formatFormalDate, formatNumber } from '../../../shared/format';
import { exampleBanner } from '../reports/labels';
import { runningFrame } from '../reports/layout/frame';
import { table } from '../reports/layout/table';
import { heading, paragraph } from '../reports/layout/text';
import { colors } from '../reports/layout/theme';
import { PUBLISHER, titlePage } from '../reports/layout/title-page';
import type { PageFrame, ReportWriter } from '../reports/layout/writer';
import { biasText, coveredText, OVERVIEW_TITLE, percentText } from './labels';
import type { CalibrationOverview } from './overview';

export function overviewMetadata(model: CalibrationOverview) {
  return {
    title: `${OVERVIEW_TITLE} – ${model.round.title}`,
    subject: `Examinatorernas bedömningar jämförda med referensbedömningarna i ${model.round.title}`,
    author: PUBLISHER,
    keywords: ['Kvalitetsutmärkelsen', 'kalibrering', 'utbildning', String(model.round.year)],
  };
}

export function writeOverview(w: ReportWriter, model: CalibrationOverview): PageFrame {
  const needing = model.trainees.filter((t) => t.needs.length > 0).length;
  titlePage(w, {
    kicker: OVERVIEW_TITLE,
    title: model.round.title,
    subtitle: 'Examinatorernas individuella bedömningar jämförda med referensbedömningarna',
    facts: [
      ['Underlag', `${formatNumber(model.files)} individuella bedömningar av ${formatNumber(model.trainees.length)} examinatorer`],
      ['Examinatorer', model.namesShown ? 'med namn' : 'med kod, E1, E2 … i omgångens ordning'],
      ['Datum', formatFormalDate(model.reportDate)],
    ],
    highlight: { label: 'Behöver stöd', value: `${formatNumber(needing)} av ${formatNumber(model.trainees.length)}`, note: 'examinatorer har något att arbeta vidare med' },
    footnote: 'Underlag för stadsledningskontorets utbildning av examinatorer.',
    ...exampleBanner(model.round),
  });
  w.newPage();
  w.group('Sect', () => trainees(w, model));
  w.group('Sect', () => criteria(w, model));
  return runningFrame({ subject: OVERVIEW_TITLE, round: model.round.title, ...exampleBanner(model.round), report: `${OVERVIEW_TITLE} · ${model.round.year}` });
}

function trainees(w: ReportWriter, model: CalibrationOverview): void {
  heading(w, 1, 'Vem behöver vad');
  paragraph(
    w,
    'Avvikelsen är examinatorns poäng minus referensens, i procent av kriteriets skala, över alla jämförda kriterier i examinatorns filer; tendensen behåller tecknet (plus = högre än referensen, inom ±5 % räknas som i nivå). ' +
      'Styrkor och förbättringsområden räknas som funna när examinatorn har en kommentar med belägg på samma sida eller samma passage.',
    { color: colors.muted },
  );
  table(w, {
    zebra: true,
    columns: [
      { header: model.namesShown ? 'Examinator' : 'Kod', width: 1.7 },
      { header: 'Medel-\navvikelse', width: 0.9, align: 'right' },
      { header: 'Tendens\narbetssätt', width: 1.25 },
      { header: 'Tendens\nresultat', width: 1.25 },
      { header: 'Mer än ett\nband ifrån', width: 0.85, align: 'right' },
      { header: 'Styrkor\nfunna', width: 0.8, align: 'right' },
      { header: 'Förbättr.\nfunna', width: 0.95, align: 'right' },
      { header: 'Att arbeta vidare med', width: 4 },
    ],
    rows: model.trainees.map((t) => ({
      cells: [
        { text: t.name ?? t.code, font: 'semibold', note: `${t.name !== null ? `${t.code} · ` : ''}${t.contestants.join(', ')}` },
        percentText(t.summary.meanAbsoluteDeviation),
        biasText(t.summary.bias.process),
        biasText(t.summary.bias.result),
        { text: formatNumber(new Set(t.summary.offByMoreThanOneBand).size), ...(t.summary.offByMoreThanOneBand.length > 0 && { fill: colors.accentTint }) },
        coveredText(t.strengthsCovered, t.strengthsTotal),
        coveredText(t.improvementsCovered, t.improvementsTotal),
        t.needs.length === 0 ? { text: 'I nivå med referensen', color: colors.muted } : t.needs.join('. ') + '.',
      ],
    })),
  });
}

function criteria(w: ReportWriter, model: CalibrationOverview): void {
  // The heading, its line and the table's first rows together: never a heading alone at the foot of a page.
  w.ensureSpace(200);
  heading(w, 1, 'Kriterierna som besvärar flest');
  paragraph(w, 'Per kriterium: hur många examinatorer som låg mer än ett band från referensen, och medelavvikelsen över alla filer. De som besvärar flest står först.', {
    color: colors.muted,
  });
  table(w, {
    zebra: true,
    columns: [
      { header: 'Kriterium', width: 4 },
      { header: 'Examinatorer', width: 1.1, align: 'right' },
      { header: 'Mer än ett\nband ifrån', width: 1.1, align: 'right' },
      { header: 'Medelavvikelse', width: 1.2, align: 'right' },
      { header: 'Tendens', width: 1.6 },
    ],
    rows: model.criteria.map((c) => ({
      cells: [
        { text: `${c.criterionId} ${c.title}`, font: 'semibold', note: c.kind === 'process' ? 'arbetssätt' : 'resultat' },
        formatNumber(c.trainees),
        { text: formatNumber(c.offByMoreThanOneBand), ...(c.offByMoreThanOneBand > 0 && { fill: colors.accentTint, font: 'semibold' as const }) },
        percentText(c.meanAbsoluteDeviation),
        biasText(c.bias),
      ],
    })),
  });
}
