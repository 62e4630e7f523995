/**
 * The criteria package as a document for examiners and contestants: what
 * each class is assessed on and for how many points, the scales with every
 * band's descriptor, then per area each criterion with its questions and the
 * examiners' guidance.
 */
import { formatDate, formatNumber } from '../../../../shared/format';
import type { Area, CriteriaPackage, Criterion, Scale } from '../../../../shared/formats/criteria-package';
import { classTotals, totalsDiffer } from '../../../../shared/scoring/class-totals';
import { EXAMPLE_BANNER, NUMBER_GAP, pointsText, scoreText as reportScoreText } from '../labels';
import { commentList } from '../layout/comments';
import { runningFrame } from '../layout/frame';
import { table, type TableSpec } from '../layout/table';
import { heading, keyValues, paragraph } from '../layout/text';
import { colors, size, space } from '../layout/theme';
import { titlePage } from '../layout/title-page';
import type { PageFrame, ReportWriter } from '../layout/writer';

export interface KriteriepaketModel {
  readonly pkg: CriteriaPackage;
  /** The signer's fingerprint as shown everywhere, or null for an unsigned draft. */
  readonly signer: string | null;
  readonly exampleMaterial: boolean;
  /** The document's date (ÅÅÅÅ-MM-DD). */
  readonly reportDate: string;
}

const KIND_LABEL: Record<Criterion['kind'], string> = { process: 'Arbetssätt', result: 'Resultat' };

export function kriteriepaketMetadata(model: KriteriepaketModel) {
  const { pkg } = model;
  return {
    title: `Kriteriepaket – ${pkg.title}`,
    subject: `${pkg.award}, ${pkg.year}: områden, kriterier, bedömningsskalor och poäng`,
    author: pkg.issuedBy,
    keywords: ['Kvalitetsutmärkelsen', 'kriteriepaket', pkg.id, `revision ${pkg.revision}`, String(pkg.year)],
  };
}

export function writeKriteriepaket(w: ReportWriter, model: KriteriepaketModel): PageFrame {
  const { pkg } = model;
  const banner = model.exampleMaterial ? { banner: EXAMPLE_BANNER } : {};
  titlePage(w, {
    kicker: 'Kriteriepaket',
    title: pkg.title,
    subtitle: pkg.award,
    facts: [
      ['Paket', `${pkg.id}, revision ${pkg.revision}`],
      ['År', String(pkg.year)],
      ['Utfärdat av', `${pkg.issuedBy}, ${formatDate(pkg.issuedAt)}`],
      ['Innehåll', `${pkg.areas.length} områden, ${pkg.areas.reduce((n, a) => n + a.criteria.length, 0)} kriterier, ${pkg.classes.length} tävlingsklasser`],
      ['Signatur', model.signer ? `Signerat med nyckeln ${model.signer}` : 'Osignerat utkast'],
    ],
    highlight: { label: 'Totalpoäng', value: pointsText(pkg.totalPoints), ...(totalsDiffer(classTotals(pkg)) && { note: 'Totalen skiljer sig mellan klasserna, se nästa sida.' }) },
    footnote: `Utskrivet ${formatDate(model.reportDate)} ur kriteriepaketet ${pkg.id} revision ${pkg.revision}.`,
    ...banner,
  });

  w.newPage();
  w.group('Sect', () => overview(w, pkg));
  w.group('Sect', () => {
    heading(w, 1, 'Bedömningsskalor');
    for (const scale of pkg.scales) scaleSection(w, scale);
  });
  for (const area of pkg.areas) w.group('Sect', () => areaSection(w, pkg, area));
  return runningFrame({ subject: pkg.title, round: `${pkg.id} revision ${pkg.revision}`, report: 'Kriteriepaket', ...banner });
}

function overview(w: ReportWriter, pkg: CriteriaPackage): void {
  heading(w, 1, 'Poäng per tävlingsklass');
  paragraph(w, 'Varje kriterium har en poäng; den tävlande får en andel av den efter hur högt kriteriet bedöms på sin skala. Ett kriterium som gäller vissa klasser räknas bara för dem.', { color: colors.muted });
  const totals = classTotals(pkg);
  table(w, {
    fontSize: size.small + 0.5,
    columns: [
      { header: 'Tävlingsklass', width: 5 },
      { header: 'Kriterier', width: 1, align: 'right' },
      { header: 'Totalpoäng', width: 1.4, align: 'right' },
    ],
    rows: totals.map((t) => ({ cells: [t.title, formatNumber(t.criteria), pointsText(t.points)] })),
  });
  heading(w, 2, 'Områden');
  const spec: TableSpec = {
    fontSize: size.small + 0.5,
    columns: [
      { header: 'Område', width: 5 },
      { header: 'Kriterier', width: 1, align: 'right' },
      { header: 'Poäng', width: 1.4, align: 'right' },
    ],
    rows: [
      ...pkg.areas.map((area) => ({
        cells: [`${area.id}${NUMBER_GAP}${area.title}`, formatNumber(area.criteria.length), pointsText(area.criteria.reduce((sum, c) => sum + c.points, 0))],
      })),
      { emphasis: true, cells: ['Alla kriterier', formatNumber(pkg.areas.reduce((n, a) => n + a.criteria.length, 0)), pointsText(pkg.totalPoints)] },
    ],
  };
  table(w, spec);
  const rules = rulesText(pkg);
  if (rules.length > 0) {
    heading(w, 2, 'Regler');
    keyValues(w, rules, { labelWidth: 200, rules: true });
  }
  paragraph(w, `Vid konsensus diskuteras de kriterier där examinatorernas poäng skiljer sig med ${formatNumber(pkg.consensus.spreadThreshold)} eller mer.`, { color: colors.muted, size: size.small });
}

