/**
 * Reports in the app: which PDFs can be made now from what is on this
 * computer (the user's own assessments, and the team files the independence
 * gate lets them see), a preview of one, and making them — one at a time, so
 * the screen shows the progress of a batch.
 */
import { z } from 'zod';
import type { Stage } from '../domain/assessment';
import { plainId } from '../domain/ids';
import { MEETINGS } from '../formats/jury-decision';
import { returns } from './define';

export const reportItemArg = z.discriminatedUnion('kind', [
  /** `basis`: the team's latest assessment, or my own individual one (marked as such). */
  z.object({ kind: z.literal('bedomning'), contestantId: plainId, basis: z.enum(['team', 'individual']) }).strict(),
  z.object({ kind: z.literal('aterforing'), contestantId: plainId }).strict(),
  z.object({ kind: z.literal('sammanstallning'), classId: plainId }).strict(),
  /** A prize entry's prisbedömning for the jury (anonymous: codes instead of names) and its återföring to the entrant. */
  z.object({ kind: z.literal('prisbedomning'), contestantId: plainId, prizeId: plainId }).strict(),
  z.object({ kind: z.literal('prisaterforing'), contestantId: plainId, prizeId: plainId }).strict(),
  /** Domarkommitténs beslutsprotokoll, from the signed decision of the meeting held here. */
  z.object({ kind: z.literal('beslutsprotokoll'), meeting: z.enum(MEETINGS) }).strict(),
]);
export type ReportItemRef = z.infer<typeof reportItemArg>;

export const reportOptionsArg = z
  .object({
    /** Bedömning: add the spårbarhetsbilaga. */
    appendix: z.boolean(),
    /** Sammanställning and prisbedömning: codes (A, B, C …) instead of names, examiners' names left out. */
    anonymous: z.boolean(),
    /** Sammanställning: for the jury's first meeting (consensus only, no decisions) or its final meeting. */
    meeting: z.enum(MEETINGS),
  })
  .strict();
export type ReportOptions = z.infer<typeof reportOptionsArg>;

export interface ReportItem {
  readonly ref: ReportItemRef;
  readonly title: string;
  /** What it is made from, in Swedish ("teamets bedömning efter platsbesök, revision 2"). */
  readonly basis: string;
  readonly stage: Stage | null;
  /** Null when it can be made; otherwise why not. */
  readonly unavailable: string | null;
}

export interface ReportCatalog {
  readonly roundId: string;
  readonly roundTitle: string;
  readonly exampleMaterial: boolean;
  readonly items: readonly ReportItem[];
}

export interface ReportPreview {
  readonly base64: string;
  readonly pages: number;
  /** What the reader should know about the PDF (characters no embedded font has), in Swedish. */
  readonly warnings: readonly string[];
}

export interface CreatedReport {
  readonly path: string;
  readonly fileName: string;
  readonly pages: number;
  readonly warnings: readonly string[];
}

const roundId = plainId;

export const reportChannels = {
  'report:list': returns<ReportCatalog>()(z.object({ roundId }).strict()),
  'report:preview': returns<ReportPreview>()(z.object({ roundId, item: reportItemArg, options: reportOptionsArg }).strict()),
  /** Where a batch goes: a folder the user chooses once (null when cancelled). */
  'report:choose-folder': returns<{ folderId: string; path: string } | null>()(z.object({}).strict()),
  /** The återföringsrapport (or, with a prize, the prisåterföring) as an editable Word document, through a save dialog (null when cancelled). */
  'report:create-word': returns<{ path: string; fileName: string } | null>()(z.object({ roundId, contestantId: plainId, prizeId: plainId.optional() }).strict()),
  /** Makes one PDF: into the chosen folder, or through a save dialog without one (null when cancelled). */
  'report:create': returns<CreatedReport | null>()(
    z.object({ roundId, item: reportItemArg, options: reportOptionsArg, folderId: z.string().min(1).max(100).optional() }).strict(),
  ),
} as const;
