import { z } from 'zod';
import { evidenceAnchorSchema, type EvidenceAnchor } from '../domain/assessment';
import { plainId, sha256Hex } from '../domain/ids';
import { returns } from './define';

export type DocumentFormat = 'pdf' | 'docx';
/** A PDF is cited by page, a DOCX by paragraph number ("§ 42"). */
export type UnitKind = 'page' | 'paragraph';

/** Where a document is used: a contestant of a round on this computer. */
export interface DocumentUse {
  readonly roundId: string;
  readonly roundTitle: string;
  readonly contestantId: string;
  readonly contestantName: string;
  readonly title: string;
}

export interface DocumentSummary {
  readonly sha256: string;
  readonly format: DocumentFormat;
  readonly title: string;
  readonly fileName: string;
  readonly bytes: number;
  readonly unitKind: UnitKind;
  readonly unitCount: number;
  readonly wordCount: number;
  /** Pages without extractable text (a scanned image): search does not work there. */
  readonly pagesWithoutText: readonly number[];
  /** The PDF carries JavaScript; Examinator never runs it. */
  readonly hasScripts: boolean;
  readonly importedAt: string;
  readonly usedBy: readonly DocumentUse[];
}

export interface DocumentUnitInfo {
  readonly number: number;
  readonly hasText: boolean;
}

export interface DocumentView extends DocumentSummary {
  readonly units: readonly DocumentUnitInfo[];
  /** Example material (a round signed with the example key uses it). */
  readonly exampleMaterial: boolean;
}

export interface DocxInline {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export interface DocxParagraph {
  readonly type: 'paragraph';
  /** The paragraph number ("§ 42"); see docx-text.ts for the exact rule. */
  readonly number: number;
  readonly style: 'heading' | 'body' | 'list-item';
  /** Heading level 1–6, or list depth from 0. */
  readonly level: number;
  readonly ordered?: boolean;
  readonly inlines: readonly DocxInline[];
}

export interface DocxTable {
  readonly type: 'table';
  readonly rows: readonly (readonly DocxCell[])[];
}

export interface DocxCell {
  readonly blocks: readonly DocxBlock[];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface SearchSnippet {
  readonly text: string;
  /** Ranges of `text` that matched, [start, end). */
  readonly marks: readonly (readonly [number, number])[];
}

export interface SearchHit {
  readonly unit: number;
  /** Matches on the page / in the paragraph. */
  readonly count: number;
  readonly snippet: SearchSnippet;
}

export interface DocumentSearchResult {
  readonly query: string;
  readonly hits: readonly SearchHit[];
  readonly total: number;
  /** Pages that could not be searched (no text). */
  readonly unsearchable: readonly number[];
}

export interface RoundSearchDocument {
  readonly sha256: string;
  readonly title: string;
  readonly contestantName: string;
  readonly unitKind: UnitKind;
  readonly hits: readonly SearchHit[];
  readonly total: number;
}

export interface RoundSearchResult {
  readonly query: string;
  readonly roundTitle: string;
  readonly documents: readonly RoundSearchDocument[];
  readonly total: number;
}

export type AnchorStatus = 'found' | 'moved' | 'lost';

export interface ResolvedAnchor {
  readonly status: AnchorStatus;
  /** Where the passage is now (page or paragraph); null when lost. */
  readonly unit: number | null;
  /** The anchor to keep: updated to the new location when moved, unchanged otherwise. */
  readonly anchor: EvidenceAnchor;
  /** Why it is lost, in Swedish. */
  readonly reason?: string;
}

const query = z.string().max(500);
const unitNumber = z.number().int().min(1).max(1_000_000);

export const documentChannels = {
  'document:import': returns<DocumentSummary>()(z.object({ fileId: z.string().min(1).max(100) }).strict()),
  'document:list': returns<DocumentSummary[]>()(z.object({}).strict()),
  'document:open': returns<DocumentView>()(z.object({ sha256: sha256Hex }).strict()),
  /** The file's bytes for the viewer, base64 (JSON-safe over every bridge). */
  'document:bytes': returns<{ base64: string }>()(z.object({ sha256: sha256Hex }).strict()),
  'document:docx-blocks': returns<DocxBlock[]>()(z.object({ sha256: sha256Hex }).strict()),
  'document:text': returns<{ unit: number; text: string }[]>()(z.object({ sha256: sha256Hex }).strict()),
  'document:search': returns<DocumentSearchResult>()(z.object({ sha256: sha256Hex, query }).strict()),
  'document:search-round': returns<RoundSearchResult>()(z.object({ roundId: plainId, query }).strict()),
  /** An anchor from a selection: the quote with its context cut from the stored text. */
  'document:anchor': returns<EvidenceAnchor>()(
    z
      .object({
        documentSha256: sha256Hex,
        unit: unitNumber,
        selectedText: z.string().min(1).max(20_000),
        /** Text just before the selection in the viewer, to tell repeated passages apart. */
        before: z.string().max(1_000).optional(),
      })
      .strict(),
  ),
  /** Finds anchors again (in their own document, or in `inDocument`, e.g. a revised version). */
  'document:resolve-anchors': returns<ResolvedAnchor[]>()(
    z.object({ anchors: z.array(evidenceAnchorSchema).max(5_000), inDocument: sha256Hex.optional() }).strict(),
  ),
} as const;
