/** The criteria package as a PDF: one job for `package print` and the editor's "Skriv ut som PDF". */
import type { CriteriaPackage } from '../../../shared/formats/criteria-package';
import { fingerprint } from '../../../shared/fingerprint';
import type { DescribedJob } from '../reports/jobs';
import type { ReportJob } from '../reports/render';

export function kriteriepaketJob(
  pkg: CriteriaPackage,
  options: { readonly signerKeyId: string | null; readonly exampleMaterial: boolean; readonly reportDate: string },
): DescribedJob<Extract<ReportJob, { kind: 'kriteriepaket' }>> {
  const model = {
    pkg,
    signer: options.signerKeyId === null ? null : fingerprint(options.signerKeyId),
    exampleMaterial: options.exampleMaterial,
    reportDate: options.reportDate,
  };
  return {
    job: { kind: 'kriteriepaket', name: `Kriteriepaket – ${pkg.title}`, model },
    description: `Kriteriepaketet ${pkg.id} revision ${pkg.revision}`,
  };
}

/** "ku-2027-r2.pdf". */
export const kriteriepaketFileName = (pkg: Pick<CriteriaPackage, 'id' | 'revision'>) => `${pkg.id}-r${pkg.revision}.pdf`;
