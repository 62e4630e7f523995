/** The kalibreringsrapport and the office's overview as PDF bytes, through the reports' own renderer. */
import type { CalibrationComparison } from '../../../shared/contract/calibration';
import { nameSlug } from '../exchange/export';
import { renderDocument, type RenderedReport, type RenderOptions } from '../reports/render';
import { calibrationMetadata, writeCalibration } from './document';
import type { CalibrationOverview } from './overview';
import { overviewMetadata, writeOverview } from './overview-document';

export function renderCalibration(comparison: CalibrationComparison, reportDate: string, options: RenderOptions): Promise<RenderedReport> {
  const model = { comparison, reportDate };
  return renderDocument(options, reportDate, 'portrait', calibrationMetadata(model), (w) => writeCalibration(w, model));
}

export function calibrationFileName(comparison: CalibrationComparison): string {
  return `kalibrering-${nameSlug(comparison.contestant.name)}-${nameSlug(comparison.trainee.name)}.pdf`;
}

export function renderCalibrationOverview(model: CalibrationOverview, options: RenderOptions): Promise<RenderedReport> {
  return renderDocument(options, model.reportDate, 'landscape', overviewMetadata(model), (w) => writeOverview(w, model));
}
