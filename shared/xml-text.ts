/**
 * Characters XML 1.0 cannot carry — C0 controls other than tab, line feed and
 * carriage return, lone surrogates, and the non-characters U+FFFE and U+FFFF —
 * shown as U+FFFD. One such character in a comment would otherwise make a
 * Word letter that neither Word nor LibreOffice opens.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what is matched
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}
