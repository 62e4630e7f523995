/**
 * Whose key signed an assessment file (formats.md "Examiners' signing keys in
 * the round"): a key registered for the author in the round is the only one
 * accepted, with no trust on first use; a file that names this installation's
 * own examiner must carry this installation's own key; and within one set of
 * files read together an author never has two keys. Each refusal names the
 * examiner and both fingerprints.
 */
import { type AppError, appError } from '../../../shared/errors';
import type { AssessmentFile } from '../../../shared/formats/assessment-file';

export interface ExpectedSigner {
  readonly examinerName: string;
  /** The key the round registers (or the CLI was given) for the author; null when none. */
  readonly keyId: string | null;
  /** Where that key comes from, for the message. */
  readonly source: 'round' | 'command-line';
}

/** Refuses a file not signed with the author's registered key. */
export function checkRegisteredKey(expected: ExpectedSigner, keyId: string): void {
  if (expected.keyId === null || expected.keyId === keyId) return;
  const where = expected.source === 'round' ? 'omgången anger' : 'du angav med --examiner-keys';
  throw appError('assessment-key-not-registered', { examinerName: expected.examinerName, keyId, where, registeredKeyId: expected.keyId });
}

/** Refuses a file that names me as its author but is not signed with my own key. */
export function checkOwnKey(file: AssessmentFile, keyId: string, me: { readonly examinerId: string; readonly name: string; readonly keyId: string } | null): void {
  if (me === null || file.author.examinerId !== me.examinerId || keyId === me.keyId) return;
  throw appError('assessment-not-my-key', { name: me.name, keyId, myKeyId: me.keyId });
}

export interface SignedFile {
  readonly name: string;
  readonly file: Pick<AssessmentFile, 'round' | 'author'>;
  readonly keyId: string;
}

/** For each file whose author appears with two different keys in the set: the refusal (by the file's index). */
export function twoKeyRefusals(files: readonly SignedFile[], nameOf: (examinerId: string, given: string) => string = (_id, given) => given): Map<number, AppError> {
  const firstKey = new Map<string, SignedFile>();
  for (const f of files) {
    const author = `${f.file.round.id}\u0000${f.file.author.examinerId}`;
    if (!firstKey.has(author)) firstKey.set(author, f);
  }
  const refusals = new Map<number, AppError>();
  files.forEach((f, index) => {
    const author = `${f.file.round.id}\u0000${f.file.author.examinerId}`;
    const other = files.find((g) => `${g.file.round.id}\u0000${g.file.author.examinerId}` === author && g.keyId !== f.keyId);
    if (!other) return;
    const name = nameOf(f.file.author.examinerId, f.file.author.name);
    const [a, b] = [firstKey.get(author)!, firstKey.get(author) === f ? other : f];
    refusals.set(
      index,
      appError('assessment-author-two-keys', { name, examinerId: f.file.author.examinerId, keyId: a.keyId, firstFile: a.name, secondKeyId: b.keyId, secondFile: b.name }),
    );
  });
  return refusals;
}
