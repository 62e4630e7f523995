/** Bedömning: the team's (or one examiner's) assessment of one contestant, for the jury. */
import { formatFormalDate, formatNumber, formatPercent, nameList, notSubmittedText } from '../../../../shared/format';
import { exampleBanner, examinerText, INDIVIDUAL_MARK, nominationText, NUMBER_GAP, pointsOfText, stageLabel, yesNo } from '../labels';
import type { BedomningModel } from '../model';
import { profileHeight, scoreProfile, type ProfileSpec } from '../layout/chart';
import { runningFrame } from '../layout/frame';
import { table } from '../layout/table';
import { heading, keyValues, notice, paragraph, paragraphHeight } from '../layout/text';
import { colors, size } from '../layout/theme';
import { titlePage } from '../layout/title-page';
import type { PageFrame, ReportWriter } from '../layout/writer';
import { traceabilityAppendix } from './appendix';
import { criterionHeadingSpace, criterionSection } from './criterion';

export function bedomningMetadata(model: BedomningModel) {
  const author = model.basis.author ? model.basis.author.name : model.team.map((member) => member.name).join(', ');
  return {
    title: `Bedömning – ${model.contestant.name}`,
    subject: `${stageLabel[model.basis.stage]} för domarkommittén, ${model.round.title}`,
    author,
    keywords: ['Kvalitetsutmärkelsen', 'bedömning', model.contestant.name, model.contestant.classTitle, String(model.round.year)],
  };
}

export function writeBedomning(w: ReportWriter, model: BedomningModel, appendix: boolean): PageFrame {
  const individual = model.basis.stage === 'individual';
  const author = model.basis.author;
  titlePage(w, {
    kicker: 'Bedömning',
    title: model.contestant.name,
    subtitle: model.contestant.organisation,
    facts: [
      ['Tävlingsklass', model.contestant.classTitle],
      ['Omgång', model.round.title],
      ['Underlag', author ? `${stageLabel.individual} av ${author.name}` : stageLabel[model.basis.stage]],
      ['Examinatorsteam', model.team.map(examinerText).join('\n')],
      ['Kriterier', `${model.package.title}, revision ${model.package.revision}`],
      ['Datum', formatFormalDate(model.reportDate)],
    ],
    ...(individual && {
      notice: {
        title: INDIVIDUAL_MARK,
        text: `Poängen och kommentarerna är ${author ? `${author.name}s` : 'en examinators'} egna och har inte stämts av i teamet.`,
      },
    }),
    ...(model.notSubmitted.length > 0 && { notice: { title: 'Alla i teamet har inte lämnat in', text: notSubmittedText(model.notSubmitted) } }),
    highlight: {
      label: 'Totalpoäng',
      value: pointsOfText(model.totals.points, model.totals.pointsAvailable),
      note: totalsNote(model),
    },
    footnote: individual
      ? 'En examinators egen bedömning i Stockholms stads kvalitetsutmärkelse, inte teamets underlag för domarkommittén.'
      : 'Underlag för domarkommittén i Stockholms stads kvalitetsutmärkelse.',
    ...exampleBanner(model.round),
  });

  w.newPage();
  w.group('Sect', () => summarySection(w, model));
  w.newPage();
  w.group('Sect', () => {
    heading(w, 1, 'Bedömning per kriterium');
    for (const area of model.areas) {
      w.group('Sect', () => {
        const points = `Området: ${area.points === null ? 'inte bedömt' : pointsOfText(area.points, area.pointsAvailable)}`;
        const pointsOptions = { size: size.small, color: colors.muted } as const;
        // The heading keeps its points and the first criterion's heading with all that heading keeps.
        const first = area.criteria[0];
        heading(w, 2, area.title, { number: area.id, keepWith: Math.max(120, first ? paragraphHeight(w, points, pointsOptions) + criterionHeadingSpace(w, first) : 0) });
        paragraph(w, points, pointsOptions);
        for (const criterion of area.criteria) criterionSection(w, criterion, model);
      });
    }
  });
  if (appendix) traceabilityAppendix(w, model);

  return runningFrame({
    subject: model.contestant.name,
    round: model.round.title,
    ...exampleBanner(model.round),
    report: individual ? `Bedömning · ${INDIVIDUAL_MARK}` : `Bedömning · ${stageLabel[model.basis.stage]}`,
  });
}

function totalsNote(model: BedomningModel): string {
  const { totals } = model;
  const parts = [`${totals.scoredCriteria} av ${totals.criteria} kriterier bedömda`];
  if (totals.pointsBeforeSiteVisit !== null) parts.push(`före platsbesök ${formatNumber(totals.pointsBeforeSiteVisit)} p`);
  return parts.join(' · ');
}

function summarySection(w: ReportWriter, model: BedomningModel): void {
  // An individual assessment has no summary of its own: its first page is the overview of its scores.
  heading(w, 1, model.basis.stage === 'individual' ? 'Översikt' : 'Sammanfattning');
  if (model.basis.author) notice(w, INDIVIDUAL_MARK, `Bedömd av ${model.basis.author.name}. Teamets konsensus och rekommendation finns i teamets bedömning.`);
  if (model.notSubmitted.length > 0) notice(w, 'Alla i teamet har inte lämnat in', notSubmittedText(model.notSubmitted));
  if (model.summary) paragraph(w, model.summary);
  if (model.basis.stage !== 'individual') recommendation(w, model);
  areaTable(w, model);

  const profile = profileSpec(model);
  heading(w, 2, 'Poängprofil', { keepWith: profileHeight(profile) + 30 });
  paragraph(w, profileCaption(model), { size: size.small, color: colors.muted });
  scoreProfile(w, profile);
}

