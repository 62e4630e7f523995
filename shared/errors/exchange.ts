import { fingerprint } from '../fingerprint';
import type { MessageCatalogue } from './catalogue';

/** Signed assessment files passed between examiners: export, import, and the jury's view of them. */
export const exchangeErrors = {
  'assessment-not-submitted':
    'Lämna in bedömningen först. Bara en inlämnad bedömning kan exporteras, så att alla i teamet får samma version.',
  'identity-unreadable':
    'Din signeringsnyckel finns men kan inte läsas. Examinator skapar ingen ny nyckel av sig själv, eftersom dina ' +
    'medbedömare då skulle få filer med en okänd nyckel. Återställ nyckeln från en säkerhetskopia eller kontakta support.',
  'assessment-too-large': ({ size, max }: { size: string; max: string }) => `Bedömningsfilen är ${size}; en bedömningsfil är högst ${max}.`,
  'signature-key-mismatch': ({ keyId, fileKeyId }: { keyId: string; fileKeyId: string }) =>
    `Bedömningsfilen anger att den är signerad med nyckeln ${fingerprint(keyId)}, men nyckeln i filen är ` +
    `${fingerprint(fileKeyId)}. Filen kan ha ändrats; be avsändaren om en ny fil.`,
  'assessment-changed-since-preview': ({ fileName }: { fileName: string }) =>
    `"${fileName}" har ändrats sedan förhandsgranskningen. Importera den igen.`,
  'assessment-content': ({ problem }: { problem: string }) => `Bedömningsfilen stämmer inte med omgången: ${problem}.`,
  'assessment-round-missing': ({ id, here }: { id: string; here: string }) =>
    `Filen gäller omgången "${id}", som inte finns på den här datorn.${here} Importera omgångsfilen för den omgången först.`,
  'assessment-other-round': ({ id, title, roundId }: { id: string; title: string; roundId: string }) =>
    `Filen gäller omgången "${id}", men omgångsfilen är "${title}" (${roundId}).`,
  'assessment-other-package': (p: {
    id: string;
    revision: number;
    packageHash: string;
    title: string;
    packageId: string;
    packageRevision: number;
    roundPackageHash: string;
  }) =>
    `Filen bygger på kriteriepaketet ${p.id} revision ${p.revision} (${p.packageHash}), men omgången "${p.title}" ` +
    `använder ${p.packageId} revision ${p.packageRevision} (${p.roundPackageHash}). Be avsändaren exportera från rätt omgång.`,
  'assessment-unknown-contestant': ({ id, title }: { id: string; title: string }) =>
    `Den tävlande "${id}" i filen finns inte i omgången "${title}".`,
  'assessment-unknown-examiner': ({ examinerId, name, title }: { examinerId: string; name: string; title: string }) =>
    `Examinatorn "${examinerId}" (${name}) som skrev filen finns inte i omgången "${title}".`,
  'assessment-not-in-team': ({ name, id, teamId, contestantName }: { name: string; id: string; teamId: string; contestantName: string }) =>
    `${name} (${id}) ingår inte i team ${teamId}, som bedömer ${contestantName}. Filen tas inte emot.`,
  'assessment-not-lead': ({ name, lead, examinerName }: { name: string; lead: string; examinerName: string }) =>
    `En konsensusfil för ${name} ska komma från utvärderingsledaren ${lead}, men den här är från ${examinerName}.`,
  'assessment-key-not-registered': (p: { examinerName: string; keyId: string; where: string; registeredKeyId: string }) =>
    `Filen från ${p.examinerName} är signerad med nyckeln ${fingerprint(p.keyId)}, men ${p.where} nyckeln ${fingerprint(p.registeredKeyId)} för ${p.examinerName}. ` +
    'Filen tas inte emot; den kan vara förfalskad.',
  'assessment-not-my-key': ({ name, keyId, myKeyId }: { name: string; keyId: string; myKeyId: string }) =>
    `Filen anger dig (${name}) som författare men är signerad med nyckeln ${fingerprint(keyId)}, inte med din egen nyckel ${fingerprint(myKeyId)}. ` +
    'Filen tas inte emot; den kan vara förfalskad.',
  'assessment-author-two-keys': (p: { name: string; examinerId: string; keyId: string; firstFile: string; secondKeyId: string; secondFile: string }) =>
    `${p.name} (${p.examinerId}) förekommer med två olika nycklar: ${fingerprint(p.keyId)} i ${p.firstFile} och ${fingerprint(p.secondKeyId)} i ${p.secondFile}. ` +
    `Minst en av filerna är förfalskad; ingen fil från ${p.name} tas emot. Jämför fingeravtrycken med ${p.name}.`,
  'assessment-key-changed': ({ keyId, pinnedKeyId, examinerName }: { keyId: string; pinnedKeyId: string; examinerName: string }) =>
    `Filen är signerad med en annan nyckel (fingeravtryck ${fingerprint(keyId)}) än den som sparades för ${examinerName} ` +
    `(fingeravtryck ${fingerprint(pinnedKeyId)}). Kontrollera med ${examinerName} att nyckeln är ny innan du godtar den.`,
  'assessment-revision-conflict': ({ revision, examinerName, name }: { revision: number; examinerName: string; name: string }) =>
    `Du har redan revision ${revision} från ${examinerName} för ${name}, men med annat innehåll. Be ${examinerName} exportera en ny revision.`,
  'jury-individual': 'En individuell bedömning är inte teamets.',
  'jury-nothing-to-export': 'Det finns inga poäng att exportera: inga konsensusfiler som du får se har kommit in för omgången.',
} as const satisfies MessageCatalogue;
