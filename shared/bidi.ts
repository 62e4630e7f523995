/**
 * Explicit bidi formatting characters (embeddings, overrides, isolates) in
 * text that was built from file contents — a notice that quotes a file name —
 * would reorder the rest of the sentence: an unterminated U+202E turns
 * "Importerade X från Y" into nonsense or a lie. Where such text cannot be
 * isolated element by element (a notice's sentence, an <option>, where CSS
 * isolation does not reach), it is shown without them.
 */
const EXPLICIT_BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(EXPLICIT_BIDI_CONTROLS, '');
}
