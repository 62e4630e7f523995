import { basename } from 'node:path';
import type { ParsedArgs } from '../../../shared/contract';
import type { SavedFile } from '../../../shared/contract/packages';
import { appError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { BUNDLE_LIMITS } from '../packages/bundle-limits';
import { buildRoundBundle } from './round-bundle-build';
import { packageContent } from '../packages/store';
import { publicPemOf } from '../packages/keys';
import { installationTrust, trustOwnKey } from '../packages/trust-store';
import { readSigningKey, readUserFile } from '../packages/user-files';
import { safeFileName } from '../safe-file-name';

/** The round set-up's "Signera och spara": the same builder as `round build`, saved where the user says. */
export async function signAndSaveRound(ctx: CoreContext, args: ParsedArgs<'round:sign-and-save'>): Promise<SavedFile | null> {
  const files = new Map(args.documents.map((d) => [d.path, d.fileId]));
  const trust = installationTrust(ctx.store.db, ctx.resourcesDir);
  const privateKey = readSigningKey(ctx, args.keyFileId);
  const built = await buildRoundBundle({
    source: args.source,
    packageBytes: packageContent(ctx.store.db, args.packageSha256).bytes,
    loadDocument: async (path) => {
      const fileId = files.get(path);
      if (!fileId) throw appError('round-document-not-chosen', { path });
      return readUserFile(ctx, fileId, BUNDLE_LIMITS.documentBytes).bytes;
    },
    privateKey,
    trust,
  });
  const fileName = safeFileName(`${args.source.round.id}.kvomgang`, 'omgang.kvomgang');
  const saved = await ctx.saveFile({ suggestedName: fileName, bytes: built.bytes, filterName: 'Tävlingsomgång', extensions: ['kvomgang'] });
  if (!saved) return null;
  // The key this installation signs with is its own (see trustOwnKey).
  trustOwnKey(ctx.store.db, privateKey, ctx.clock.now().toISOString(), ctx.resourcesDir);
  const signer = installationTrust(ctx.store.db, ctx.resourcesDir).get(built.keyId);
  // The saver may have chosen another name (no overwriting): report the one written.
  return { path: saved.path, fileName: basename(saved.path), keyId: built.keyId, exampleMaterial: signer?.example ?? false, keyTrusted: signer !== undefined, publicKeyPem: publicPemOf(privateKey) };
}
