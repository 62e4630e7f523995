import { fingerprint } from '../fingerprint';
import { capitalised, type MessageCatalogue } from './catalogue';

const KEY_KIND = { public: 'publik', private: 'privat' } as const;

/** Criteria packages, round bundles, ZIP containers, keys and signatures. */
export const packageErrors = {
  'package-missing': 'Kriteriepaketet finns inte längre på datorn. Importera det igen.',
  'package-too-large': ({ what, max }: { what: string; max: string }) => `${what} är större än ${max} och kan inte vara ett kriteriepaket.`,
  'package-revision-conflict': ({ id, revision, advice }: { id: string; revision: number; advice: string }) =>
    `Ett annat kriteriepaket med id ${id} och revision ${revision} finns redan på datorn. ${advice}`,
  'json-not-utf8': ({ what }: { what: string }) => `${what} är inte text i UTF-8 och kan inte läsas.`,
  'signature-missing': ({ what }: { what: string }) => `${capitalised(what)} saknar signatur och kan inte tas emot.`,
  'signature-malformed': ({ what }: { what: string }) =>
    `${capitalised(what)} har en trasig signatur (fältet "signature" ska ha alg, keyId och value).`,
  'signature-algorithm': ({ what, alg }: { what: string; alg: string }) =>
    `${capitalised(what)} har en signatur med algoritmen "${alg}"; Examinator godtar bara Ed25519.`,
  'signature-invalid': ({ what, keyId }: { what: string; keyId: string }) =>
    `Signaturen i ${what} stämmer inte (nyckel ${fingerprint(keyId)}): innehållet har ändrats efter att det signerades. Be avsändaren om en ny fil.`,
  'untrusted-key': ({ keyId, commandLine }: { keyId: string; commandLine?: boolean }) =>
    `Filen är signerad med en nyckel som inte är betrodd (fingeravtryck ${fingerprint(keyId)}). ` +
    (commandLine
      ? 'Kontrollera nyckeln med stadsledningskontoret och ange den publika nyckeln med --trust.'
      : 'Kontrollera med stadsledningskontoret innan du litar på den.'),
  'key-too-large': ({ name }: { name: string }) => `"${name}" är för stor för att vara en nyckelfil (PEM).`,
  'key-not-pem': ({ name }: { name: string }) => `"${name}" är ingen publik nyckel i PEM-format (-----BEGIN PUBLIC KEY-----).`,
  'key-not-private': ({ name }: { name: string }) => `"${name}" är ingen privat nyckel i PEM-format (-----BEGIN PRIVATE KEY-----).`,
  'key-is-private': ({ name }: { name: string }) =>
    `"${name}" är en privat nyckel. Be om den publika nyckeln (public.pem) i stället – den privata ska aldrig lämna den som signerar.`,
  'key-encrypted': ({ name }: { name: string }) =>
    `"${name}" är lösenordsskyddad; Examinator kan bara signera med en oskyddad PKCS#8-nyckel.`,
  'key-unreadable': ({ name, kind }: { name: string; kind: keyof typeof KEY_KIND }) => `"${name}" kunde inte läsas som en ${KEY_KIND[kind]} nyckel.`,
  'key-not-ed25519': ({ name, keyType }: { name: string; keyType: string }) =>
    `"${name}" är en ${keyType}-nyckel; Examinator använder bara Ed25519-nycklar.`,
  'key-changed': ({ fileKeyId, keyId }: { fileKeyId: string; keyId: string }) =>
    `Nyckelfilen har fingeravtrycket ${fingerprint(fileKeyId)}, inte det du bekräftade (${fingerprint(keyId)}). Ingen nyckel lades till.`,
  'key-not-removable': 'Nyckeln finns inte bland de nycklar du har lagt till (inbyggda nycklar kan inte tas bort).',
  'bundle-too-large': ({ size, max }: { size: string; max: string }) => `Omgångsfilen är ${size}; högst ${max} tas emot.`,
  'bundle-manifest-missing': 'Omgångsfilen saknar round.json och är ingen giltig omgångsfil.',
  'bundle-entry-missing': ({ what }: { what: string }) => `Omgångsfilen saknar ${what}.`,
  'bundle-entry-extra': ({ shown }: { shown: string }) => `Omgångsfilen innehåller "${shown}", som inte finns i round.json. Filen tas inte emot.`,
  'bundle-package-hash': 'Kriteriepaketet i omgångsfilen stämmer inte med sin kontrollsumma i round.json; filen har ändrats.',
  'bundle-package-mismatch': ({ where, message }: { where: string | null | undefined; message: string }) =>
    `Omgångsfilens round.json är ogiltig: ${where ? `${where}: ` : ''}${message}.`,
  'bundle-document-size': ({ path, size, bytes }: { path: string; size: number; bytes: number }) =>
    `${path} i omgångsfilen är ${size} byte, men round.json säger ${bytes} byte; filen har ändrats.`,
  'bundle-document-hash': ({ path }: { path: string }) =>
    `${path} i omgångsfilen stämmer inte med sin kontrollsumma i round.json; filen har ändrats.`,
  'bundle-document-type': ({ path, said }: { path: string; said: string }) => `${path} i omgångsfilen är inte ${said}, som round.json säger.`,
  'round-package-mismatch': ({ where, message }: { where: string | null | undefined; message: string }) =>
    `Källfilen för omgången är ogiltig: ${where ? `${where}: ` : ''}${message}.`,
  'round-document-type': ({ path, said }: { path: string; said: string }) => `${path} är inte ${said}, som källfilen säger.`,
  'zip-unreadable': ({ what }: { what: string }) => `${what} är ingen läsbar ZIP-fil; den kan vara trasig eller av fel typ.`,
  'zip-too-many-entries': ({ what, count, max }: { what: string; count: number; max: number }) =>
    `${what} innehåller ${count} filer; högst ${max} är tillåtna.`,
  'zip-unsafe-name': ({ what, problem, shown }: { what: string; problem: string; shown: string }) =>
    `${what} innehåller en post som ${problem}: "${shown}".`,
  'zip-duplicate': ({ what, shown }: { what: string; shown: string }) => `${what} innehåller "${shown}" två gånger.`,
  'zip-symlink': ({ what, shown }: { what: string; shown: string }) =>
    `${what} innehåller en symbolisk länk ("${shown}"), vilket inte är tillåtet.`,
  'zip-encrypted': ({ what, shown }: { what: string; shown: string }) => `"${shown}" i ${what.toLowerCase()} är krypterad och kan inte läsas.`,
  'zip-compression': ({ what, shown }: { what: string; shown: string }) =>
    `"${shown}" i ${what.toLowerCase()} är packad på ett sätt som Examinator inte läser.`,
  'zip-entry-too-large': ({ what, shown, size, max }: { what: string; shown: string; size: string; max: string }) =>
    `"${shown}" i ${what.toLowerCase()} är ${size} uppackad; högst ${max} är tillåtet.`,
  'zip-too-large': ({ what, max }: { what: string; max: string }) => `${what} är större än ${max} uppackad och kan inte tas emot.`,
  'zip-entry-overflow': ({ what, shown }: { what: string; shown: string }) =>
    `"${shown}" i ${what.toLowerCase()} är större än den uppger sig vara och kan inte tas emot.`,
  'zip-entry-damaged': ({ what, shown }: { what: string; shown: string }) =>
    `"${shown}" i ${what.toLowerCase()} är skadad och kan inte packas upp.`,
} as const satisfies MessageCatalogue;
