import { basename } from 'node:path';
import type { Handlers } from '../../../shared/contract';
import type { ReceivedAssessmentView } from '../../../shared/contract/exchange';
import { appError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { safeFileName } from '../safe-file-name';
import { exportAssessment } from './export';
import { exportRequestFor } from './export-content';
import { exportChangeLog } from './export-log';
import { installationIdentity, publicKeyFileName } from './identity';
import { applyImport, previewImport, readFiles, VerifiedFiles } from './import';
import type { IndependenceSource } from './independence';
import { independenceSource } from './independence-source';
import { juryOverview } from './jury';
import { juryCsv, juryXlsx } from './jury-export';
import { currentReceived } from './received-store';
import { getRound } from '../rounds/model';

/** `source` is replaceable so tests can drive the independence gate through the real dispatch. */
export function exchangeHandlers(ctx: CoreContext, source: IndependenceSource = independenceSource(ctx)) {
  const now = () => ctx.clock.now().toISOString();
  const verified = new VerifiedFiles();
  return {
    'identity:get': async () => {
      const { keyId, publicKeyPem } = await installationIdentity(ctx.secrets);
      return { keyId, publicKeyPem };
    },
    'identity:save-public-key': async () => {
      const { keyId, publicKeyPem } = await installationIdentity(ctx.secrets);
      const suggestedName = publicKeyFileName(keyId);
      const saved = await ctx.saveFile({ suggestedName, bytes: Buffer.from(publicKeyPem, 'utf8'), filterName: 'Publik nyckel (PEM)', extensions: ['pem'] });
      return saved ? { path: saved.path, fileName: basename(saved.path) } : null;
    },
    'assessment:preview-import': async ({ fileIds, acceptedKeys }) => {
      const own = await installationIdentity(ctx.secrets);
      return previewImport(ctx.store.db, readFiles(ctx, fileIds, verified), acceptedKeys, now(), own.keyId);
    },
    'assessment:apply-import': async ({ items, acceptedKeys }) => {
      const own = await installationIdentity(ctx.secrets);
      const read = readFiles(ctx, items.map((item) => item.fileId), verified);
      const files = read.map((file, i) => ({ ...file, expectedSha256: items[i]!.sha256 }));
      return applyImport(ctx.store.db, files, acceptedKeys, now(), own.keyId);
    },
    'assessment:export': ({ assessmentId, includePrivateNotes }) => exportAssessment(ctx, exportRequestFor(ctx.store.db, assessmentId, includePrivateNotes)),
    'assessment:export-log': ({ assessmentId, includePrivateNotes }) => exportChangeLog(ctx, assessmentId, includePrivateNotes),
    'assessment:received': ({ roundId }): ReceivedAssessmentView[] => {
      const facts = getRound(ctx.store.db, roundId);
      return currentReceived(ctx.store.db, roundId).map(({ roundId: _round, ...row }) => ({
        ...row,
        contestantName: facts.contestants.get(row.contestantId)?.name ?? row.contestantId,
        examinerName: facts.examiners.get(row.examinerId)?.name ?? row.examinerId,
      }));
    },
    'jury:overview': async ({ roundId }) => juryOverview(ctx.store.db, roundId, source, (await installationIdentity(ctx.secrets)).publicKeyPem).overview,
    'jury:export': async ({ roundId, format, hideNames }) => {
      const { overview, facts } = juryOverview(ctx.store.db, roundId, source, (await installationIdentity(ctx.secrets)).publicKeyPem);
      if (!overview.classes.some((c) => c.rows.some((r) => r.status === 'shown'))) {
        throw appError('jury-nothing-to-export');
      }
      const bytes = format === 'xlsx' ? await juryXlsx(overview, facts.pkg, hideNames) : juryCsv(overview, facts.pkg, hideNames);
      const suggestedName = safeFileName(`${facts.year}-${facts.id}-poang${hideNames ? '-kodade' : ''}.${format}`, `poang.${format}`);
      const filterName = format === 'xlsx' ? 'Excel-arbetsbok' : 'CSV-fil (semikolonseparerad)';
      const saved = await ctx.saveFile({ suggestedName, bytes, filterName, extensions: [format] });
      return saved ? { path: saved.path, fileName: basename(saved.path) } : null;
    },
  } satisfies Partial<Handlers>;
}
