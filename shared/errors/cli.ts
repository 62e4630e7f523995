import { fingerprint } from '../fingerprint';
import type { MessageCatalogue } from './catalogue';

/** The command line: its output files and folders, key folders, assessment folders and the demo's folder. */
export const cliErrors = {
  'out-exists': ({ out, canForce }: { out: string; canForce: boolean }) =>
    canForce
      ? `${out} finns redan. Välj ett annat namn, eller lägg till --force för att ersätta filen.`
      : `${out} finns redan; en befintlig fil skrivs aldrig över. Välj ett annat namn.`,
  'out-folder-missing': ({ out }: { out: string }) => `Mappen för ${out} finns inte. Skapa den först, eller välj en annan plats.`,
  'out-is-symlink': ({ out }: { out: string }) => `${out} är en symbolisk länk; Examinator skriver aldrig genom en länk. Ange en vanlig fil.`,
  'out-is-folder': ({ out }: { out: string }) => `${out} är en mapp; ange ett filnamn.`,
  'out-not-file': ({ out }: { out: string }) => `${out} är ingen vanlig fil och kan inte skrivas över.`,
  'out-not-folder': ({ out }: { out: string }) => `${out} är en fil, inte en mapp. Ange en mapp.`,
  'out-is-input': ({ out, input }: { out: string; input: string }) =>
    `${out} är en av kommandots indatafiler (${input}) och skrivs aldrig över. Välj en annan utfil.`,
  'out-write-failed': ({ out, reason }: { out: string; reason: string }) => `${out} kunde inte sparas (${reason}). Ingenting skrevs.`,
  'key-exists': ({ path }: { path: string }) => `${path} finns redan; en befintlig nyckel skrivs aldrig över. Välj en annan mapp.`,
  'signing-key-missing': ({ dir }: { dir: string }) =>
    `Det finns ingen signeringsnyckel i datamappen ${dir}. Nyckeln skapas första gången du exporterar en bedömning; ` +
    'i det installerade programmet sparar du den under Inställningar → Min signeringsnyckel.',
  'too-many-keys': ({ folder, count, max }: { folder: string; count: number; max: number }) =>
    `Mappen ${folder} har ${count} nyckelfiler; högst ${max} läses.`,
  'examiner-key-unknown': ({ name, examinerId, title }: { name: string; examinerId: string; title: string }) =>
    `${name} (--examiner-keys): examinatorn "${examinerId}" finns inte i omgången "${title}". Döp filen till examinatorns id, till exempel e-anna.pem.`,
  'examiner-key-differs': (p: { name: string; keyId: string; roundKeyId: string; examinerName: string }) =>
    `${p.name} (--examiner-keys) har nyckeln ${fingerprint(p.keyId)}, men omgången anger nyckeln ${fingerprint(p.roundKeyId)} för ${p.examinerName}. ` +
    'Kontrollera vilken nyckel som gäller.',
  'assessments-missing': ({ folder }: { folder: string }) => `Det finns inga bedömningsfiler (.kvbedomning) i mappen ${folder}.`,
  'demo-out-not-folder': ({ out }: { out: string }) => `${out} är en fil, inte en mapp. Ange en mapp för demons filer.`,
  'demo-out-not-empty': ({ out }: { out: string }) =>
    `Mappen ${out} är inte tom. Välj en tom (eller ny) mapp, eller lägg till --force så ersätts demons filer i den.`,
  'demo-out-has-symlink': ({ path }: { path: string }) =>
    `${path} är en symbolisk länk; Examinator skriver aldrig genom en länk. Ta bort den eller välj en annan mapp.`,
} as const satisfies MessageCatalogue;
