/**
 * "Underlag": every signed file a report for the jury is built from — its
 * author, stage, revision, the SHA-256 of its bytes and the fingerprint of the
 * key that signed it — so anyone can check the PDF against the files.
 */
import { stageLabel } from '../labels';
import { heading, paragraph, paragraphHeight } from '../layout/text';
import { colors, size } from '../layout/theme';
import type { ReportWriter } from '../layout/writer';
import type { ReportBasisFile } from '../model';

export interface BasisLine {
  /** Whose file it is in a list of several (a contestant's name or code); null for a report of one. */
  readonly label: string | null;
  readonly file: ReportBasisFile;
}

/** "Konsensus efter platsbesök, revision 2, av Anna Lind" (without the author in an anonymised report). */
export function basisTitle(file: ReportBasisFile): string {
  return `${stageLabel[file.stage]}, revision ${file.revision}${file.author === null ? '' : `, av ${file.author}`}`;
}

/** "SHA-256 3f2a… · nyckel d03a d662 2c34 aeb4". */
export function basisFacts(file: ReportBasisFile): string {
  const sha = file.sha256 ?? 'ingen fil – läst ur den här datorns bedömningar';
  return `SHA-256 ${sha} · nyckel ${file.fingerprint}`;
}

export function basisSection(w: ReportWriter, lines: readonly BasisLine[]): void {
  heading(w, 2, 'Underlag');
  paragraph(
    w,
    'Filerna som rapporten bygger på: författare, skede, revision, filens kontrollsumma (SHA-256) och fingeravtrycket för nyckeln som signerade den.',
    { color: colors.muted, size: size.small },
  );
  if (lines.length === 0) {
    paragraph(w, 'Underlaget är inte angivet för den här rapporten.', { color: colors.muted, size: size.small });
    return;
  }
  for (const line of lines) {
    const facts = basisFacts(line.file);
    const factsOptions = { size: size.small } as const;
    // Who and what stay on the page with the hash and key that identify the file.
    paragraph(w, `${line.label ? `${line.label}: ` : ''}${basisTitle(line.file)}`, { font: 'semibold', size: size.small, gap: 1, keepWith: paragraphHeight(w, facts, factsOptions) });
    paragraph(w, facts, factsOptions);
  }
}
