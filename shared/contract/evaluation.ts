/**
 * Utvärdering av omgången in the app (issue 17): stadsledningskontoret reads
 * the evaluation of a round from every file received here (examiners'
 * individual files, the teams' consensus and site-visit files), and saves it
 * as the PDF or the Excel workbook the CLI makes.
 */
import { z } from 'zod';
import { plainId } from '../domain/ids';
import type { EvaluationModel } from '../evaluation/model';
import { returns } from './define';
import type { CreatedReport } from './reports';

/** `names`: the examiners' names instead of their codes E1, E2 … */
const evaluationArgs = z.object({ roundId: plainId, names: z.boolean() }).strict();

export const evaluationChannels = {
  'evaluation:view': returns<EvaluationModel>()(evaluationArgs),
  /** Through a save dialog; null when cancelled. */
  'evaluation:create-pdf': returns<CreatedReport | null>()(evaluationArgs),
  'evaluation:create-xlsx': returns<{ path: string; fileName: string } | null>()(evaluationArgs),
} as const;
