import { basename, join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Handlers } from '../../../shared/contract';
import { stockholmDate } from '../../../shared/format';
import type { CoreContext } from '../context';
import { MAX_PACKAGE_FILE_BYTES } from '../packages/bundle-limits';
import { verifyCriteriaPackageBytes } from '../packages/criteria-file';
import { keyIdOf, readPublicKeyPem } from '../packages/keys';
import { readRoundBundle } from '../rounds/round-bundle-read';
import { installationTrust } from '../packages/trust-store';
import { readUserFile } from '../packages/user-files';
import { loadReportFonts, type ReportFonts } from '../reports/fonts';
import { renderReport } from '../reports/render';
import { safeFileName } from '../safe-file-name';
import { MAX_SHEET_FILE_BYTES, readCriteriaSheet } from './criteria-sheet';
import { kriteriepaketFileName, kriteriepaketJob } from './package-print';

/** Where the shipped spreadsheet template is, under resources/. */
export const CRITERIA_TEMPLATE = 'templates/kriterier-mall.xlsx';

export function authoringHandlers(ctx: CoreContext) {
  const trust = () => installationTrust(ctx.store.db, ctx.resourcesDir);
  let fonts: ReportFonts | undefined;
  return {
    'authoring:open-package-file': ({ fileId }) => {
      const verified = verifyCriteriaPackageBytes(readUserFile(ctx, fileId, MAX_PACKAGE_FILE_BYTES).bytes, trust());
      return { content: verified.package, keyId: verified.signer.keyId, exampleMaterial: verified.signer.example };
    },
    'authoring:open-round-file': async ({ fileId }) => {
      const round = await readRoundBundle(ctx.files.resolve(fileId), trust());
      return { manifest: round.manifest, criteria: round.criteria.package, keyId: round.signer.keyId, exampleMaterial: round.example };
    },
    'authoring:print-package': async ({ source }) => {
      const { job } = kriteriepaketJob(source.package, { signerKeyId: null, exampleMaterial: false, reportDate: stockholmDate(ctx.clock.now()) });
      fonts ??= loadReportFonts(join(ctx.resourcesDir, 'fonts'));
      const rendered = await renderReport(job, { fonts, now: ctx.clock.now() });
      const suggestedName = safeFileName(kriteriepaketFileName(source.package), 'kriteriepaket.pdf');
      const saved = await ctx.saveFile({ suggestedName, bytes: rendered.bytes, filterName: 'PDF-dokument', extensions: ['pdf'] });
      return saved ? { path: saved.path, fileName: basename(saved.path), pages: rendered.pages } : null;
    },
    'authoring:read-criteria-sheet': ({ fileId, scales, classes }) => readCriteriaSheet(readUserFile(ctx, fileId, MAX_SHEET_FILE_BYTES), scales, classes),
    'authoring:save-criteria-template': async () => {
      const bytes = readFileSync(join(ctx.resourcesDir, CRITERIA_TEMPLATE));
      const saved = await ctx.saveFile({ suggestedName: 'kriterier-mall.xlsx', bytes, filterName: 'Excel-arbetsbok', extensions: ['xlsx'] });
      return saved ? { path: saved.path } : null;
    },
    'authoring:save-public-key': async ({ publicKeyPem }) => {
      // Only a well-formed public key is written (never anything else the renderer sends).
      const key = readPublicKeyPem(Buffer.from(publicKeyPem, 'utf8'), 'den publika nyckeln');
      const suggestedName = `publik-nyckel-${keyIdOf(key).slice(0, 16)}.pem`;
      const saved = await ctx.saveFile({ suggestedName, bytes: Buffer.from(publicKeyPem, 'utf8'), filterName: 'Nyckelfil (PEM)', extensions: ['pem'] });
      return saved ? { path: saved.path, fileName: basename(saved.path) } : null;
    },
  } satisfies Partial<Handlers>;
}
