/** RFC 8785 canonical JSON: below every feature, since signatures and the assessment change log both hash it. */
import canonicalize from 'canonicalize';

/** The canonical JSON of a JSON value; throws for what JSON cannot hold (undefined, functions). */
export function canonicalJson(value: unknown): string {
  const canonical = canonicalize(value);
  if (canonical === undefined) throw new Error('value cannot be canonicalized');
  return canonical;
}
