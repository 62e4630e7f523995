/**
 * Exporting one of my assessments as a signed `.kvbedomning`: the next revision
 * for this round, contestant, stage and author, signed with the installation's
 * key, checked with the importer's own rules, saved where the user chooses.
 * (The content comes from the scoring workspace's store; see the report.)
 */
import { basename } from 'node:path';
import type { ConsensusCriterion, CriterionAssessment, Stage } from '../../../shared/domain/assessment';
import { appError } from '../../../shared/errors';
import type { AssessmentTeamPart, ChangeLogDigest } from '../../../shared/formats/assessment-file';
import { splitPrizeRows } from '../../../shared/formats/prize-rows';
import { nextExportRevision, recordExport } from '../assessments';
import type { CoreContext } from '../context';
import { safeFileName } from '../safe-file-name';
import { buildAssessmentFile } from './assessment-file';
import { installationIdentity } from './identity';
import { checkAgainstRound } from './round-checks';
import { getRound } from '../rounds/model';

export interface ExportRequest {
  readonly roundId: string;
  readonly contestantId: string;
  readonly stage: Stage;
  /** Who I am in the round. */
  readonly examinerId: string;
  /** The assessment's rows: the criteria of the class and the aspects of the prizes entered (`prize:<prize>:<aspect>`). */
  readonly criteria: readonly CriterionAssessment[] | readonly ConsensusCriterion[];
  /** The author's choice; without it every private note is left out. */
  readonly includePrivateNotes: boolean;
  readonly team?: AssessmentTeamPart;
  readonly changeLog?: ChangeLogDigest | null;
}

export interface ExportedAssessment {
  readonly path: string;
  readonly fileName: string;
  readonly revision: number;
  readonly keyId: string;
}

const STAGE_IN_NAME: Record<Stage, string> = { individual: 'individuell', consensus: 'konsensus', 'site-visit': 'platsbesok' };

/** "Förskolan Solrosen" → "forskolan-solrosen": letters and digits only, Swedish letters without their marks. */
export function nameSlug(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'x';
}

/** "2026-forskolan-solrosen-individuell-anna-lind-r3.kvbedomning" */
export function assessmentFileName(year: number, contestantName: string, stage: Stage, examinerName: string, revision: number): string {
  return safeFileName(`${year}-${nameSlug(contestantName)}-${STAGE_IN_NAME[stage]}-${nameSlug(examinerName)}-r${revision}.kvbedomning`, 'bedomning.kvbedomning');
}

type Row = CriterionAssessment | ConsensusCriterion;
const withoutNotes = (rows: readonly Row[]): Row[] => rows.map(({ privateNote: _note, ...rest }) => rest);

/** Null when the user cancelled the save dialog (no revision is used up then). */
export async function exportAssessment(ctx: CoreContext, request: ExportRequest): Promise<ExportedAssessment | null> {
  const db = ctx.store.db;
  const facts = getRound(db, request.roundId);
  const examiner = facts.examiners.get(request.examinerId);
  if (!examiner) throw appError('examiner-not-in-round', { examinerId: request.examinerId, title: facts.title });
  const identity = await installationIdentity(ctx.secrets);
  const revision = nextExportRevision(db, request);
  const rows: readonly Row[] = request.includePrivateNotes ? request.criteria : withoutNotes(request.criteria);
  const { criteria, prizes } = splitPrizeRows(rows);
  const built = buildAssessmentFile(
    {
      roundId: facts.id,
      criteriaPackage: { id: facts.packageId, revision: facts.packageRevision, sha256: facts.packageSha256 },
      contestantId: request.contestantId,
      stage: request.stage,
      author: { examinerId: examiner.id, name: examiner.name },
      revision,
      exportedAt: ctx.clock.now().toISOString(),
      includesPrivateNotes: request.includePrivateNotes,
      criteria: criteria as ExportRequest['criteria'],
      prizes,
      ...(request.team ? { team: request.team } : {}),
      changeLog: request.changeLog ?? null,
    },
    identity.privateKey,
  );
  // What I send must be what my co-examiners' Examinator accepts.
  const place = checkAgainstRound(built.file, facts, []);
  const suggestedName = assessmentFileName(facts.year, place.contestant.name, request.stage, examiner.name, revision);
  const saved = await ctx.saveFile({ suggestedName, bytes: built.bytes, filterName: 'Bedömningsfil', extensions: ['kvbedomning'] });
  if (!saved) return null;
  recordExport(db, { ...request, roundId: facts.id, examinerId: examiner.id }, { revision, sha256: built.sha256, exportedAt: built.file.exportedAt });
  return { path: saved.path, fileName: basename(saved.path), revision, keyId: built.keyId };
}
