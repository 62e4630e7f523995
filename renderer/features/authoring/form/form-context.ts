import { createContext, useContext } from 'react';
import type { Path } from './paths';

export interface FormApi {
  read(path: Path): unknown;
  edit(path: Path, value: unknown): void;
  /** The message for the field at exactly this path, if any. */
  errorAt(path: Path): string | undefined;
  /** How many problems lie at or under a path (for folded sections' summaries). */
  errorsUnder(path: Path): number;
}

export const FormContext = createContext<FormApi | null>(null);

export function useForm(): FormApi {
  const form = useContext(FormContext);
  if (!form) throw new Error('form fields need a FormContext');
  return form;
}
