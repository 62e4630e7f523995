/** How the demo talks to an installation: through dispatch, as the app does. */
import type { Args, Channel, Result } from '../../../shared/contract';
import { AppError, appError } from '../../../shared/errors';
import type { Core } from '../create-core';
import type { ContestantScript, CriterionScript } from './script';

/** As the app calls the core: validated, enveloped; a refusal is thrown as the AppError it is. */
export async function call<C extends Channel>(core: Core, channel: C, args: Args<C>): Promise<Result<C>> {
  const envelope = await core.dispatch(channel, args);
  if (!envelope.ok) throw new AppError(envelope.error.code, `Demon stannade vid ${channel}: ${envelope.error.message}`);
  return envelope.value as Result<C>;
}

export interface Installation {
  readonly core: Core;
  /** Page texts per document, read once. */
  readonly texts: Map<string, { unit: number; text: string }[]>;
}


export function criterionScript(script: ContestantScript, criterionId: string): CriterionScript {
  const found = script.criteria[criterionId];
  if (!found) throw appError('demo-script-missing', { criterionId });
  return found;
}