function rulesText(pkg: CriteriaPackage): [string, string][] {
  const rows: [string, string][] = [];
  const rules = pkg.rules;
  if (rules?.maxPages !== undefined) rows.push(['Verksamhetsbeskrivningen', `högst ${formatNumber(rules.maxPages)} sidor`]);
  if (rules?.strengthsPerCriterion) rows.push(['Styrkor per kriterium', `${rules.strengthsPerCriterion.min}–${rules.strengthsPerCriterion.max}`]);
  if (rules?.improvementsPerCriterion) rows.push(['Förbättringsområden per kriterium', `${rules.improvementsPerCriterion.min}–${rules.improvementsPerCriterion.max}`]);
  return rows;
}

const scoreText = (score: number, scale: Scale) => reportScoreText(score, { unit: scale.unit ?? '' });

function rangeText(scale: Scale, from: number, to: number): string {
  return from === to ? scoreText(from, scale) : `${scoreText(from, scale)}–${scoreText(to, scale)}`;
}

function scaleSection(w: ReportWriter, scale: Scale): void {
  // The heading stays with its range and the table's first four rows (the table's own minimum on a page).
  heading(w, 2, scale.title, { keepWith: 200 });
  paragraph(w, `Från ${scoreText(scale.min, scale)} till ${scoreText(scale.max, scale)} i steg om ${scoreText(scale.step, scale)}.`, { color: colors.muted, size: size.small });
  table(w, {
    fontSize: size.small + 0.5,
    columns: [
      { header: 'Nivå', width: 1.6 },
      { header: 'Poäng', width: 1 },
      { header: 'Beskrivning', width: 5 },
    ],
    rows: scale.bands.map((band) => ({ cells: [{ text: band.label, font: 'semibold' }, rangeText(scale, band.from, band.to), band.descriptor || '–'] })),
  });
  if (scale.attributes && scale.attributes.length > 0) {
    heading(w, 4, 'Aspekter som bedöms');
    keyValues(w, scale.attributes.map((a) => [a.title, a.description || '–'] as [string, string]), { labelWidth: 130 });
  }
}

function areaSection(w: ReportWriter, pkg: CriteriaPackage, area: Area): void {
  heading(w, 1, area.title, { number: area.id });
  if (area.description) paragraph(w, area.description);
  for (const criterion of area.criteria) criterionSection(w, pkg, criterion);
}

function appliesTo(pkg: CriteriaPackage, criterion: Criterion): string {
  if (!criterion.classes) return 'alla tävlingsklasser';
  return criterion.classes.map((id) => pkg.classes.find((c) => c.id === id)?.title ?? id).join(', ');
}

function criterionSection(w: ReportWriter, pkg: CriteriaPackage, criterion: Criterion): void {
  heading(w, 2, criterion.title, { number: criterion.id });
  const scale = pkg.scales.find((s) => s.id === criterion.scale);
  keyValues(
    w,
    [
      ['Poäng', pointsText(criterion.points)],
      ['Slag', KIND_LABEL[criterion.kind]],
      ['Skala', scale?.title ?? criterion.scale],
      ['Gäller', appliesTo(pkg, criterion)],
    ],
    { labelWidth: 90 },
  );
  w.y += space.paragraph;
  if (criterion.description) paragraph(w, criterion.description);
  if (criterion.questions.length > 0) {
    commentList(w, criterion.questions.map((text) => ({ text, evidence: [] })), {
      quotes: false,
      numbered: true,
      emptyText: '',
      heading: { level: 4, text: 'Frågor till den tävlande' },
    });
  }
  if (criterion.guidance) {
    heading(w, 4, 'Vägledning för examinatorer');
    paragraph(w, criterion.guidance, { size: size.small + 0.5, color: colors.muted });
  }
}
