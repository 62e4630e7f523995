/**
 * The kalibreringsrapport for a trainee, portrait, in the reports' house
 * style: the summary (mean absolute deviation, bias by criterion kind, the
 * criteria more than one band off, how many of the reference's comments the
 * trainee also found), a table of every criterion's scores, then per
 * criterion the reference's reasoning and its strengths and improvement
 * areas with their evidence, each marked with the trainee's counterpart.
 */
import type { CalibrationComparison, CriterionCalibration } from '../../../shared/contract/calibration';
import { formatDateTime, formatFormalDate } from '../../../shared/format';
import { fingerprint } from '../../../shared/fingerprint';
import { signedText } from '../../../shared/evaluation/labels';
import { exampleBanner, scoreText } from '../reports/labels';
import { commentList } from '../reports/layout/comments';
import { runningFrame } from '../reports/layout/frame';
import { table } from '../reports/layout/table';
import { heading, keyValues, paragraph } from '../reports/layout/text';
import { colors, size } from '../reports/layout/theme';
import { PUBLISHER, titlePage } from '../reports/layout/title-page';
import type { PageFrame, ReportWriter } from '../reports/layout/writer';
import { bandDifferenceText, biasText, CALIBRATION_TITLE, counterpartText, coveredText, percentText, reportEvidence } from './labels';

export interface CalibrationReportModel {
  readonly comparison: CalibrationComparison;
  /** "YYYY-MM-DD". */
  readonly reportDate: string;
}

export function calibrationMetadata(model: CalibrationReportModel) {
  const c = model.comparison;
  return {
    title: `${CALIBRATION_TITLE} – ${c.contestant.name} – ${c.trainee.name}`,
    subject: `${c.trainee.name}s individuella bedömning av ${c.contestant.name} jämförd med referensbedömningen i ${c.roundTitle}`,
    author: PUBLISHER,
    keywords: ['Kvalitetsutmärkelsen', 'kalibrering', 'referensbedömning', c.roundTitle],
  };
}

const scoreCell = (criterion: CriterionCalibration, side: 'trainee' | 'reference') => {
  const { score, band } = criterion[side];
  return score === null ? { text: 'Ej poängsatt' } : { text: scoreText(score, criterion.scale), note: band ?? undefined };
};

export function writeCalibration(w: ReportWriter, model: CalibrationReportModel): PageFrame {
  const c = model.comparison;
  const s = c.summary;
  titlePage(w, {
    kicker: CALIBRATION_TITLE,
    title: c.contestant.name,
    subtitle: `${c.roundTitle} · ${c.contestant.classTitle}`,
    facts: [
      ['Examinator', c.trainee.name],
      ['Din bedömning', `individuell, revision ${c.trainee.revision}, inlämnad ${formatDateTime(c.trainee.submittedAt)}`],
      ['Referensbedömning', `signerad av stadsledningskontoret, nyckel ${fingerprint(c.reference.keyId)}`],
      ['Datum', formatFormalDate(model.reportDate)],
    ],
    highlight: { label: 'Medelavvikelse från referensen', value: percentText(s.meanAbsoluteDeviation), note: `i procent av skalan, ${s.compared} av ${s.criteria} kriterier jämförda` },
    footnote: 'Referensbedömningen (facit) är ett stöd för samtal och lärande, inte ett betyg.',
    ...exampleBanner({ exampleMaterial: c.exampleMaterial }),
  });

  w.newPage();
  w.group('Sect', () => summary(w, c));
  for (const criterion of c.criteria) w.group('Sect', () => criterionSection(w, criterion));
  return runningFrame({ subject: `${c.contestant.name} · ${c.trainee.name}`, round: c.roundTitle, report: `${CALIBRATION_TITLE} · jämförelse med referensbedömningen`, ...exampleBanner({ exampleMaterial: c.exampleMaterial }) });
}

