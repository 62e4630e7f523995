/**
 * Återföringsrapport: what the contestant keeps. An opening (thanks, how the
 * award works and how the unit was assessed, how to read the report, sender
 * and contact), the team's words and key themes, then per area and criterion
 * what the criterion asks, the strengths and the improvement areas with their
 * pages, then suggested next steps; scores only as the round's policy says.
 * The words are feedback-text.ts's, shared with the Word edition.
 */
import { formatFormalDate, formatNumber } from '../../../../shared/format';
import type { AterforingArea, AterforingModel, FeedbackCriterion } from '../feedback-model';
import { assessedText, AWARD_TEXT, contactLines, decisionText, FEEDBACK_EMPTY, FEEDBACK_HEADINGS as H, readingText, scoreLine, thanksText } from '../feedback-text';
import { exampleBanner, examinerText, NUMBER_GAP, pointsOfText, scoreText } from '../labels';
import { commentList } from '../layout/comments';
import { runningFrame } from '../layout/frame';
import { table, tableHeight, type TableSpec } from '../layout/table';
import { heading, headingSpace, keyValues, paragraph, paragraphHeight } from '../layout/text';
import { colors, size } from '../layout/theme';
import { titlePage } from '../layout/title-page';
import type { PageFrame, ReportWriter } from '../layout/writer';

export function aterforingMetadata(model: AterforingModel) {
  return {
    title: `Återföringsrapport – ${model.contestant.name}`,
    subject: `Återföring till ${model.contestant.name}, ${model.round.title}`,
    author: model.sender ?? 'Kvalitetsutmärkelsen',
    keywords: ['Kvalitetsutmärkelsen', 'återföringsrapport', model.contestant.name, model.contestant.classTitle, String(model.round.year)],
  };
}

export function writeAterforing(w: ReportWriter, model: AterforingModel): PageFrame {
  titlePage(w, {
    kicker: 'Återföringsrapport',
    title: model.contestant.name,
    subtitle: model.contestant.organisation,
    facts: [
      ['Tävlingsklass', model.contestant.classTitle],
      ['Omgång', model.round.title],
      ...(model.team ? [['Examinatorsteam', model.team.map(examinerText).join('\n')] as const] : []),
      ...(model.sender ? [['Avsändare', model.sender] as const] : []),
      ['Datum', formatFormalDate(model.reportDate)],
    ],
    ...(model.totals && { highlight: { label: 'Totalpoäng', value: pointsOfText(model.totals.points, model.totals.pointsAvailable) } }),
    footnote: 'Återföring till den tävlande enheten i Stockholms stads kvalitetsutmärkelse.',
    ...exampleBanner(model.round),
  });

  w.newPage();
  w.group('Sect', () => opening(w, model));
  if (model.decision) w.group('Sect', () => decisionSection(w, decisionText(model, model.decision!), model.decision!.citation));
  if (model.message.length > 0 || model.keyThemes.length > 0) w.group('Sect', () => teamWords(w, model));
  for (const area of model.areas) w.group('Sect', () => areaSection(w, area));
  w.group('Sect', () => {
    commentList(w, model.nextSteps.map((text) => ({ text, evidence: [] })), {
      quotes: false,
      numbered: true,
      emptyText: FEEDBACK_EMPTY.nextSteps,
      heading: { level: 1, text: H.nextSteps },
    });
  });
  if (model.totals) w.group('Sect', () => scoreSection(w, model));

  return runningFrame({ subject: model.contestant.name, round: model.round.title, report: 'Återföringsrapport', ...exampleBanner(model.round) });
}

function opening(w: ReportWriter, model: AterforingModel): void {
  heading(w, 1, H.opening);
  paragraph(w, thanksText(model));
  paragraph(w, AWARD_TEXT);
  heading(w, 2, H.howAssessed);
  paragraph(w, assessedText(model));
  heading(w, 2, H.howToRead);
  for (const text of readingText(model)) paragraph(w, text);
  if (model.bands.length > 0) {
    heading(w, 3, H.bands);
    for (const scale of model.bands) {
      if (model.bands.length > 1) heading(w, 4, scale.title);
      keyValues(w, scale.bands.map((band) => [band.label, band.descriptor] as const), { labelWidth: 120, rules: true });
    }
  }
  contactSection(w, model);
}

/** Who sends the report and whom to contact, when the round says. */
export function contactSection(w: ReportWriter, model: Pick<AterforingModel, 'sender' | 'contact'>): void {
  const contact = contactLines(model);
  if (!contact) return;
  heading(w, 2, H.contact);
  for (const line of contact) paragraph(w, line);
}

