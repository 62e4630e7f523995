import { z } from 'zod';

/** How a message names the type a field should have ("ska vara …"). */
const SWEDISH_TYPE: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  bigint: 'ett heltal',
  boolean: 'sant eller falskt',
  array: 'en lista',
  tuple: 'en lista',
  object: 'ett objekt',
  record: 'ett objekt',
  map: 'ett objekt',
  date: 'ett datum',
  null: 'null',
};

// Validation messages reach users (wrapped in our own sentences), so they are Swedish. zod's
// Swedish locale says "Ogiltig inmatning: förväntat antal, fick string" for a wrong type, with
// English type names; a wrong or missing type reads like our own schemas' messages instead.
/** What a size limit counts, per kind of value ("tecken", "poster"). */
const UNIT: Record<string, string> = { string: 'tecken', array: 'poster', set: 'poster', file: 'byte' };

type SizeIssue = { readonly origin: string; readonly inclusive?: boolean };

// zod's Swedish locale says "För lite(t): förväntade string att ha >=1 tecken": half code. A limit
// reads as a plain sentence instead, in the place our own schemas' messages are put.
function tooSmall(issue: SizeIssue & { readonly minimum: number | bigint }): string | undefined {
  const min = Number(issue.minimum);
  const unit = UNIT[issue.origin];
  if (unit !== undefined) return min === 1 ? 'får inte vara tom' : `ska ha minst ${min} ${unit}`;
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return issue.inclusive === false ? `ska vara större än ${min}` : `ska vara minst ${min}`;
  return undefined;
}

function tooBig(issue: SizeIssue & { readonly maximum: number | bigint }): string | undefined {
  const max = Number(issue.maximum);
  const unit = UNIT[issue.origin];
  if (unit !== undefined) return `får ha högst ${max} ${unit}`;
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return issue.inclusive === false ? `ska vara mindre än ${max}` : `får vara högst ${max}`;
  return undefined;
}

z.config({
  ...z.locales.sv(),
  customError: (issue) => {
    if (issue.code === 'too_small') return tooSmall(issue);
    if (issue.code === 'too_big') return tooBig(issue);
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined) return 'saknas';
    const kind = SWEDISH_TYPE[issue.expected];
    return kind === undefined ? undefined : `ska vara ${kind}`;
  },
});

export { z };
