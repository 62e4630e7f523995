import { scaleSpan } from '../scoring/scale-text';
import type { MessageCatalogue } from './catalogue';

/** An examiner's own assessments: who may edit, what a score and a comment may hold, submitting. */
export const assessmentErrors = {
  'identity-missing': 'Ange först vem du är i omgången; det gör du på omgångens sida.',
  'identity-already-chosen': ({ who }: { who: string }) =>
    `Du har redan angett att du är ${who} i den här omgången. Välj "Byt examinator" om du angav fel.`,
  'assessment-missing': 'Bedömningen finns inte på den här datorn. Öppna den tävlande från omgången igen.',
  'not-assigned': ({ name }: { name: string }) => `${name} bedömer inte den här tävlande; bara teamet som har tilldelats den gör det.`,
  'not-author': ({ author }: { author: string }) => `Bedömningen är skriven av ${author}. Du kan bara ändra dina egna bedömningar.`,
  'assessment-submitted': ({ revision }: { revision: number }) =>
    `Bedömningen är inlämnad (revision ${revision}) och därför låst. Öppna en ny revision om du behöver ändra den.`,
  'assessment-already-open': 'Bedömningen är inte inlämnad; du kan redan ändra i den.',
  /** `rows`: what is counted, "kriterier", "aspekter" or "kriterier och aspekter" (rowsNoun). */
  'assessment-incomplete': ({ what, open, total, rows }: { what: string; open: readonly string[]; total: number; rows: string }) =>
    `${what} kan inte lämnas in än: ${open.length} av ${total} ${rows} är inte klara (${open.join(', ')}). Gör klart dem och försök igen.`,
  'criterion-missing': ({ criterionId, inPackage }: { criterionId: string; inPackage: boolean }) =>
    inPackage
      ? `Kriterium ${criterionId} gäller inte den tävlandes tävlingsklass och bedöms inte här.`
      : `Kriterium ${criterionId} finns inte i omgångens kriteriepaket.`,
  'aspect-not-scored': 'En prisaspekt bedöms i ord, utan poäng: skriv styrkor och förbättringsområden med belägg.',
  'aspect-missing': ({ prizeId, aspectId }: { prizeId: string; aspectId: string }) =>
    `Aspekten ${aspectId} i priset ${prizeId} hör inte till de priser den tävlande deltar i.`,
  'score-invalid': ({ what, score, scale }: { what: string; score: number; scale: Parameters<typeof scaleSpan>[0] }) =>
    `${what} ${String(score).replace('.', ',')} finns inte på skalan (${scaleSpan(scale)}). Välj ett av skalans värden.`,
  'attribute-missing': ({ title, attributeId }: { title: string; attributeId: string }) =>
    `Skalan "${title}" har ingen aspekt med id ${attributeId}.`,
  'comment-missing': 'Kommentaren finns inte i den här bedömningen. Ladda om bedömningen och försök igen.',
  'list-full': ({ what, max }: { what: string; max: number }) => `${what} kan inte bli fler än ${max}.`,
  'evidence-missing': 'Belägget finns inte längre på kommentaren. Ladda om bedömningen.',
  'evidence-document':
    'Belägget pekar på ett dokument som inte hör till den här tävlande. Belägg hämtas ur den tävlandes egna dokument.',
  'question-evidence': 'Frågor vid platsbesök har inga belägg.',
  'site-visit-started':
    'Platsbesöket är redan registrerat för den här tävlande; konsensusbedömningen före besöket ligger fast. Ändra poängen i platsbesöksbedömningen i stället.',
  'nothing-to-undo': 'Det finns inget mer att ångra i den här arbetsstunden.',
  'nothing-to-redo': 'Det finns inget att göra om.',
} as const satisfies MessageCatalogue;
