import { fingerprint } from '../fingerprint';
import type { MessageCatalogue } from './catalogue';

/** Training rounds: their reference assessments, and the trainee's comparison with them. */
export const calibrationErrors = {
  'reference-too-large': ({ path, size, max }: { path: string; size: string; max: string }) =>
    `Referensbedömningen ${path} är ${size}; högst ${max} tas emot.`,
  'reference-other-signer': ({ path, keyId, roundKeyId }: { path: string; keyId: string; roundKeyId: string }) =>
    `Referensbedömningen ${path} är signerad med nyckeln ${fingerprint(keyId)}, men omgången med ${fingerprint(roundKeyId)}. ` +
    'En referensbedömning ska vara signerad med samma nyckel som omgången.',
  'reference-not-consensus': ({ path }: { path: string }) =>
    `${path} är ingen konsensusbedömning. En referensbedömning ska vara en konsensusbedömning (stage "consensus").`,
  'reference-other-round': ({ path, id, roundId }: { path: string; id: string; roundId: string }) =>
    `Referensbedömningen ${path} gäller omgången ${id}, inte ${roundId}.`,
  'reference-other-package': ({ path, id, revision, roundPackageId, roundPackageRevision }: { path: string; id: string; revision: number; roundPackageId: string; roundPackageRevision: number }) =>
    `Referensbedömningen ${path} gäller kriteriepaketet ${id} revision ${revision}, men omgången använder ${roundPackageId} revision ${roundPackageRevision} (eller en annan version av det).`,
  'reference-other-contestant': ({ path, id, contestant }: { path: string; id: string; contestant: string }) =>
    `Referensbedömningen ${path} gäller den tävlande ${id}, men round.json anger den för ${contestant}.`,
  'reference-content': ({ path, problem }: { path: string; problem: string }) => `Referensbedömningen ${path} passar inte omgången: ${problem}.`,
  'reference-hash': ({ path }: { path: string }) => `Referensbedömningen ${path} stämmer inte med kontrollsumman i round.json. Filen tas inte emot.`,
  'reference-missing': ({ name, path, folder }: { name: string; path: string; folder: string }) =>
    `Referensbedömningen ${name} (${path}) finns inte i mappen ${folder}.`,
  'reference-needs-files': 'Omgången har referensbedömningar; bygg den med "examinator round build --references <mapp>".',
  'reference-source-invalid': ({ problem }: { problem: string }) => `Källan till referensbedömningen är ogiltig: ${problem}.`,
  'calibration-not-training': ({ title }: { title: string }) => `Omgången "${title}" är ingen övningsomgång med referensbedömningar.`,
  'calibration-no-reference': ({ name }: { name: string }) => `Det finns ingen referensbedömning för ${name} i omgången.`,
  'calibration-no-trainee': 'Välj först vem du är i omgången; jämförelsen gäller din egen individuella bedömning.',
  'calibration-not-submitted': ({ name }: { name: string }) =>
    `Jämförelsen med referensbedömningen visas först när du har lämnat in din individuella bedömning av ${name}.`,
  'calibration-not-individual': ({ name }: { name: string }) =>
    `Kalibreringen jämför en individuell bedömning med referensen, men filen är en teambedömning av ${name}.`,
} satisfies MessageCatalogue;
