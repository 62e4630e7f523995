/** The evaluation as PDF bytes, through the reports' own renderer. */
import { renderDocument, type RenderedReport, type RenderOptions } from '../reports/render';
import { evaluationMetadata, writeEvaluation } from './document';
import type { EvaluationModel } from '../../../shared/evaluation/model';

export function renderEvaluation(model: EvaluationModel, options: RenderOptions): Promise<RenderedReport> {
  return renderDocument(options, model.reportDate, 'landscape', evaluationMetadata(model), (w) => writeEvaluation(w, model));
}
