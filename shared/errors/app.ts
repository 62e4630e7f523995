import type { MessageCatalogue } from './catalogue';

/** The app's frame: calls, the database, backups, drafts, chosen files, the keychain. */
export const appErrors = {
  internal: 'Ett oväntat fel inträffade och ingenting ändrades. Försök igen; om felet kvarstår, starta om Examinator.',
  /** A renderer-side failure that carries no code of its own. */
  unexpected: 'Ett oväntat fel inträffade. Försök igen.',
  'no-bridge': 'Examinator kunde inte starta som den ska: fönstret fick ingen kontakt med resten av programmet. Starta om programmet.',
  'unknown-channel': 'Okänd begäran. Starta om Examinator.',
  'invalid-arguments': ({ where, problem }: { where?: string; problem?: string }) =>
    `Begäran hade ogiltiga uppgifter${where ?? ''}${problem ? `: ${problem}` : ''}.`,
  'foreign-sender': 'Begäran kom inte från Examinators eget fönster och avvisades.',
  'bridge-unreachable': 'Kontakten med Examinator bröts. Starta om webbläsarläget och ladda om sidan.',
  'bad-token': 'Sessionen har gått ut. Ladda om sidan via länken i terminalen.',
  'bad-request-path': 'Adressen i begäran är felaktigt kodad och kan inte läsas.',
  'upload-name-too-long': ({ max }: { max: number }) => `Filnamnet är för långt (högst ${max} byte). Byt namn på filen och försök igen.`,
  'invalid-json': 'Begäran kunde inte läsas.',
  'request-too-large': 'Begäran är för stor.',
  'upload-too-large': 'Filen är för stor (högst 300 MB).',
  'keychain-unavailable':
    'Operativsystemets nyckelring är inte tillgänglig, så din signeringsnyckel kan inte skyddas. Logga in på datorn på vanligt sätt och starta om Examinator.',
  'draft-kind-mismatch': 'Utkastet med det id:t är av ett annat slag. Ingenting sparades.',
  'file-not-regular': ({ name }: { name: string }) => `"${name}" är ingen vanlig fil och kan inte öppnas.`,
  'file-unknown': 'Filen är inte längre tillgänglig. Välj den igen.',
  'file-unreadable': ({ fileName }: { fileName: string }) => `"${fileName}" kunde inte läsas. Välj filen igen.`,
  'file-missing': ({ path }: { path: string }) => `Filen "${path}" finns inte.`,
  'file-too-large': ({ name, size, max }: { name: string; size: string; max: string }) => `"${name}" är ${size}; högst ${max} tas emot.`,
  'chosen-file-too-large': ({ name, size, max }: { name: string; size: string; max: string }) =>
    `"${name}" är ${size}; högst ${max} tas emot här.`,
  'folder-missing': ({ folder, option }: { folder: string; option?: string }) => `Mappen ${folder}${option ? ` (${option})` : ''} finns inte.`,
  'folder-unknown': 'Mappen är inte längre vald. Välj mappen igen.',
  'backup-missing': ({ name }: { name: string }) => `Säkerhetskopian ${name} finns inte längre.`,
  'backup-damaged': 'Säkerhetskopian är skadad eller ingen Examinator-databas. Ingenting ändrades.',
  'backup-newer-version': 'Säkerhetskopian kommer från en nyare version av Examinator och kan inte återställas här.',
  'data-folder-in-use': ({ dataDir, who }: { dataDir: string; who: string }) =>
    `Datamappen ${dataDir} används redan av ${who}. Avsluta det först och försök sedan igen; ingenting ändrades.`,
  'database-busy': 'Databasen är upptagen av ett annat program. Stäng det, eller vänta en stund, och försök igen; ingenting ändrades.',
  'database-damaged':
    'Databasen i datamappen är skadad och kan inte läsas. Återställ den från en säkerhetskopia ' +
    '(i appen visas de direkt; från kommandoraden: "examinator backup list", sedan "examinator backup restore <namn>"). ' +
    'Den skadade filen sparas undan, den raderas aldrig.',
  'database-not-damaged': 'Databasen är hel; den ersätts bara med en tom när den är skadad.',
  'db-newer-version': ({ current, readable }: { current: number; readable: number }) =>
    `Databasen har skapats av en nyare version av Examinator (schemaversion ${current}; den här versionen läser upp till ${readable}). ` +
    'Uppdatera Examinator. Databasen har inte ändrats.',
  'log-broken': ({ problem }: { problem: string }) => `Ändringsloggen håller inte: ${problem}`,
} as const satisfies MessageCatalogue;
