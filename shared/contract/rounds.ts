import { z } from 'zod';
import { sha256Hex } from '../domain/ids';
import { roundSourceSchema, type DocumentMediaType } from '../formats/round';
import { teamTitle } from '../format';
import { returns } from './define';
import { fileIdArg, type ImportOutcome, type SavedFile } from './packages';

export type RoundRole = 'examinator' | 'utvärderingsledare' | 'stadsledningskontoret';

export interface DeadlineView {
  readonly kind: 'individual' | 'consensus' | 'siteVisits' | 'jury';
  readonly label: string;
  readonly date: string;
}

/** One round on this computer, as the start screen lists it. */
export interface RoundSummary {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly packageTitle: string;
  /** Signed with the example key: must be shown as övningsmaterial everywhere. */
  readonly exampleMaterial: boolean;
  readonly contestantCount: number;
  /** Null until the user has said which examiner they are. */
  readonly myRole: RoundRole | null;
  /** Criteria and prize aspects done over those to assess, over my contestants (`aspects` of the total are aspects); null before I have an identity. */
  readonly progress: { readonly done: number; readonly total: number; readonly aspects: number } | null;
  readonly nextDeadline: DeadlineView | null;
  readonly importedAt: string;
}

export interface ExaminerView {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly organisation: string;
  readonly lead: boolean;
}

/** A contestant's document as the round lists it (the reader's DocumentView is in documents.ts). */
export interface RoundDocumentView {
  readonly path: string;
  readonly title: string;
  readonly mediaType: DocumentMediaType;
  readonly sha256: string;
  readonly bytes: number;
  /** Unknown until the document has been read. */
  readonly pages: number | null;
}

export interface ContestantView {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  /** The class of the scored award; null for a contestant taking part only in prizes. */
  readonly classId: string | null;
  readonly classTitle: string | null;
  /** The prizes without scores the contestant takes part in, in the round's order. */
  readonly prizes: readonly { readonly id: string; readonly title: string }[];
  readonly documents: readonly RoundDocumentView[];
}

export interface TeamView {
  readonly id: string;
  readonly leadId: string;
  readonly members: readonly ExaminerView[];
  readonly contestants: readonly ContestantView[];
}

/** A team as people know it, by its lead's name ("Anna Linds team"), never its id. */
export function teamViewTitle(team: TeamView): string {
  return teamTitle(team.members.find((m) => m.id === team.leadId)?.name ?? team.id);
}

/** One round as its overview screen shows it. */
export interface RoundOverview {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly exampleMaterial: boolean;
  readonly importedAt: string;
  readonly signerKeyId: string;
  readonly package: {
    readonly sha256: string;
    readonly id: string;
    readonly revision: number;
    readonly title: string;
  };
  readonly deadlines: readonly DeadlineView[];
  readonly teams: readonly TeamView[];
}

/** What "Radera omgången" removed. */
export interface RoundDeletion {
  readonly title: string;
  readonly documentsRemoved: number;
  readonly backupsRemoved: number;
}

const roundId = z.string().min(1).max(64);

export const roundChannels = {
  'round:list': returns<RoundSummary[]>()(z.object({}).strict()),
  'round:get': returns<RoundOverview>()(z.object({ roundId }).strict()),
  /** `confirmSignerKeyId`: the user compared both fingerprints and lets a bundle signed with this other key replace the round. */
  'round:import': returns<ImportOutcome>()(z.object({ fileId: fileIdArg, confirmSignerKeyId: sha256Hex.optional() }).strict()),
  /** Imports the built-in övningsomgång (and marks the welcome as seen). */
  'round:open-exercise': returns<ImportOutcome>()(z.object({}).strict()),
  'round:delete': returns<RoundDeletion>()(z.object({ roundId }).strict()),
  'round:sign-and-save': returns<SavedFile | null>()(
    z
      .object({
        source: roundSourceSchema,
        packageSha256: sha256Hex,
        documents: z.array(z.object({ path: z.string().min(1).max(255), fileId: fileIdArg }).strict()).max(10_000),
        keyFileId: fileIdArg,
      })
      .strict(),
  ),
} as const;
