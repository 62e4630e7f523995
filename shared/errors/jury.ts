import type { MessageCatalogue } from './catalogue';

/** The jury's workspace and its signed decisions (.kvbeslut). */
export const juryErrors = {
  'decision-too-large': ({ max }: { max: string }) => `Beslutsfilen är större än ${max} och kan inte vara ett beslut från domarkommittén.`,
  'decision-not-office': 'Domarkommitténs arbetsyta är för stadsledningskontoret. Välj Stadsledningskontoret under "Vem är du i den här omgången?".',
  'decision-not-in-award': 'Den tävlande deltar inte i den klassen. Ingenting ändrades.',
  'decision-wrong-meeting': ({ meeting }: { meeting: 'first' | 'final' }) =>
    meeting === 'first'
      ? 'Vid första mötet väljs platsbesök; vinnare beslutas vid slutmötet. Ingenting ändrades.'
      : 'Platsbesök väljs vid första mötet. Ingenting ändrades.',
  'decision-round-missing': ({ id }: { id: string }) =>
    `Beslutet gäller omgången ${id}, som inte finns på den här datorn. Importera omgångsfilen först.`,
  'decision-older': ({ revision, heldRevision }: { revision: number; heldRevision: number }) =>
    `Beslutet är revision ${revision}, men revision ${heldRevision} av samma möte finns redan här. Ingenting ändrades.`,
  'decision-revision-differs': ({ revision }: { revision: number }) =>
    `Revision ${revision} av beslutet finns redan här med ett annat innehåll. Be stadsledningskontoret om en ny revision. Ingenting ändrades.`,
  'report-no-decision': ({ meeting }: { meeting: string }) =>
    `Inget signerat beslut från ${meeting} finns här. Exportera beslutet (eller importera beslutsfilen) först.`,
  'decision-no-date': 'Ange mötets datum innan beslutet exporteras.',
  'decision-no-members': 'Ange domarkommitténs ledamöter innan beslutet exporteras.',
  'decision-incomplete': ({ what, open }: { what: string; open: readonly string[] }) =>
    `Beslutet kan exporteras först när varje tävlande i klassen har ${what}. Saknas: ${open.join('; ')}.`,
} as const satisfies MessageCatalogue;
