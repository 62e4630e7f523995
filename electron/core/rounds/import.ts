import { join } from 'node:path';
import type { ImportOutcome } from '../../../shared/contract/packages';
import type { CoreContext } from '../context';
import { writeSetting } from '../settings';
import { readRoundBundle } from './round-bundle-read';
import { UntrustedKeyError } from '../packages/signing';
import { installationTrust } from '../packages/trust-store';
import { ReplaceNeedsConfirmation, storeRound } from './store-round';

/** The built-in övningsomgång, built by scripts/build-ovning.mjs. */
export const EXERCISE_BUNDLE = join('ovning', 'ovningsomgang-2026.kvomgang');
export const WELCOME_DISMISSED = 'welcome.dismissed';

/**
 * Everything is read and checked first (async, nothing stored); then one
 * transaction stores it all. A refusal anywhere leaves the database as it was.
 */
export async function importRoundBundle(ctx: CoreContext, path: string, confirmSignerKeyId: string | null = null): Promise<ImportOutcome> {
  let verified;
  try {
    verified = await readRoundBundle(path, installationTrust(ctx.store.db, ctx.resourcesDir));
  } catch (error) {
    if (error instanceof UntrustedKeyError) return { status: 'untrusted-key', keyId: error.keyId };
    throw error;
  }
  const db = ctx.store.db;
  const importedAt = ctx.clock.now().toISOString();
  let stored;
  try {
    stored = db.transaction(() => storeRound(db, verified, importedAt, confirmSignerKeyId)).immediate();
  } catch (error) {
    if (error instanceof ReplaceNeedsConfirmation) return { status: 'confirm-replace', title: error.title, currentKeyId: error.currentKeyId, newKeyId: error.newKeyId };
    throw error;
  }
  const lost = stored.lostIdentity;
  return {
    status: stored.status,
    ...(lost !== null && {
      identityNote: `Du hade angett att du är "${lost}" i omgången, men den examinatorn finns inte i den nya versionen. Ange vem du är igen.`,
    }),
    item: {
      kind: 'round',
      id: verified.manifest.round.id,
      title: verified.manifest.round.title,
      exampleMaterial: verified.example,
      packageSha256: verified.criteria.sha256,
    },
  };
}

export async function openExercise(ctx: CoreContext): Promise<ImportOutcome> {
  const outcome = await importRoundBundle(ctx, join(ctx.resourcesDir, EXERCISE_BUNDLE));
  writeSetting(ctx.store.db, WELCOME_DISMISSED, ctx.clock.now().toISOString());
  return outcome;
}
