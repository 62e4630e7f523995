import type { Handlers } from '../../../shared/contract';
import type { ImportOutcome, TrustedKeyView } from '../../../shared/contract/packages';
import { appError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { MAX_PACKAGE_FILE_BYTES } from './bundle-limits';
import { verifyCriteriaPackageBytes } from './criteria-file';
import { signAndSavePackage } from './sign-and-save';
import { keyIdOf, MAX_PEM_BYTES, publicPemOf, readPublicKeyPem } from './keys';
import { UntrustedKeyError } from './signing';
import { storePackage } from './store';
import { addUserKey, builtInKeys, installationTrust, removeUserKey, userKeys, type TrustedKey } from './trust-store';
import { readUserFile } from './user-files';

const view = (key: TrustedKey): TrustedKeyView => ({
  keyId: key.keyId,
  label: key.label,
  source: key.source === 'built-in' ? 'built-in' : 'user',
  example: key.example,
  addedAt: key.addedAt,
});

export function packageHandlers(ctx: CoreContext) {
  const trust = () => installationTrust(ctx.store.db, ctx.resourcesDir);

  const importPackage = (fileId: string): ImportOutcome => {
    const { bytes } = readUserFile(ctx, fileId, MAX_PACKAGE_FILE_BYTES);
    let verified;
    try {
      verified = verifyCriteriaPackageBytes(bytes, trust());
    } catch (error) {
      if (error instanceof UntrustedKeyError) return { status: 'untrusted-key', keyId: error.keyId };
      throw error;
    }
    const db = ctx.store.db;
    const stored = db.transaction(() => storePackage(db, verified, ctx.clock.now().toISOString())).immediate();
    return {
      status: stored === 'stored' ? 'imported' : 'unchanged',
      item: {
        kind: 'criteria-package',
        id: verified.package.id,
        title: verified.package.title,
        exampleMaterial: verified.signer.example,
        packageSha256: verified.sha256,
      },
    };
  };

  return {
    'package:import': ({ fileId }) => importPackage(fileId),
    'package:sign-and-save': (args) => signAndSavePackage(ctx, args),
    'trust:list': () => [...builtInKeys(ctx.resourcesDir), ...userKeys(ctx.store.db)].map(view),
    'trust:inspect-key': ({ fileId }) => {
      const { bytes, name } = readUserFile(ctx, fileId, MAX_PEM_BYTES);
      const publicKey = readPublicKeyPem(bytes, name);
      const keyId = keyIdOf(publicKey);
      const key = trust().get(keyId);
      return { keyId, trusted: key !== undefined, example: key?.example ?? false, publicKeyPem: publicPemOf(publicKey) };
    },
    'trust:add-key': ({ fileId, keyId, label }) => {
      const { bytes, name } = readUserFile(ctx, fileId, MAX_PEM_BYTES);
      const publicKey = readPublicKeyPem(bytes, name);
      // The user confirmed one fingerprint; the file must still be that key.
      if (keyIdOf(publicKey) !== keyId) {
        throw appError('key-changed', { fileKeyId: keyIdOf(publicKey), keyId });
      }
      const existing = trust().get(keyId);
      if (existing?.source === 'built-in') return view(existing);
      addUserKey(ctx.store.db, publicKey, label, ctx.clock.now().toISOString());
      return view(trust().get(keyId)!);
    },
    'trust:remove-key': ({ keyId }) => {
      if (!removeUserKey(ctx.store.db, keyId)) {
        throw appError('key-not-removable');
      }
    },
  } satisfies Partial<Handlers>;
}