/** The jury's decision for the unit (or a prize entry) and, for a winner or an honourable mention, its citation. */
export function decisionSection(w: ReportWriter, sentence: string, citation: readonly string[]): void {
  heading(w, 1, H.decision);
  paragraph(w, sentence);
  if (citation.length > 0) {
    heading(w, 2, H.citation);
    for (const text of citation) paragraph(w, text, { font: 'italic' });
  }
}

/** The team's own words to the unit, and its key themes. */
export function teamWords(w: ReportWriter, model: Pick<AterforingModel, 'message' | 'keyThemes'>): void {
  if (model.message.length > 0) {
    heading(w, 1, H.message);
    for (const text of model.message) paragraph(w, text);
  }
  if (model.keyThemes.length > 0) {
    commentList(w, model.keyThemes.map((text) => ({ text, evidence: [] })), {
      quotes: false,
      emptyText: '',
      heading: { level: model.message.length > 0 ? 2 : 1, text: H.keyThemes },
    });
  }
}

function areaSection(w: ReportWriter, area: AterforingArea): void {
  const points = area.points && `Områdets poäng: ${pointsOfText(area.points.points, area.points.pointsAvailable)}`;
  const pointsOptions = { size: size.small, color: colors.muted } as const;
  // The heading keeps its points and the first criterion's heading with all that heading keeps.
  const first = area.criteria[0];
  const keepWith = first && (points ? paragraphHeight(w, points, pointsOptions) : 0) + criterionHeadingSpace(w, first);
  heading(w, 1, area.title, { number: area.id, ...(keepWith && { keepWith }) });
  if (points) paragraph(w, points, pointsOptions);
  for (const criterion of area.criteria) w.group('Sect', () => criterionSection(w, criterion));
}

// The heading, what the criterion asks and the first strength belong on one page.
const criterionHeading = (criterion: FeedbackCriterion) => ({ number: criterion.id, keepWith: 150 });
const criterionHeadingSpace = (w: ReportWriter, criterion: FeedbackCriterion) => headingSpace(w, 2, criterion.title, criterionHeading(criterion));

/** What the criterion asks, then the strengths, then the improvement areas. */
function criterionSection(w: ReportWriter, criterion: FeedbackCriterion): void {
  heading(w, 2, criterion.title, criterionHeading(criterion));
  if (criterion.score) paragraph(w, scoreLine(criterion.score), { font: 'semibold', size: size.small, color: colors.accent });
  heading(w, 4, H.asks);
  paragraph(w, criterion.description || FEEDBACK_EMPTY.description, { color: colors.muted });
  commentList(w, criterion.strengths, { quotes: false, emptyText: FEEDBACK_EMPTY.strengths, heading: { level: 3, text: H.strengths } });
  commentList(w, criterion.improvements, { quotes: false, emptyText: FEEDBACK_EMPTY.improvements, heading: { level: 3, text: H.improvements } });
}

/** The score table, kept on one page with its heading whenever it fits on one. */
function scoreSection(w: ReportWriter, model: AterforingModel): void {
  const rows = model.areas.flatMap((area) =>
    area.criteria.map((c) => {
      const s = c.score?.kind === 'points' ? c.score : null;
      return {
        cells: [`${c.id}${NUMBER_GAP}${c.title}`, s ? scoreText(s.score, s.scale) : '–', s?.band ?? 'Inte bedömt', s ? formatNumber(s.points) : '–', s ? formatNumber(s.pointsAvailable) : '–'],
      };
    }),
  );
  const totals = model.totals!;
  const spec: TableSpec = {
    fontSize: size.small + 0.5,
    columns: [
      { header: 'Kriterium', width: 5 },
      { header: 'Poäng', width: 1, align: 'right' },
      { header: 'Nivå', width: 2.2 },
      { header: 'Viktade poäng', width: 1.4, align: 'right' },
      { header: 'Möjliga poäng', width: 1.4, align: 'right' },
    ],
    rows: [...rows, { emphasis: true, cells: ['Totalt', '', '', formatNumber(totals.points), formatNumber(totals.pointsAvailable)] }],
  };
  w.ensureSpace(Math.min(tableHeight(w, spec) + 110, w.bottom - w.top));
  heading(w, 1, H.scores);
  paragraph(w, 'Teamets poäng per kriterium på bedömningsskalan och de viktade poäng som poängen ger.', { color: colors.muted });
  table(w, spec);
}
