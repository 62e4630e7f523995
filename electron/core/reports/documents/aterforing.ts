/**
 * Återföringsrapport: what the contestant keeps. Key themes, then per area the
 * strengths and the improvement areas with page references, then suggested
 * next steps; scores only when the model carries them.
 */
import { formatFormalDate, formatNumber } from '../../../../shared/format';
import { exampleBanner, examinerText, NUMBER_GAP, pointsOfText, scoreText } from '../labels';
import type { AterforingArea, AterforingModel, FeedbackComment } from '../model';
import { commentList } from '../layout/comments';
import { runningFrame } from '../layout/frame';
import { table, tableHeight, type TableSpec } from '../layout/table';
import { heading, paragraph } from '../layout/text';
import { colors, size } from '../layout/theme';
import { titlePage } from '../layout/title-page';
import type { PageFrame, ReportWriter } from '../layout/writer';

export function aterforingMetadata(model: AterforingModel) {
  return {
    title: `Återföringsrapport – ${model.contestant.name}`,
    subject: `Återföring från examinatorsteamet, ${model.round.title}`,
    author: model.team.map((member) => member.name).join(', '),
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
      ['Examinatorsteam', model.team.map(examinerText).join('\n')],
      ['Datum', formatFormalDate(model.reportDate)],
    ],
    ...(model.totals && {
      highlight: { label: 'Totalpoäng', value: pointsOfText(model.totals.points, model.totals.pointsAvailable) },
    }),
    footnote: 'Återföring till den tävlande enheten i Stockholms stads kvalitetsutmärkelse.',
    ...exampleBanner(model.round),
  });

  w.newPage();
  w.group('Sect', () => {
    heading(w, 1, 'Sammanfattning');
    paragraph(
      w,
      'Den här rapporten sammanfattar examinatorsteamets bedömning av er verksamhetsbeskrivning. Först kommer de viktigaste iakttagelserna, sedan styrkor och förbättringsområden för varje område och till sist förslag på nästa steg. Sidhänvisningarna (till exempel s.\u00a012) gäller verksamhetsbeskrivningen.',
      { color: colors.muted },
    );
    for (const theme of model.summary) paragraph(w, theme);
  });

  for (const area of model.areas) w.group('Sect', () => areaSection(w, area));

  w.group('Sect', () => {
    heading(w, 1, 'Förslag på nästa steg');
    commentList(
      w,
      model.nextSteps.map((text) => ({ text, evidence: [] })),
      { quotes: false, numbered: true, emptyText: 'Teamet har inte formulerat några förslag på nästa steg.' },
    );
  });

  if (model.totals) w.group('Sect', () => scoreSection(w, model));

  return runningFrame({ subject: model.contestant.name, round: model.round.title, report: 'Återföringsrapport', ...exampleBanner(model.round) });
}

function areaSection(w: ReportWriter, area: AterforingArea): void {
  heading(w, 1, area.title, { number: area.id });
  if (area.scores) {
    paragraph(w, `Områdets poäng: ${pointsOfText(area.scores.points, area.scores.pointsAvailable)}`, { size: size.small, color: colors.muted });
  }
  heading(w, 2, 'Styrkor');
  byCriterion(w, area.strengths, 'Teamet har inte noterat några särskilda styrkor inom området.');
  heading(w, 2, 'Förbättringsområden');
  byCriterion(w, area.improvements, 'Teamet har inte noterat några förbättringsområden inom området.');
}

/** The comments under a small heading per criterion, in the order given. */
function byCriterion(w: ReportWriter, comments: readonly FeedbackComment[], emptyText: string): void {
  if (comments.length === 0) {
    paragraph(w, emptyText, { color: colors.muted, size: size.small });
    return;
  }
  const groups: FeedbackComment[][] = [];
  for (const comment of comments) {
    const last = groups[groups.length - 1];
    if (last && last[0]?.criterionId === comment.criterionId) last.push(comment);
    else groups.push([comment]);
  }
  for (const group of groups) {
    const first = group[0]!;
    heading(w, 4, `${first.criterionId} ${first.criterionTitle}`);
    commentList(w, group, { quotes: false, emptyText });
  }
}

/** The score table, kept on one page with its heading whenever it fits on one. */
function scoreSection(w: ReportWriter, model: AterforingModel): void {
  const rows = model.areas.flatMap((area) =>
    (area.scores?.criteria ?? []).map((c) => ({
      cells: [
        `${c.id}${NUMBER_GAP}${c.title}`,
        c.result ? scoreText(c.result.score, c.scale) : '–',
        c.result?.band ?? 'Inte bedömt',
        c.result ? formatNumber(c.result.points) : '–',
        formatNumber(c.pointsAvailable),
      ],
    })),
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
  heading(w, 1, 'Poäng');
  paragraph(w, 'Teamets poäng per kriterium på bedömningsskalan och de viktade poäng som poängen ger.', { color: colors.muted });
  table(w, spec);
}
