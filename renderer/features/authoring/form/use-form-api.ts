import { useMemo } from 'react';
import type { FormApi } from './form-context';
import { getIn, pathKey, type Path } from './paths';
import { errorMap, type FormIssue } from './validation';

/** The FormApi over a draft, its editing function and its current issues. */
export function useFormApi(draft: unknown, edit: (path: Path, value: unknown) => void, issues: readonly FormIssue[]): FormApi {
  return useMemo(() => {
    const errors = errorMap(issues);
    const keys = issues.map((issue) => pathKey(issue.path));
    return {
      read: (path) => getIn(draft, path),
      edit,
      errorAt: (path) => errors.get(pathKey(path)),
      errorsUnder: (path) => {
        const prefix = pathKey(path);
        return keys.filter((key) => key === prefix || key.startsWith(`${prefix}.`)).length;
      },
    };
  }, [draft, edit, issues]);
}
