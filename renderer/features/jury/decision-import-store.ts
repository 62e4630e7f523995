/**
 * A team lead imports the jury's decision (.kvbeslut): the core reads and
 * verifies it first, the dialog shows what it says and what importing does,
 * and only a confirmation keeps it. A refused file is said in Swedish and
 * changes nothing; the same file again changes nothing either.
 */
import type { FileRef } from '../../../shared/contract';
import type { DecisionPreview } from '../../../shared/contract/jury';
import { call, messageOf } from '../../api';
import { useNotices } from '../../app/notice-store';
import { definePromptStore } from '../../app/prompt-store';
import { navigate } from '../../app/router-store';
import { useReceivedDecisions } from './received-decisions-store';

export interface DecisionImportRequest {
  readonly fileName: string;
  readonly preview: DecisionPreview;
}

export const useDecisionImport = definePromptStore<DecisionImportRequest>();

async function importOne(file: FileRef): Promise<void> {
  const { show } = useNotices.getState();
  let preview: DecisionPreview;
  try {
    preview = await call('decision:preview', { fileId: file.id });
  } catch (error) {
    show('error', `"${file.name}" importerades inte. ${messageOf(error)}`, { carry: true });
    return;
  }
  const confirmed = await useDecisionImport.getState().ask({ fileName: file.name, preview });
  const { roundId } = preview.decision;
  if (!confirmed || preview.held === 'unchanged') {
    if (preview.held !== 'unchanged') show('info', `"${file.name}" importerades inte; ingenting ändrades.`);
    return;
  }
  try {
    await call('decision:import', { fileId: file.id });
    // Said and shown together, so nothing the user does after the notice is undone by a late navigation.
    show('success', `Domarkommitténs beslut (revision ${preview.decision.revision}) är importerat.`, { carry: true });
    navigate({ name: 'round', roundId });
    await useReceivedDecisions.getState().load(roundId);
  } catch (error) {
    show('error', `"${file.name}" importerades inte. ${messageOf(error)}`);
  }
}

export async function importDecisionFiles(files: readonly FileRef[]): Promise<void> {
  for (const file of files) await importOne(file);
}
