import { fingerprint } from '../fingerprint';
import type { MessageCatalogue } from './catalogue';

/** Rounds, their contestants and examiners, and the office's criteria sheets. */
export const roundErrors = {
  'round-missing': 'Omgången finns inte på den här datorn. Importera omgångsfilen igen.',
  'round-already-deleted': 'Omgången finns inte längre på den här datorn.',
  'round-in-use': ({ title, id }: { title: string; id: string }) =>
    `Omgången "${title}" (${id}) finns redan på datorn med annat innehåll, och arbete har påbörjats i den. ` +
    'Den nya filen togs inte emot; kontakta stadsledningskontoret om vilken version som gäller.',
  'round-example-replaces': ({ title, existingKeyId, newKeyId }: { title: string; existingKeyId: string; newKeyId: string }) =>
    `Omgången "${title}" finns redan, signerad med nyckeln ${fingerprint(existingKeyId)}. Den nya filen är signerad med exempelnyckeln ` +
    `(${fingerprint(newKeyId)}) och kan aldrig ersätta en omgång som är signerad med en annan nyckel. Ingenting ändrades.`,
  'round-other-signer': ({ title, currentKeyId, newKeyId }: { title: string; currentKeyId: string; newKeyId: string }) =>
    `Omgången "${title}" finns redan, signerad med nyckeln ${fingerprint(currentKeyId)}. Den nya filen är signerad med en annan nyckel, ${fingerprint(newKeyId)}. ` +
    'Den ersätter omgången bara om du har jämfört båda fingeravtrycken med stadsledningskontoret och bekräftar det i appen.',
  'round-document-missing': ({ name, path, folder }: { name: string; path: string; folder: string }) =>
    `Dokumentet ${name} (${path}) finns inte i mappen ${folder}.`,
  'round-document-not-chosen': ({ path }: { path: string }) => `Inget dokument är valt för ${path}. Välj filen igen.`,
  'contestant-missing': 'Den tävlande finns inte i omgången.',
  'contestant-prize-only': ({ name }: { name: string }) =>
    `${name} tävlar bara om priser, inte i den poängsatta utmärkelsen, och har därför ingen poängsatt bedömning.`,
  'examiner-missing': 'Den valda examinatorn finns inte i omgången. Välj ett av namnen i listan.',
  'examiner-not-in-round': ({ examinerId, title }: { examinerId: string; title: string }) =>
    `Examinatorn "${examinerId}" finns inte i omgången "${title}".`,
  'sheet-type': ({ name }: { name: string }) => `"${name}" är varken ett Excel-ark (.xlsx) eller en CSV-fil (.csv).`,
  'sheet-unreadable': ({ name }: { name: string }) => `"${name}" kunde inte läsas som ett Excel-ark; spara det som .xlsx och försök igen.`,
  'sheet-empty': ({ name }: { name: string }) => `"${name}" har inget kalkylblad.`,
  'sheet-columns': ({ name, missing }: { name: string; missing: readonly string[] }) =>
    `"${name}" följer inte mallen: första raden saknar ${missing.length === 1 ? 'kolumnen' : 'kolumnerna'} ${missing.join(', ')}.`,
  'sheet-too-many-rows': ({ name, rows, max }: { name: string; rows: number; max: number }) =>
    `"${name}" har ${rows} rader; högst ${max} kriterier tas emot.`,
} as const satisfies MessageCatalogue;
