/** How calibration's numbers and findings read, the same in the PDFs, the CLI and the app. */
import type { CalibrationComment } from '../../../shared/contract/calibration';
import type { ReportEvidence } from '../reports/model';

export { bandDifferenceText, biasText, counterpartText, coveredText, percentText } from '../../../shared/calibration/labels';

export const CALIBRATION_TITLE = 'Kalibreringsrapport';
export const OVERVIEW_TITLE = 'Kalibrering – översikt';

export function reportEvidence(comment: CalibrationComment): ReportEvidence[] {
  return comment.evidence.map((e) => ({
    ...(e.page !== null && { page: e.page }),
    ...(e.paragraph !== null && { paragraph: e.paragraph }),
    ...(e.quote !== null && { quote: e.quote }),
  }));
}

