import { formatNumber } from '../format';
import type { MessageCatalogue } from './catalogue';

const FORMAT_NAME = { pdf: 'PDF', docx: 'Word-fil (.docx)' } as const;

/** Contestants' documents (PDF, DOCX) and evidence anchored in them. */
export const documentErrors = {
  'document-missing': 'Dokumentet finns inte på den här datorn. Importera det (eller omgången) igen.',
  'document-not-docx': 'Dokumentet är ingen Word-fil.',
  'document-unknown-type': ({ name }: { name: string }) => `"${name}" är varken en PDF- eller en Word-fil (.docx).`,
  'document-empty': ({ name }: { name: string }) => `"${name}" är tom (0 byte) och kan inte läsas.`,
  'document-too-large': ({ name }: { name: string }) => `"${name}" är större än 50 MB och kan inte tas emot.`,
  'document-damaged': ({ name, format }: { name: string; format: keyof typeof FORMAT_NAME }) =>
    `"${name}" är skadad eller ingen giltig ${FORMAT_NAME[format]} och kan inte läsas.${format === 'pdf' ? ' Be om en ny kopia av filen.' : ''}`,
  'document-encrypted': ({ name }: { name: string }) =>
    `"${name}" är lösenordsskyddad och kan inte läsas. Be den tävlande skicka en PDF utan lösenord.`,
  'document-no-content': ({ name }: { name: string }) => `"${name}" innehåller inga sidor eller stycken med text.`,
  'document-timeout': ({ name }: { name: string }) =>
    `"${name}" tog för lång tid att läsa och har inte tagits emot. Filen kan vara skadad.`,
  'document-too-complex': ({ name }: { name: string }) => `"${name}" kräver för mycket minne för att läsas och har inte tagits emot.`,
  'document-too-much-text': ({ name }: { name: string }) => `"${name}" innehåller orimligt mycket text och har inte tagits emot.`,
  'document-too-many-pages': ({ name, pages, max }: { name: string; pages: number; max: number }) =>
    `"${name}" har ${pages} sidor; Examinator tar emot högst ${max}. Kontrollera att det är rätt fil.`,
  'document-pdf-inflates-too-much': ({ name }: { name: string }) =>
    `"${name}" packas upp till orimligt mycket data och har inte tagits emot. Be om en vanlig PDF-fil.`,
  'document-zip-not-docx': ({ name }: { name: string }) => `"${name}" är en ZIP-fil men ingen Word-fil (.docx).`,
  'document-docx-too-large': ({ name }: { name: string }) =>
    `"${name}" packas upp till orimligt mycket data och har inte tagits emot. Be om en vanlig Word-fil.`,
  'document-docx-too-complex': ({ name, max }: { name: string; max: number }) =>
    `"${name}" består av fler än ${formatNumber(max)} XML-element och har inte tagits emot. Kontrollera att det är rätt fil.`,
  'document-too-many-paragraphs': ({ name, max }: { name: string; max: number }) =>
    `"${name}" har fler än ${formatNumber(max)} stycken; Examinator tar emot högst så många. Kontrollera att det är rätt fil.`,
  'document-docx-symlink': ({ name, shown }: { name: string; shown: string }) =>
    `"${name}" innehåller en symbolisk länk ("${shown}"), vilket en Word-fil aldrig gör. Filen har inte tagits emot.`,
  'document-docx-unsafe-entry': ({ name, problem, shown }: { name: string; problem: string; shown: string }) =>
    `"${name}" innehåller en post som ${problem}: "${shown}". Filen har inte tagits emot.`,
  'anchor-empty': 'Markera text i dokumentet för att lägga till den som belägg.',
  'anchor-not-found':
    'Den markerade texten kunde inte hittas i dokumentets textlager och kan inte bli ett belägg. Markera en kortare passage.',
} as const satisfies MessageCatalogue;
