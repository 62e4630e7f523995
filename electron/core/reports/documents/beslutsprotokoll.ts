/**
 * Beslutsprotokoll: domarkommitténs record of one meeting — the date, the
 * members, per class (and prize) every contestant's site-visit choice or
 * decision with its citation, and the team files the decision rests on.
 * Built from a verified .kvbeslut and the round it belongs to.
 */
import { DECISION_LABELS, MEETING_LABELS } from '../../../../shared/contract/jury';
import { formatFormalDate, nameList } from '../../../../shared/format';
import type { Decision, Meeting } from '../../../../shared/formats/jury-decision';
import { exampleBanner } from '../labels';
import { runningFrame } from '../layout/frame';
import { table } from '../layout/table';
import { heading, paragraph } from '../layout/text';
import { colors, size } from '../layout/theme';
import { PUBLISHER, titlePage } from '../layout/title-page';
import type { PageFrame, ReportWriter } from '../layout/writer';
import type { ReportBasisFile } from '../model';
import { basisSection } from './basis';

export interface ProtokollEntry {
  readonly name: string;
  readonly siteVisit: boolean | null;
  readonly decision: Decision | null;
  /** The citation (final meeting) or the jury's note (first meeting); empty when none. */
  readonly text: string;
}

export interface BeslutsprotokollModel {
  readonly round: { readonly title: string; readonly year: number; readonly exampleMaterial: boolean };
  readonly package: { readonly title: string; readonly revision: number };
  readonly meeting: Meeting;
  readonly meetingDate: string;
  readonly revision: number;
  readonly members: readonly string[];
  readonly decisionSha256: string;
  readonly signerFingerprint: string;
  readonly awards: readonly { readonly kind: 'class' | 'prize'; readonly title: string; readonly entries: readonly ProtokollEntry[] }[];
  readonly basis: readonly { readonly label: string; readonly file: ReportBasisFile }[];
  readonly reportDate: string;
}

const MEETING_TITLES: Record<Meeting, string> = { first: 'Första mötet: val av platsbesök', final: 'Slutmötet: beslut om vinnare' };

export function beslutsprotokollMetadata(model: BeslutsprotokollModel) {
  return {
    title: `Beslutsprotokoll – ${MEETING_LABELS[model.meeting]}`,
    subject: `Domarkommitténs beslut ${model.meetingDate}, ${model.round.title}`,
    author: PUBLISHER,
    keywords: ['Kvalitetsutmärkelsen', 'domarkommittén', 'beslutsprotokoll', String(model.round.year)],
  };
}

export function writeBeslutsprotokoll(w: ReportWriter, model: BeslutsprotokollModel): PageFrame {
  titlePage(w, {
    kicker: 'Beslutsprotokoll',
    title: MEETING_TITLES[model.meeting],
    subtitle: model.round.title,
    facts: [
      ['Mötesdatum', formatFormalDate(model.meetingDate)],
      ['Ledamöter', nameList(model.members)],
      ['Klasser och priser', String(model.awards.length)],
      ['Kriterier', `${model.package.title}, revision ${model.package.revision}`],
      ['Beslutsfil', `revision ${model.revision}, signerad med nyckel ${model.signerFingerprint}`],
      ['Beslutsfilens SHA-256', model.decisionSha256],
    ],
    footnote: 'Stadsledningskontoret för domarkommitténs protokoll i Stockholms stads kvalitetsutmärkelse.',
    ...exampleBanner(model.round),
  });
  w.newPage();
  for (const award of model.awards) w.group('Sect', () => awardSection(w, model.meeting, award));
  w.group('Sect', () => basisSection(w, model.basis));
  return runningFrame({
    subject: `Beslutsprotokoll ${model.meetingDate}`,
    round: model.round.title,
    ...exampleBanner(model.round),
    report: `Beslutsprotokoll · ${MEETING_LABELS[model.meeting]}`,
  });
}

function verdict(meeting: Meeting, entry: ProtokollEntry): string {
  if (meeting === 'first') return entry.siteVisit ? 'Platsbesök' : 'Inget platsbesök';
  return entry.decision ? DECISION_LABELS[entry.decision] : '–';
}

function awardSection(w: ReportWriter, meeting: Meeting, award: BeslutsprotokollModel['awards'][number]): void {
  heading(w, 2, `${award.kind === 'class' ? 'Tävlingsklass' : 'Pris'}: ${award.title}`);
  // An honourable mention is no winner: a class with only mentions still says so.
  const winners = award.entries.filter((e) => e.decision === 'winner');
  if (meeting === 'final' && winners.length === 0) paragraph(w, 'Domarkommittén utsåg ingen vinnare i klassen.', { font: 'semibold' });
  table(w, {
    columns: [
      { header: 'Tävlande', width: 3 },
      // Wide enough for "Hedersomnämnande" on one line.
      { header: meeting === 'first' ? 'Val' : 'Beslut', width: 2.7 },
      { header: meeting === 'first' ? 'Anteckning' : 'Motivering', width: 5.3 },
    ],
    rows: award.entries.map((e) => ({
      cells: [{ text: e.name, font: 'semibold' }, verdict(meeting, e), e.text.trim() === '' ? { text: '–', color: colors.muted } : e.text],
    })),
    fontSize: size.small,
    zebra: true,
  });
}