function summary(w: ReportWriter, c: CalibrationComparison): void {
  const s = c.summary;
  heading(w, 1, 'Sammanfattning');
  paragraph(
    w,
    'Avvikelsen är din poäng minus referensens, i procent av kriteriets skala: medelavvikelsen räknar bort tecknet, tendensen behåller det (plus = högre än referensen; inom ±5 % räknas som i nivå).',
    { color: colors.muted },
  );
  const off = s.offByMoreThanOneBand.map((id) => c.criteria.find((k) => k.criterionId === id)).map((k) => `${k!.criterionId} ${k!.title}`);
  keyValues(w, [
    ['Medelavvikelse', percentText(s.meanAbsoluteDeviation)],
    ['Tendens, alla kriterier', biasText(s.bias.all)],
    ['Tendens, arbetssätt', biasText(s.bias.process)],
    ['Tendens, resultat', biasText(s.bias.result)],
    ['Mer än ett band ifrån', off.length === 0 ? 'Inga kriterier' : off.join('; ')],
    ['Styrkor funna', `${coveredText(s.strengthsCovered, s.strengthsTotal)} av referensens`],
    ['Förbättringar funna', `${coveredText(s.improvementsCovered, s.improvementsTotal)} av referensens förbättringsområden`],
  ]);
  heading(w, 2, 'Poäng per kriterium');
  table(w, {
    zebra: true,
    columns: [
      { header: 'Kriterium', width: 3.1 },
      { header: 'Din poäng', width: 1.35 },
      { header: 'Referensen', width: 1.35 },
      { header: 'Skillnad', width: 0.9, align: 'right' },
      { header: 'Viktade\npoäng', width: 0.85, align: 'right' },
      { header: 'Band', width: 1.15, align: 'right' },
    ],
    rows: c.criteria.map((k) => {
      const far = Math.abs(k.bandDifference ?? 0) > 1;
      return {
        cells: [
          { text: `${k.criterionId} ${k.title}`, font: 'semibold', note: `${k.areaTitle} · ${k.kind === 'process' ? 'arbetssätt' : 'resultat'}` },
          scoreCell(k, 'trainee'),
          scoreCell(k, 'reference'),
          signedText(k.difference),
          signedText(k.pointsDifference),
          { text: bandDifferenceText(k.bandDifference), ...(far && { fill: colors.accentTint, font: 'semibold' as const }) },
        ],
      };
    }),
  });
}

function criterionSection(w: ReportWriter, k: CriterionCalibration): void {
  w.ensureSpace(160);
  heading(w, 2, `${k.criterionId} ${k.title}`);
  const mine = k.trainee.score === null ? 'du poängsatte inte kriteriet' : `din poäng ${scoreText(k.trainee.score, k.scale)} (${k.trainee.band})`;
  const theirs = k.reference.score === null ? 'referensen poängsatte inte kriteriet' : `referensens ${scoreText(k.reference.score, k.scale)} (${k.reference.band})`;
  const difference = k.difference === null ? '' : `: ${signedText(k.difference)} på skalan, ${signedText(k.pointsDifference)} viktade poäng, ${bandDifferenceText(k.bandDifference)}`;
  paragraph(w, `${mine[0]!.toUpperCase()}${mine.slice(1)}, ${theirs}${difference}.`, { font: 'semibold' });
  if (k.rationale.trim() !== '') paragraph(w, `Referensens motivering: ${k.rationale}`, { color: colors.muted, size: size.small });
  heading(w, 3, 'Referensens styrkor');
  commentList(w, k.strengths.map((m) => ({ text: m.reference.text, evidence: reportEvidence(m.reference), aside: counterpartText(m, 'styrkor') })), {
    quotes: true,
    emptyText: 'Referensen har inga styrkor för kriteriet.',
  });
  heading(w, 3, 'Referensens förbättringsområden');
  commentList(w, k.improvements.map((m) => ({ text: m.reference.text, evidence: reportEvidence(m.reference), aside: counterpartText(m, 'förbättringsområden') })), {
    quotes: true,
    emptyText: 'Referensen har inga förbättringsområden för kriteriet.',
  });
  const extra = k.unmatched.strengths.length + k.unmatched.improvements.length;
  if (extra > 0) {
    paragraph(w, `Du skrev också ${extra === 1 ? 'en kommentar' : `${extra} kommentarer`} som referensen inte har; läs dem mot referensens motivering ovan.`, {
      color: colors.muted,
      size: size.small,
    });
  }
}
