/**
 * Utvärdering av omgången: the PDF for stadsledningskontoret, landscape, in
 * the reports' house style. Agreement per criterion (lowest first), the band
 * descriptors of the criteria to improve, the examiners (codes unless names
 * were asked for), the deadlines and the totals per competition class.
 */
import { formatFormalDate, formatNumber } from '../../../shared/format';
import { exampleBanner } from '../reports/labels';
import { runningFrame } from '../reports/layout/frame';
import { table, tableHeight, type TableSpec } from '../reports/layout/table';
import { heading, paragraph } from '../reports/layout/text';
import { colors } from '../reports/layout/theme';
import { PUBLISHER, titlePage } from '../reports/layout/title-page';
import type { PageFrame, ReportWriter } from '../reports/layout/writer';
import { agreementText, alphaText, EVALUATION_TITLE, numberText, signedText } from '../../../shared/evaluation/labels';
import { byAgreement, criteriaToReview, type CriterionEvaluation, type EvaluationModel } from '../../../shared/evaluation/model';

export function evaluationMetadata(model: EvaluationModel) {
  return {
    title: `${EVALUATION_TITLE} – ${model.round.title}`,
    subject: `Samstämmighet, spridning, konsensus, platsbesök och tidsgränser i ${model.round.title}`,
    author: PUBLISHER,
    keywords: ['Kvalitetsutmärkelsen', 'utvärdering', "Krippendorffs alfa", String(model.round.year)],
  };
}

export function writeEvaluation(w: ReportWriter, model: EvaluationModel): PageFrame {
  const { files } = model;
  titlePage(w, {
    kicker: EVALUATION_TITLE,
    title: model.round.title,
    subtitle: `${model.package.title}, revision ${model.package.revision}`,
    facts: [
      ['Underlag', `${formatNumber(files.individual)} individuella bedömningar, ${formatNumber(files.consensus)} konsensus, ${formatNumber(files.siteVisit)} efter platsbesök`],
      ['Examinatorer', `${formatNumber(model.examiners.length)} (${model.namesShown ? 'med namn' : 'med kod, E1, E2 …'})`],
      ['Spridningsgräns', `${formatNumber(model.spreadThreshold)} (kriteriepaketets gräns för diskussion vid konsensus)`],
      ['Datum', formatFormalDate(model.reportDate)],
    ],
    footnote: 'Underlag för stadsledningskontorets utvärdering av Stockholms stads kvalitetsutmärkelse.',
    ...exampleBanner(model.round),
  });

  w.newPage();
  w.group('Sect', () => agreement(w, model));
  w.newPage();
  w.group('Sect', () => toReview(w, criteriaToReview(model.criteria)));
  w.newPage();
  w.group('Sect', () => examiners(w, model));
  w.group('Sect', () => deadlines(w, model));
  w.group('Sect', () => classes(w, model));

  return runningFrame({ subject: EVALUATION_TITLE, round: model.round.title, ...exampleBanner(model.round), report: `${EVALUATION_TITLE} · ${model.round.year}` });
}

function agreement(w: ReportWriter, model: EvaluationModel): void {
  heading(w, 1, 'Samstämmighet per kriterium');
  paragraph(
    w,
    'Krippendorffs alfa (intervallskala) mäter hur väl examinatorernas individuella poäng stämmer överens, bortom slumpen: 1 är full samstämmighet, 0 inte bättre än slumpen. ' +
      'Enheterna är de tävlande med minst två individuella poäng på kriteriet. Från 0,800 räknas samstämmigheten som god, från 0,667 som osäker, därunder som låg. ' +
      `Spridningen är högsta minus lägsta individuella poäng; gränsen ${formatNumber(model.spreadThreshold)} ska diskuteras vid konsensus. Kriterierna med lägst samstämmighet står först.`,
    { color: colors.muted },
  );
  table(w, {
    zebra: true,
    columns: [
      { header: 'Kriterium', width: 3.4 },
      { header: 'Examina-\ntorer', width: 0.8, align: 'right' },
      { header: 'Tävlande', width: 0.8, align: 'right' },
      { header: 'Alfa', width: 0.75, align: 'right' },
      { header: 'Samstäm-\nmighet', width: 0.95 },
      { header: 'Spridning\nmedel', width: 0.85, align: 'right' },
      { header: 'Spridning\nstörst', width: 0.85, align: 'right' },
      { header: 'Nådde\ngränsen', width: 0.8, align: 'right' },
      { header: 'Konsensus\n− medel', width: 0.95, align: 'right' },
      { header: 'Platsbesök\nändrade', width: 0.95, align: 'right' },
    ],
    rows: byAgreement(model.criteria).map((c) => ({
      cells: [
        { text: `${c.id} ${c.title}`, font: 'semibold', note: `${c.areaTitle} · ${c.kind === 'process' ? 'arbetssätt' : 'resultat'}` },
        formatNumber(c.raters),
        formatNumber(c.units),
        { text: alphaText(c.alpha), font: 'semibold', ...(c.agreement === 'low' && { fill: colors.accentTint }) },
        agreementText(c.agreement),
        numberText(c.meanSpread),
        numberText(c.maxSpread),
        formatNumber(c.reachedThreshold),
        { text: signedText(c.consensusShift.mean), note: contestantsText(c.consensusShift.contestants) },
        c.siteVisit.contestants === 0
          ? '–'
          : { text: `${formatNumber(c.siteVisit.changed)} av ${formatNumber(c.siteVisit.contestants)}`, note: `medel ${signedText(c.siteVisit.mean)}` },
      ],
    })),
  });
}

const contestantsText = (count: number) => `${formatNumber(count)} tävlande`;

