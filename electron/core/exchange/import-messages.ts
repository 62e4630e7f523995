/** The Swedish sentences of an import preview and its result, one per file. */
import type { AppliedStatus, AssessmentFileHeader, KeyFacts, PreviewStatus } from '../../../shared/contract/exchange';
import { STAGE_LABELS } from '../../../shared/contract/exchange';
import { AppError, errorMessage } from '../../../shared/errors';
import { fingerprint } from '../../../shared/fingerprint';

/** A file signed with another key than the one pinned for its author, and not (yet) accepted. */
export class KeyChangedError extends AppError {
  constructor(
    readonly pinnedKeyId: string,
    readonly keyId: string,
    examinerName: string,
  ) {
    super('assessment-key-changed', errorMessage('assessment-key-changed', { keyId, pinnedKeyId, examinerName }));
  }
}

const what = (h: AssessmentFileHeader) =>
  `${STAGE_LABELS[h.stage].charAt(0).toUpperCase()}${STAGE_LABELS[h.stage].slice(1)} av ${h.contestantName ?? h.contestantId} från ${h.examinerName}`;

function keySentence(header: AssessmentFileHeader, key: KeyFacts): string {
  if (key.registered) return ` Signerad med nyckeln som omgången anger för ${header.examinerName} (${fingerprint(key.keyId)}).`;
  if (key.pinnedKeyId === null) {
    return ` Första filen från ${header.examinerName}: nyckeln med fingeravtryck ${fingerprint(key.keyId)} sparas, och senare filer från ${header.examinerName} måste vara signerade med den.`;
  }
  if (key.accepted) return ` Du har godtagit den nya nyckeln ${fingerprint(key.keyId)} (ersätter ${fingerprint(key.pinnedKeyId)}).`;
  return '';
}

export function previewMessage(status: Exclude<PreviewStatus, 'refused' | 'key-changed'>, header: AssessmentFileHeader, held: number | null, key: KeyFacts): string {
  const lead = `${what(header)}, revision ${header.revision}.`;
  switch (status) {
    case 'new':
      return `Ny: ${lead}${keySentence(header, key)}`;
    case 'newer':
      return `Nyare revision: ${lead} Ersätter revision ${held}.${keySentence(header, key)}`;
    case 'same':
      return `Finns redan: ${lead} Ingenting ändras.`;
    case 'older':
      return `Äldre revision: ${lead} Du har redan revision ${held}, så filen ignoreras.`;
  }
}

const APPLIED: Record<Exclude<AppliedStatus, 'refused'>, string> = {
  added: 'Importerad',
  replaced: 'Importerad; ersatte den tidigare revisionen',
  unchanged: 'Fanns redan; ingenting ändrades',
  ignored: 'Ignorerad: äldre än den revision du har',
};

export function appliedMessage(status: Exclude<AppliedStatus, 'refused'>, header: AssessmentFileHeader): string {
  return `${APPLIED[status]}: ${what(header).charAt(0).toLowerCase()}${what(header).slice(1)}, revision ${header.revision}.`;
}
