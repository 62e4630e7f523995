/**
 * Building blocks shared by the exchange formats (formats.md): field schemas
 * with Swedish messages, the signature member, the format/version header check,
 * and turning zod issues into one Swedish sentence that names the offending id.
 */
import { z } from 'zod';
import { errorPayload } from '../errors';
import '../zod-locale';

/** The only format version this app reads and writes. */
export const FORMAT_VERSION = 1;

/** A problem found by a rule, at a path inside the document (for the editors' inline errors too). */
export interface FormatProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const typed = (kind: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? 'saknas' : `ska vara ${kind}`),
});

const EMPTY_TEXT = 'får inte vara tom';

/** Required text: not empty, bounded. */
export const text = (max: number) =>
  z.string(typed('text')).min(1, EMPTY_TEXT).max(max, `får vara högst ${max} tecken`);

/** Text that may be empty (descriptions, guidance), bounded. */
export const longText = (max: number) => z.string(typed('text')).max(max, `får vara högst ${max} tecken`);

/** A finite number (scores, points, scale bounds). */
export const finiteNumber = () => z.number(typed('ett tal')).finite('ska vara ett ändligt tal');

export const integer = () => z.number(typed('ett heltal')).int('ska vara ett heltal');

/** Ids inside packages and rounds: short, printable, no path characters. */
export const formatId = () =>
  z
    .string(typed('text'))
    .min(1, 'får inte vara tomt')
    .max(64, 'får vara högst 64 tecken')
    // Empty is reported once, by min(1).
    .regex(/^(?:[A-Za-z0-9][A-Za-z0-9._-]*)?$/, 'får bara innehålla a–z, A–Z, siffror, punkt, bindestreck och understreck (och börja med en bokstav eller siffra)');

export const isoDate = () => z.iso.date({ error: 'ska vara ett datum som ÅÅÅÅ-MM-DD' });

export const sha256Field = () => z.string(typed('text')).regex(/^[0-9a-f]{64}$/, 'ska vara en SHA-256 med små hexadecimala tecken');

/** `"signature": { alg, keyId, value }`; the algorithm itself is checked by the verifier (to name it). */
export const signatureSchema = z
  .object({
    alg: z.string(typed('text')).max(32, 'är för lång'),
    keyId: sha256Field(),
    value: z.string(typed('text')).max(256, 'är för lång').regex(/^[A-Za-z0-9+/]+={0,2}$/, 'ska vara base64'),
  })
  .strict();

export type Signature = z.infer<typeof signatureSchema>;

/** Problems of one list: every `id` used once (`noun` says what the list holds). */
export function duplicateIds(
  items: readonly { readonly id: string }[],
  path: readonly (string | number)[],
  noun: string,
): FormatProblem[] {
  const seen = new Set<string>();
  const problems: FormatProblem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) problems.push({ path: [...path, index, 'id'], message: `${noun} "${item.id}" finns redan` });
    seen.add(item.id);
  });
  return problems;
}

export function addProblems(ctx: z.RefinementCtx, problems: readonly FormatProblem[]): void {
  for (const problem of problems) ctx.addIssue({ code: 'custom', message: problem.message, path: [...problem.path] });
}

/** A refusal of a whole document, with a stable code and a Swedish sentence. */
export interface FormatRefusal {
  readonly code: string;
  readonly message: string;
}

export type FormatResult<T> = { readonly ok: true; readonly value: T } | ({ readonly ok: false } & FormatRefusal);

/**
 * The header every versioned document starts with. Checked before anything
 * else, so a file from a newer app is refused as such, not as a pile of errors.
 */
export function checkHeader(json: unknown, format: string, noun: string): FormatRefusal | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return errorPayload('format-not-object', { noun });
  }
  const header = json as { format?: unknown; formatVersion?: unknown };
  if (header.format !== format) {
    return errorPayload('format-wrong', { noun, found: typeof header.format === 'string' ? header.format.slice(0, 80) : null });
  }
  const version = header.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return errorPayload('format-version-invalid', { noun });
  }
  if (version > FORMAT_VERSION) {
    return errorPayload('format-version-newer', { version, readable: FORMAT_VERSION });
  }
  return null;
}

/** Swedish nouns for the elements of each list, to name where a problem is. */
const ELEMENT_NOUNS: Record<string, string> = {
  classes: 'tävlingsklassen',
  scales: 'skalan',
  bands: 'band',
  attributes: 'attributet',
  areas: 'området',
  criteria: 'kriteriet',
  questions: 'fråga',
  contestants: 'den tävlande',
  documents: 'dokumentet',
  examiners: 'examinatorn',
  teams: 'teamet',
  prizes: 'priset',
  aspects: 'aspekten',
  jury: 'ledamot',
  basis: 'underlag',
};

/** How a field is named: `fältet "points"` in files; the editors pass their form labels. */
export type FieldNamer = (field: string, list: string | null) => string;

const jsonFieldName: FieldNamer = (field) => `fältet "${field}"`;

/** "kriteriet 2.1, fältet "points"" — the innermost element with an id, and what follows it. */
export function describeLocation(root: unknown, path: readonly PropertyKey[], fieldName: FieldNamer = jsonFieldName): string {
  const parts: string[] = [];
  let node: unknown = root;
  let field: string[] = [];
  let list: string | null = null;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = (node as Record<PropertyKey, unknown> | undefined)?.[segment as never];
    if (typeof segment === 'number') {
      const listName = String(path[i - 1] ?? '');
      if (typeof next !== 'object' && listName !== 'questions') {
        // A list of references (classes, members): the message names the id itself.
        field = [listName];
        node = next;
        continue;
      }
      list = listName;
      const noun = ELEMENT_NOUNS[listName] ?? 'post';
      const element = next as { id?: unknown; path?: unknown } | undefined;
      const name = typeof element?.id === 'string' ? element.id : typeof element?.path === 'string' ? element.path : null;
      if (name !== null) parts.length = 0;
      parts.push(name !== null ? `${noun} ${name}` : `${noun} ${segment + 1}`);
      field = [];
    } else if (typeof path[i + 1] !== 'number') {
      field.push(String(segment));
    }
    node = next;
  }
  if (field.length > 0) parts.push(fieldName(field.join('.'), list));
  return parts.join(', ');
}

/** One issue as a Swedish sentence fragment, without the location. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `${issue.keys.length === 1 ? 'okänt fält' : 'okända fält'} ${keys} (filen kan vara gjord för en nyare version av Examinator)`;
  }
  return issue.message;
}

/** `lead` + the first problem: "Kriteriepaketet är ogiltigt: kriteriet 2.1, fältet "scale": skalan "x" finns inte i paketet." */
export function describeIssues(root: unknown, issues: readonly z.core.$ZodIssue[], lead: string): string {
  const first = issues[0];
  if (!first) return `${lead}.`;
  const where = describeLocation(root, first.path);
  const more = issues.length > 1 ? ` (och ${issues.length - 1} fel till)` : '';
  // "fältet … får inte vara tomt": the message agrees with "fältet", an ett-word.
  const message = /fältet "[^"]*"$/.test(where) && issueMessage(first) === EMPTY_TEXT ? `${EMPTY_TEXT}t` : issueMessage(first);
  return `${lead}: ${where ? `${where}: ` : ''}${message}${more}.`;
}

/** Parses a document whose header has been checked; refusals name the first problem. */
export function parseWith<T>(schema: z.ZodType<T>, json: unknown, lead: string, code: string): FormatResult<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, code, message: describeIssues(json, parsed.error.issues, lead) };
}