function toReview(w: ReportWriter, criteria: readonly CriterionEvaluation[]): void {
  heading(w, 1, 'Att se över till nästa år');
  if (criteria.length === 0) {
    paragraph(w, 'Inget kriterium hade låg eller osäker samstämmighet.', { color: colors.muted });
    return;
  }
  paragraph(w, 'Kriterierna med lägst samstämmighet och nivåbeskrivningarna på deras skala: det är dem examinatorerna tolkade olika.', { color: colors.muted });
  for (const c of criteria) {
    const bands: TableSpec = {
      columns: [
        { header: 'Nivå', width: 1.6 },
        { header: 'Poäng', width: 0.8, align: 'right' },
        { header: 'Beskrivning', width: 7.3 },
      ],
      rows: c.bands.map((b) => ({ cells: [{ text: b.label, font: 'semibold' }, b.from === b.to ? formatNumber(b.from) : `${formatNumber(b.from)}–${formatNumber(b.to)}`, b.descriptor] })),
    };
    // The heading, its line and the whole table on one page: a descriptor is read beside its criterion.
    w.ensureSpace(tableHeight(w, bands) + 70);
    heading(w, 2, `${c.id} ${c.title} – alfa ${alphaText(c.alpha)} (${agreementText(c.agreement).toLowerCase()})`);
    paragraph(
      w,
      `${c.scale.title}. Spridning i medel ${numberText(c.meanSpread)}, störst ${numberText(c.maxSpread)}; ${formatNumber(c.reachedThreshold)} av ${contestantsText(c.units)} nådde gränsen.`,
      { color: colors.muted },
    );
    table(w, bands);
  }
}

function examiners(w: ReportWriter, model: EvaluationModel): void {
  heading(w, 1, 'Examinatorerna');
  paragraph(
    w,
    'Avvikelsen är examinatorns individuella poäng minus teamets konsensus, i procent av skalans längd: medelavvikelsen räknar bort tecknet, tendensen behåller det (plus = högre än teamet). ' +
      'I tid betyder att den första revisionen exporterades senast sista dagen för individuell bedömning.',
    { color: colors.muted },
  );
  table(w, {
    zebra: true,
    columns: [
      { header: model.namesShown ? 'Examinator' : 'Kod', width: 2.6 },
      { header: 'Förväntade', width: 1, align: 'right' },
      { header: 'Inkomna', width: 1, align: 'right' },
      { header: 'I tid', width: 0.8, align: 'right' },
      { header: 'Sena', width: 0.8, align: 'right' },
      { header: 'Jämförda\npoäng', width: 1, align: 'right' },
      { header: 'Medel-\navvikelse (%)', width: 1.2, align: 'right' },
      { header: 'Tendens (%)', width: 1.1, align: 'right' },
    ],
    rows: model.examiners.map((e) => ({
      cells: [
        { text: e.name ?? e.code, font: 'semibold', ...(e.name !== null && { note: e.code }) },
        formatNumber(e.expected),
        formatNumber(e.submitted),
        formatNumber(e.onTime),
        { text: formatNumber(e.late), ...(e.late > 0 && { fill: colors.accentTint }) },
        formatNumber(e.comparisons),
        numberText(e.meanAbsoluteDeviation),
        signedText(e.bias),
      ],
    })),
  });
}

function deadlines(w: ReportWriter, model: EvaluationModel): void {
  heading(w, 1, 'Tidsgränserna');
  table(w, {
    columns: [
      { header: 'Steg', width: 2.4 },
      { header: 'Sista dag', width: 1.6 },
      { header: 'Filer', width: 1, align: 'right' },
      { header: 'I tid', width: 1, align: 'right' },
      { header: 'Sena', width: 1, align: 'right' },
    ],
    rows: model.deadlines.map((d) => ({ cells: [d.label, formatFormalDate(d.date), formatNumber(d.files), formatNumber(d.onTime), formatNumber(d.late)] })),
  });
}

function classes(w: ReportWriter, model: EvaluationModel): void {
  heading(w, 1, 'Totalpoäng per tävlingsklass');
  paragraph(w, 'Teamens senaste totalpoäng (efter platsbesök där ett sådant gjorts), med kvartiler, och hur platsbesöken ändrade totalen.', { color: colors.muted });
  table(w, {
    zebra: true,
    columns: [
      { header: 'Tävlingsklass', width: 3 },
      { header: 'Bedömda', width: 1, align: 'right' },
      { header: 'Lägst', width: 0.8, align: 'right' },
      { header: 'Kvartil 1', width: 0.85, align: 'right' },
      { header: 'Median', width: 0.85, align: 'right' },
      { header: 'Kvartil 3', width: 0.85, align: 'right' },
      { header: 'Högst', width: 0.8, align: 'right' },
      { header: 'Medel', width: 0.8, align: 'right' },
      { header: 'Platsbesök\n(ändrade)', width: 1.1, align: 'right' },
      { header: 'Ändring\nmedel', width: 0.9, align: 'right' },
    ],
    rows: model.classes.filter((k) => k.contestants > 0).map((k) => {
      const t = k.totals;
      return {
        cells: [
          { text: k.title, font: 'semibold', note: `${formatNumber(k.pointsAvailable)} möjliga poäng` },
          `${formatNumber(k.assessed)} av ${formatNumber(k.contestants)}`,
          numberText(t?.min ?? null),
          numberText(t?.lowerQuartile ?? null),
          numberText(t?.median ?? null),
          numberText(t?.upperQuartile ?? null),
          numberText(t?.max ?? null),
          numberText(t?.mean ?? null),
          `${formatNumber(k.siteVisits)} (${formatNumber(k.changedBySiteVisit)})`,
          signedText(k.meanTotalChange),
        ],
      };
    }),
  });
}
