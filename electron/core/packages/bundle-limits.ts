/**
 * Size limits for everything Stadsledningskontoret's files can bring. Every
 * limit is checked against the ZIP's declared sizes before anything is
 * inflated, and enforced again while streaming (a forged size stops there).
 */
import { MAX_ROUND_CONTESTANTS, MAX_ROUND_DOCUMENT_BYTES } from '../../../shared/formats/round';

const MiB = 1024 * 1024;

export const BUNDLE_LIMITS = {
  /** The .kvomgang file itself. */
  fileBytes: 400 * MiB,
  /** round.json, the package, the documents and a training round's references: room for the largest round with two documents and a reference per contestant. */
  entries: 3 * MAX_ROUND_CONTESTANTS + 96,
  manifestBytes: 1 * MiB,
  packageBytes: 4 * MiB,
  documentBytes: MAX_ROUND_DOCUMENT_BYTES,
  /** All entries together, uncompressed. */
  totalBytes: 400 * MiB,
} as const;

/** A standalone .kvpaket. */
export const MAX_PACKAGE_FILE_BYTES = BUNDLE_LIMITS.packageBytes;
