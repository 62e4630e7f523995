import { basename } from 'node:path';
import type { ParsedArgs } from '../../../shared/contract';
import type { SavedFile } from '../../../shared/contract/packages';
import type { CoreContext } from '../context';
import { safeFileName } from '../safe-file-name';
import { buildCriteriaPackageFile, sha256Of, verifyCriteriaPackageBytes } from './criteria-file';
import { assertStorable, storePackage } from './store';
import { installationTrust, trustOwnKey } from './trust-store';
import { readSigningKey } from './user-files';

/**
 * The editor's "Signera och spara". The signed package is also kept here, so
 * the round set-up offers it at once, and the signing key becomes this
 * installation's own trusted key. A package that would clash with one already
 * here (same id and revision, other content) is refused before anything is
 * written.
 */
export async function signAndSavePackage(ctx: CoreContext, args: ParsedArgs<'package:sign-and-save'>): Promise<SavedFile | null> {
  const privateKey = readSigningKey(ctx, args.keyFileId);
  const built = buildCriteriaPackageFile(args.source, privateKey);
  const db = ctx.store.db;
  assertStorable(db, built.package, sha256Of(built.bytes), 'Höj revisionen för den ändrade versionen och signera igen. Ingenting sparades.');
  const fileName = safeFileName(`${built.package.id}-r${built.package.revision}.kvpaket`, 'kriteriepaket.kvpaket');
  const saved = await ctx.saveFile({ suggestedName: fileName, bytes: built.bytes, filterName: 'Kriteriepaket', extensions: ['kvpaket'] });
  if (!saved) return null;
  const now = ctx.clock.now().toISOString();
  db.transaction(() => {
    trustOwnKey(db, privateKey, now, ctx.resourcesDir);
    storePackage(db, verifyCriteriaPackageBytes(built.bytes, installationTrust(db, ctx.resourcesDir)), now);
  }).immediate();
  const signer = installationTrust(db, ctx.resourcesDir).get(built.keyId);
  // The saver may have chosen another name (no overwriting): report the one written.
  return { path: saved.path, fileName: basename(saved.path), keyId: built.keyId, exampleMaterial: signer?.example ?? false, keyTrusted: signer !== undefined };
}
