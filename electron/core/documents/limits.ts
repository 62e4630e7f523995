/** Bounds on what a document may hold, shared by the PDF and the DOCX side. */
import { appError } from '../../../shared/errors';

/** Extracted text beyond this (≈ 2 000 dense pages) is no verksamhetsbeskrivning. */
export const MAX_TEXT_CHARS = 10_000_000;

export const tooMuchText = (name: string) =>
  appError('document-too-much-text', { name });
