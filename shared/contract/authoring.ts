/**
 * Stadsledningskontoret's authoring extras: opening last year's signed files
 * to start from, printing the package, criteria from a spreadsheet, and
 * saving the public key that recipients of signed files need.
 */
import { z } from 'zod';
import type { Area, CriteriaPackage } from '../formats/criteria-package';
import { criteriaPackageSourceSchema } from '../formats/criteria-package';
import type { RoundManifest } from '../formats/round';
import { formatId } from '../formats/common';
import { returns } from './define';
import { fileIdArg } from './packages';

/** A signed file opened to start from: what it holds and who signed it. */
export interface OpenedSigned {
  readonly keyId: string;
  readonly exampleMaterial: boolean;
}

export interface OpenedPackage extends OpenedSigned {
  readonly content: CriteriaPackage;
}

export interface OpenedRound extends OpenedSigned {
  readonly manifest: RoundManifest;
  /** The round's own package (its id and revision are in the manifest). */
  readonly criteria: CriteriaPackage;
}

/** One spreadsheet row's problem (row numbers as the spreadsheet shows them). */
export interface SheetProblem {
  readonly row: number;
  readonly message: string;
}

/** Areas read from a spreadsheet, or every row's problems (and then no areas). */
export type SheetCriteria =
  | { readonly ok: true; readonly areas: Area[]; readonly rows: number }
  | { readonly ok: false; readonly problems: readonly SheetProblem[] };

export interface SavedPdf {
  readonly path: string;
  readonly fileName: string;
  readonly pages: number;
}

const pem = z.string().min(1).max(4096);

export const authoringChannels = {
  'authoring:open-package-file': returns<OpenedPackage>()(z.object({ fileId: fileIdArg }).strict()),
  'authoring:open-round-file': returns<OpenedRound>()(z.object({ fileId: fileIdArg }).strict()),
  /** The editor's package (valid, not yet signed) as a PDF, saved where the user says. */
  'authoring:print-package': returns<SavedPdf | null>()(z.object({ source: criteriaPackageSourceSchema }).strict()),
  'authoring:read-criteria-sheet': returns<SheetCriteria>()(
    z.object({ fileId: fileIdArg, scales: z.array(formatId()).max(20), classes: z.array(formatId()).max(50) }).strict(),
  ),
  'authoring:save-criteria-template': returns<{ path: string } | null>()(z.object({}).strict()),
  'authoring:save-public-key': returns<{ path: string; fileName: string } | null>()(z.object({ publicKeyPem: pem }).strict()),
} as const;
