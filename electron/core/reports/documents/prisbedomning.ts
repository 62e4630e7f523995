/**
 * Prisbedömning: the team's written assessment of one prize entry, for the
 * jury. The prize and what it rewards, per aspect what it asks and the team's
 * strengths and improvement areas in full with their pages, the site-visit
 * questions, and the file it rests on. No points: the prize has none.
 */
import { formatFormalDate, notSubmittedText } from '../../../../shared/format';
import { exampleBanner, examinerText, nominationText, stageLabel } from '../labels';
import { commentList } from '../layout/comments';
import { runningFrame } from '../layout/frame';
import { heading, headingSpace, keyValues, notice, paragraph } from '../layout/text';
import { colors, size, space } from '../layout/theme';
import { titlePage } from '../layout/title-page';
import type { PageFrame, ReportWriter } from '../layout/writer';
import type { PrisbedomningAspect, PrisbedomningModel } from '../prize-model';
import { basisSection } from './basis';

/** "Förskolan Solrosen", or "Tävlande B" in the anonymised edition. */
export function entrantName(model: PrisbedomningModel): string {
  return model.contestant.name ?? `Tävlande ${model.contestant.code}`;
}

export function prisbedomningMetadata(model: PrisbedomningModel) {
  return {
    title: `Prisbedömning – ${entrantName(model)}`,
    subject: `${model.prize.title}: ${stageLabel[model.basis.stage].toLowerCase()} för domarkommittén, ${model.round.title}`,
    author: model.team ? model.team.map((m) => m.name).join(', ') : 'Kvalitetsutmärkelsen',
    keywords: ['Kvalitetsutmärkelsen', 'prisbedömning', model.prize.title, entrantName(model), String(model.round.year)],
  };
}

export function writePrisbedomning(w: ReportWriter, model: PrisbedomningModel): PageFrame {
  const name = entrantName(model);
  titlePage(w, {
    kicker: 'Prisbedömning',
    title: name,
    subtitle: model.contestant.organisation ?? 'Avidentifierad: namnen är ersatta med koder',
    facts: [
      ['Pris', model.prize.title],
      ['Tävlingsklass', model.contestant.classTitle ?? 'Deltar bara i priset'],
      ['Omgång', model.round.title],
      ['Underlag', `${stageLabel[model.basis.stage]}, revision ${model.basis.revision}`],
      ...(model.team ? [['Examinatorsteam', model.team.map(examinerText).join('\n')] as const] : []),
      ['Datum', formatFormalDate(model.reportDate)],
    ],
    ...(model.notSubmitted.length > 0 && { notice: { title: 'Alla i teamet har inte lämnat in', text: notSubmittedText(model.notSubmitted) } }),
    footnote: 'Underlag för domarkommittén i Stockholms stads kvalitetsutmärkelse. Priset bedöms skriftligt per aspekt, utan poäng.',
    ...exampleBanner(model.round),
  });

  w.newPage();
  w.group('Sect', () => {
    heading(w, 1, model.prize.title);
    paragraph(w, model.prize.description);
    paragraph(w, `Teamet har bedömt bidraget i ord per aspekt (${model.aspects.map((a) => a.title).join(', ')}), med sidhänvisningar till verksamhetsbeskrivningen. Priset har inga poäng; domarkommittén beslutar.`, {
      color: colors.muted,
      size: size.small,
    });
    if (model.notSubmitted.length > 0) notice(w, 'Alla i teamet har inte lämnat in', notSubmittedText(model.notSubmitted));
  });
  if (model.proposal) w.group('Sect', () => proposalSection(w, model.proposal!));
  w.group('Sect', () => {
    const first = model.aspects[0];
    heading(w, 1, 'Bedömning per aspekt', first ? { keepWith: headingSpace(w, 2, first.title, ASPECT_HEADING) } : {});
    for (const aspect of model.aspects) aspectSection(w, aspect);
  });
  w.group('Sect', () => basisSection(w, model.basisFile ? [{ label: null, file: model.basisFile }] : []));

  return runningFrame({
    subject: name,
    round: model.round.title,
    ...exampleBanner(model.round),
    report: `Prisbedömning · ${stageLabel[model.basis.stage]}${model.anonymous ? ' · avidentifierad' : ''}`,
  });
}

const ASPECT_HEADING = { keepWith: 120 } as const;

function aspectSection(w: ReportWriter, aspect: PrisbedomningAspect): void {
  w.group('Sect', () => {
    heading(w, 2, aspect.title, ASPECT_HEADING);
    heading(w, 4, 'Vad aspekten efterfrågar');
    paragraph(w, aspect.description, { color: colors.muted });
    commentList(w, aspect.strengths, { quotes: false, emptyText: 'Inga styrkor har angetts.', heading: { level: 3, text: `Styrkor (${aspect.strengths.length})` } });
    commentList(w, aspect.improvements, {
      quotes: false,
      emptyText: 'Inga förbättringsområden har angetts.',
      heading: { level: 3, text: `Förbättringsområden (${aspect.improvements.length})` },
    });
    if (aspect.siteVisitQuestions.length > 0) {
      commentList(
        w,
        aspect.siteVisitQuestions.map((text) => ({ text, evidence: [] })),
        { quotes: false, emptyText: '', numbered: true, heading: { level: 4, text: 'Frågor vid platsbesök' } },
      );
    }
    w.y += space.block / 2;
  });
}

/** An entrant only in prizes: the team's summary and its proposal to the jury, as the bedömning has them for a class. */
function proposalSection(w: ReportWriter, proposal: NonNullable<PrisbedomningModel['proposal']>): void {
  heading(w, 1, 'Sammanfattning');
  if (proposal.summary) paragraph(w, proposal.summary);
  else paragraph(w, 'Teamet har inte skrivit någon sammanfattning.', { color: colors.muted });
  heading(w, 2, 'Teamets rekommendation');
  keyValues(w, [['Teamets förslag', nominationText(proposal.nomination)]], { rules: true, valueFont: 'semibold' });
  if (proposal.citation) {
    heading(w, 4, 'Utkast till motivering');
    paragraph(w, proposal.citation, { font: 'italic' });
  }
}
