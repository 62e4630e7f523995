import { formatNumber } from '../format';
import type { MessageCatalogue } from './catalogue';

/** The PDF reports and their inputs. */
export const reportErrors = {
  /** No fonts folder at all; one font file missing or damaged; a collection where one font belongs. */
  'report-fonts-missing': ({ file, collection }: { file?: string; collection?: boolean }) =>
    (file === undefined
      ? 'Typsnitten för rapporterna hittades inte.'
      : collection
        ? `Typsnittsfilen ${file} är en samling, inte ett typsnitt.`
        : `Typsnittet för rapporterna saknas eller är skadat (${file}).`) + ' Installera om Examinator.',
  'report-date-invalid': ({ date }: { date: string }) => `Rapportens datum "${date}" ska vara ett datum som ÅÅÅÅ-MM-DD.`,
  'report-unavailable': ({ teamMissing }: { teamMissing: string | null }) =>
    teamMissing ?? 'Lämna in din individuella bedömning först; rapporten görs av det inlämnade.',
  'evaluation-not-office': 'Utvärderingen av omgången är för stadsledningskontoret. Välj Stadsledningskontoret under "Vem är du i den här omgången?".',
  'calibration-overview-not-office': 'Kalibreringsöversikten är för stadsledningskontoret. Välj Stadsledningskontoret under "Vem är du i den här omgången?".',
  'report-docx-only': 'Bara återföringsrapporten och återföringen om ett pris finns som Word-dokument.',
  'report-class-unavailable': 'Ingen av klassens tävlande har en inlämnad teambedömning här ännu.',
  'report-unknown-class': ({ classId, name, classes }: { classId: string; name?: string; classes?: string }) =>
    `Tävlingsklassen "${classId}"${name ? ` för ${name}` : ''} finns inte i kriteriepaketet.${classes ? ` Klasserna är: ${classes}.` : ''}`,
  'report-unknown-contestant': ({ contestantId, title }: { contestantId: string; title: string }) =>
    `Den tävlande "${contestantId}" finns inte i omgången "${title}".`,
  'report-empty-class': ({ title, id }: { title: string; id: string }) => `Omgången har inga tävlande i klassen ${title} (${id}).`,
  'report-no-team': ({ name, title }: { name: string; title: string }) => `${name} bedöms inte av något team i omgången "${title}".`,
  'report-other-round': ({ name, fileRoundId, roundId }: { name: string; fileRoundId: string; roundId: string }) =>
    `Bedömningen av ${name} gäller omgången ${fileRoundId}, inte ${roundId}.`,
  'report-duplicate': ({ name }: { name: string }) => `${name} finns med två gånger i sammanställningen.`,
  'report-feedback-individual': ({ name }: { name: string }) =>
    `Återföringsrapporten bygger på teamets bedömning, men filen är ${name}s individuella bedömning. Använd teamets konsensusfil.`,
  'report-aterforing-first-meeting': ({ meetingDate }: { meetingDate: string }) =>
    `Beslutsfilen är från domarkommitténs första möte (${meetingDate}), där platsbesöken väljs. Återföringsrapporten tar bara med slutmötets beslut.`,
  'report-invalid-score': ({ id, score, min, max }: { id: string; score: number; min: number; max: number }) =>
    `Kriteriet ${id}: poängen ${formatNumber(score, 4)} är inte giltig på skalan ${formatNumber(min, 4)}–${formatNumber(max, 4)}.`,
  'report-conflicting-files': (p: { name: string; secondName: string; stage: string; revision: number }) =>
    `${p.name} och ${p.secondName} är båda ${p.stage}, revision ${p.revision}, för samma tävlande men har olika innehåll. Ta bort den som inte gäller.`,
  'report-meeting-invalid': ({ meeting }: { meeting: string }) =>
    `Mötet "${meeting}" finns inte. Välj first (domarkommitténs första möte: bara konsensus) eller final (slutmötet: före och efter platsbesök).`,
  'report-decision-first-meeting': 'Sammanställningen inför första mötet visar inga beslut. Ta bort --decision, eller gör sammanställningen inför slutmötet (--meeting final).',
  'report-decision-not-final': 'Beslutsfilen gäller domarkommitténs första möte (valet av platsbesök). Sammanställningen visar beslutet från slutmötet.',
  'report-no-team-files': ({ count, title, folder }: { count: number; title: string; folder: string }) =>
    `Ingen av de ${count} tävlande i klassen ${title} har en teamfil i mappen ${folder}.`,
  'report-prize-unknown': ({ prizeId, prizes }: { prizeId: string; prizes: string }) =>
    prizes === '' ? `Omgången har inga priser, så priset "${prizeId}" finns inte.` : `Priset "${prizeId}" finns inte i omgången. Omgångens priser: ${prizes}.`,
  'report-prize-not-entered': ({ name, title }: { name: string; title: string }) => `${name} deltar inte i ${title}.`,
  'report-prize-none': ({ name }: { name: string }) => `${name} deltar inte i något pris i omgången.`,
  'report-prize-choose': ({ name, prizes }: { name: string; prizes: string }) => `${name} deltar i flera priser: ${prizes}. Välj ett med --prize.`,
  'report-prize-individual': ({ name }: { name: string }) =>
    `Prisets rapporter bygger på teamets bedömning, men filen är ${name}s individuella bedömning. Använd teamets konsensusfil.`,
  'report-prize-not-assessed': ({ name, title }: { name: string; title: string }) =>
    `Teamets bedömningsfil för ${name} har ingen skriftlig bedömning av ${title}.`,
} as const satisfies MessageCatalogue;
