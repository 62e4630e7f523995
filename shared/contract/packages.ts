import { z } from 'zod';
import { sha256Hex } from '../domain/ids';
import { criteriaPackageSourceSchema, type CriteriaPackage } from '../formats/criteria-package';
import { returns } from './define';

/** A file the user handed over (an opaque FileRegistry id). */
export const fileIdArg = z.string().min(1).max(64);

/** What an import brought in. */
export interface ImportedItem {
  readonly kind: 'criteria-package' | 'round';
  readonly id: string;
  readonly title: string;
  readonly exampleMaterial: boolean;
  readonly packageSha256: string;
}

/**
 * `unchanged`: the very same signed content was already here; nothing changed.
 * `replaced`: a different bundle for a round nobody had started on replaced it.
 * `untrusted-key`: not an error but a question — the user may compare the
 * fingerprint and trust the key, then import again. `confirm-replace`: the
 * same kind of question about replacing a round signed with another key.
 */
export type ImportOutcome =
  | {
      readonly status: 'imported' | 'replaced' | 'unchanged';
      readonly item: ImportedItem;
      /** After a replacement: the examiner the user had chosen is not in the new round, so "Vem är du" is asked again. */
      readonly identityNote?: string;
    }
  | { readonly status: 'untrusted-key'; readonly keyId: string }
  /** The round is here signed with another trusted key: import again with `confirmSignerKeyId` once the user compared both. */
  | { readonly status: 'confirm-replace'; readonly title: string; readonly currentKeyId: string; readonly newKeyId: string };

export interface PackageSummary {
  readonly sha256: string;
  readonly id: string;
  readonly revision: number;
  readonly title: string;
  readonly year: number;
  readonly exampleMaterial: boolean;
  readonly signerKeyId: string;
  readonly importedAt: string;
  readonly roundCount: number;
}

export interface PackageView extends PackageSummary {
  readonly content: CriteriaPackage;
}

export interface TrustedKeyView {
  readonly keyId: string;
  readonly label: string;
  readonly source: 'built-in' | 'user';
  readonly example: boolean;
  readonly addedAt: string | null;
}

export interface KeyInspection {
  readonly keyId: string;
  readonly trusted: boolean;
  readonly example: boolean;
  /** The key as SPKI PEM, as the round registers an examiner's key (`examiners[].signingKey`). */
  readonly publicKeyPem?: string;
}

/** A file signed and saved for the user; null from the channel when they cancelled the save dialog. */
export interface SavedFile {
  readonly path: string;
  readonly fileName: string;
  readonly keyId: string;
  readonly exampleMaterial: boolean;
  /** Whether this computer trusts the signing key (if not, importing it here asks first). */
  readonly keyTrusted: boolean;
  /** The signer's public key (SPKI PEM), for the user to give the recipients. */
  readonly publicKeyPem: string;
}

export const packageChannels = {
  'package:import': returns<ImportOutcome>()(z.object({ fileId: fileIdArg }).strict()),
  'package:list': returns<PackageSummary[]>()(z.object({}).strict()),
  'package:get': returns<PackageView>()(z.object({ sha256: sha256Hex }).strict()),
  'package:sign-and-save': returns<SavedFile | null>()(
    z.object({ source: criteriaPackageSourceSchema, keyFileId: fileIdArg }).strict(),
  ),
  'trust:list': returns<TrustedKeyView[]>()(z.object({}).strict()),
  'trust:inspect-key': returns<KeyInspection>()(z.object({ fileId: fileIdArg }).strict()),
  'trust:add-key': returns<TrustedKeyView>()(
    z.object({ fileId: fileIdArg, keyId: sha256Hex, label: z.string().trim().min(1).max(200) }).strict(),
  ),
  'trust:remove-key': returns<void>()(z.object({ keyId: sha256Hex }).strict()),
} as const;