function recommendation(w: ReportWriter, model: BedomningModel): void {
  heading(w, 2, 'Teamets rekommendation');
  keyValues(
    w,
    [
      ['Platsbesök', model.siteVisitDate ? `Genomfört; teamets bedömning efter besöket lämnades in ${formatFormalDate(model.siteVisitDate)}` : yesNo(model.recommendation.siteVisit)],
      ['Teamets förslag', nominationPhrase(model.recommendation.nomination)],
    ],
    { rules: true, valueFont: 'semibold' },
  );
  if (model.siteVisitDate) paragraph(w, siteVisitOutcome(model));
  if (model.recommendation.citation) {
    heading(w, 4, 'Utkast till motivering');
    paragraph(w, model.recommendation.citation, { font: 'italic' });
  }
}

/** "vinnare", "ingen utmärkelse": after "Teamets förslag", the award as a phrase. */
function nominationPhrase(nomination: BedomningModel['recommendation']['nomination']): string {
  const text = nominationText(nomination);
  return nomination === null ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** What the site visit did to the scores, said once for the whole assessment. */
function siteVisitOutcome(model: BedomningModel): string {
  const changed = model.areas
    .flatMap((a) => a.criteria)
    .filter((c) => c.siteVisit && c.siteVisit.before?.score !== c.siteVisit.after?.score)
    .map((c) => c.id);
  if (changed.length === 0) return 'Platsbesöket bekräftade teamets poäng för alla kriterier.';
  return `Platsbesöket ändrade poängen för ${changed.length === 1 ? 'kriterium' : 'kriterierna'} ${nameList(changed)}; övriga poäng bekräftades.`;
}

function areaTable(w: ReportWriter, model: BedomningModel): void {
  heading(w, 2, 'Poäng per område');
  table(w, {
    fontSize: size.small + 0.5,
    columns: [
      { header: 'Område', width: 5 },
      { header: 'Möjliga poäng', width: 1.3, align: 'right' },
      { header: 'Poäng', width: 1.1, align: 'right' },
      { header: 'Andel', width: 1, align: 'right' },
    ],
    rows: [
      ...model.areas.map((area) => ({
        cells: [
          `${area.id}${NUMBER_GAP}${area.title}`,
          formatNumber(area.pointsAvailable),
          area.points === null ? '–' : formatNumber(area.points),
          area.points === null ? '–' : formatPercent((100 * area.points) / area.pointsAvailable, 0),
        ],
      })),
      {
        emphasis: true,
        cells: [
          'Totalt',
          formatNumber(model.totals.pointsAvailable),
          formatNumber(model.totals.points),
          formatPercent((100 * model.totals.points) / model.totals.pointsAvailable, 0),
        ],
      },
    ],
  });
}

function profileCaption(model: BedomningModel): string {
  if (model.basis.stage === 'individual') return 'Examinatorns poäng per kriterium på bedömningsskalan.';
  return 'Teamets poäng per kriterium på bedömningsskalan, mot intervallet mellan examinatorernas lägsta och högsta individuella poäng.';
}

/** On the criteria's common scale; if their scales differ, as a share of each criterion's scale. */
function profileSpec(model: BedomningModel): ProfileSpec {
  const criteria = model.areas.flatMap((area) => area.criteria);
  const first = criteria[0]?.scale ?? { min: 0, max: 100, step: 10, unit: '%' };
  const uniform = criteria.every((c) => c.scale.min === first.min && c.scale.max === first.max && c.scale.step === first.step);
  const axis = uniform ? first : { min: 0, max: 100, step: 10, unit: '%' };
  const place = (value: number, scale: typeof first) => (uniform ? value : (100 * (value - scale.min)) / (scale.max - scale.min));
  const alt = criteria
    .map((c) => {
      const score = c.result ? formatNumber(c.result.score) : 'inte bedömt';
      const ind = c.individual;
      const range = ind && ind.min !== null && ind.max !== null ? `, individuellt ${formatNumber(ind.min)}–${formatNumber(ind.max)}` : '';
      return `${c.id}: ${score}${range}`;
    })
    .join('; ');
  return {
    min: axis.min,
    max: axis.max,
    step: axis.step,
    unit: axis.unit,
    scoreLabel: model.basis.stage === 'individual' ? 'Examinatorns poäng' : 'Teamets poäng',
    alt: `Poängprofil. ${alt}.`,
    groups: model.areas.map((area) => ({
      title: `${area.id} ${area.title}`,
      rows: area.criteria.map((c) => ({
        id: c.id,
        title: c.title,
        score: c.result ? place(c.result.score, c.scale) : null,
        individual: (c.individual?.scores ?? []).flatMap((s) => (s.score === null ? [] : [place(s.score, c.scale)])),
        before: c.siteVisit?.before ? place(c.siteVisit.before.score, c.scale) : null,
      })),
    })),
  };
}
