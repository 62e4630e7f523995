/**
 * Importers for stadsledningskontoret's files. An unknown signing key is not
 * an error but a question: the user compares the fingerprint, trusts the key,
 * and the import runs again.
 */
import type { FileRef } from '../../../shared/contract';
import type { ImportOutcome } from '../../../shared/contract/packages';
import { call } from '../../api';
import { registerImporter } from '../../app/import-files';
import { useNotices } from '../../app/notice-store';
import { navigate } from '../../app/router-store';
import { useRounds } from '../../app/rounds-store';
import { useReplacePrompt } from './replace-prompt-store';
import { useTrustPrompt } from './trust-prompt-store';

type ImportChannel = 'round:import' | 'package:import';

async function importWithTrust(channel: ImportChannel, file: FileRef): Promise<ImportOutcome | null> {
  let outcome = await call(channel, { fileId: file.id });
  if (outcome.status === 'untrusted-key') {
    const trusted = await useTrustPrompt.getState().ask({ fileName: file.name, keyId: outcome.keyId });
    if (!trusted) {
      useNotices.getState().show('info', `"${file.name}" importerades inte, eftersom nyckeln som signerade den inte är betrodd.`);
      return null;
    }
    outcome = await call(channel, { fileId: file.id });
  }
  if (outcome.status !== 'confirm-replace' || channel !== 'round:import') return outcome;
  const confirmed = await useReplacePrompt.getState().ask({ fileName: file.name, ...outcome });
  if (!confirmed) {
    useNotices.getState().show('info', `"${file.name}" importerades inte; omgången "${outcome.title}" är oförändrad.`);
    return null;
  }
  return call('round:import', { fileId: file.id, confirmSignerKeyId: outcome.newKeyId });
}

/** What happened, in a sentence; then to the imported round or package. */
export function reportImport(outcome: ImportOutcome): void {
  if (outcome.status === 'untrusted-key' || outcome.status === 'confirm-replace') return;
  const { item, status } = outcome;
  const what = item.kind === 'round' ? `Omgången "${item.title}"` : `Kriteriepaketet "${item.title}"`;
  const text = {
    imported: `${what} är ${item.kind === 'round' ? 'importerad' : 'importerat'}.`,
    replaced: `${what} är ersatt av den nya filen.`,
    unchanged: `${what} fanns redan på datorn; ingenting ändrades.`,
  }[status];
  useNotices.getState().show(status === 'unchanged' ? 'info' : 'success', outcome.identityNote ? `${text} ${outcome.identityNote}` : text, { carry: true });
  if (item.kind === 'round') navigate({ name: 'round', roundId: item.id });
  else navigate({ name: 'criteria', packageSha256: item.packageSha256 });
}

async function importAll(channel: ImportChannel, files: FileRef[]): Promise<void> {
  for (const file of files) {
    const outcome = await importWithTrust(channel, file);
    if (outcome) reportImport(outcome);
  }
  await useRounds.getState().load();
}

registerImporter('kvomgang', (files) => importAll('round:import', files));
registerImporter('kvpaket', (files) => importAll('package:import', files));
