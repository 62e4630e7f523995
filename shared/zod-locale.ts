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
z.config({
  ...z.locales.sv(),
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined) return 'saknas';
    const kind = SWEDISH_TYPE[issue.expected];
    return kind === undefined ? undefined : `ska vara ${kind}`;
  },
});

export { z };
