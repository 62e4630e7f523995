import type { z } from 'zod';
import { describeLocation, issueMessage, type FormatProblem } from '../../../../shared/formats/common';
import { agreeing, fieldLabel, formFieldName } from './field-labels';
import { pathKey, type Path } from './paths';

export interface FormIssue {
  readonly path: Path;
  readonly message: string;
  /** "kriteriet 2.1, Skala" — for the summary list, the field named as the form labels it. */
  readonly where: string;
}

export function issuesFrom(root: unknown, zodIssues: readonly z.core.$ZodIssue[], problems: readonly FormatProblem[] = []): FormIssue[] {
  const all = [
    ...zodIssues.map((issue) => ({ path: issue.path as Path, message: issueMessage(issue) })),
    ...problems.map((problem) => ({ path: problem.path, message: problem.message })),
  ];
  return all.map((issue) => {
    let label: ReturnType<typeof fieldLabel>;
    const where = describeLocation(root, issue.path, (field, list) => {
      label = fieldLabel(field, list);
      return formFieldName(field, list);
    });
    return { ...issue, message: agreeing(issue.message, label), where };
  });
}

/** The first message per field path. */
export function errorMap(issues: readonly FormIssue[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const issue of issues) if (!map.has(pathKey(issue.path))) map.set(pathKey(issue.path), issue.message);
  return map;
}
