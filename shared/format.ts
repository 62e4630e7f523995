/**
 * Swedish presentation of dates and numbers: "15 sep 2026", "1 000", "61,5 %".
 * Pure functions; every screen, report and CLI line uses these.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** Parses "YYYY-MM-DD" (or a full ISO timestamp) without time-zone drift for plain dates. */
function parts(iso: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

export function formatDate(iso: string): string {
  const p = parts(iso);
  if (!p || p.m < 1 || p.m > 12) return iso;
  return `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
}

/** "22 nov 2026 14:32" in Stockholm time. */
export function formatDateTime(iso: string, timeZone = 'Europe/Stockholm'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => local.find((part) => part.type === type)?.value ?? '';
  return `${formatDate(`${get('year')}-${get('month')}-${get('day')}`)} ${get('hour')}:${get('minute')}`;
}

/** "14:32" in Stockholm time. */
export function formatTime(iso: string, timeZone = 'Europe/Stockholm'): string {
  return formatDateTime(iso, timeZone).slice(-5);
}

const NBSP = '\u00a0';

// Building an Intl.NumberFormat costs far more than formatting with one (reports format thousands of numbers).
const numberFormats = new Map<number, Intl.NumberFormat>();

/** Thin grouping with a no-break space and a decimal comma: 1 000; 61,5. */
export function formatNumber(value: number, maxDecimals = 1): string {
  if (!Number.isFinite(value)) return '–';
  let numberFormat = numberFormats.get(maxDecimals);
  if (!numberFormat) {
    // signDisplay 'negative': what rounds to zero is "0", never "-0".
    numberFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: maxDecimals, minimumFractionDigits: 0, signDisplay: 'negative' });
    numberFormats.set(maxDecimals, numberFormat);
  }
  const text = numberFormat.format(value);
  // Intl uses U+2212 for minus and U+00A0 for grouping in sv-SE; keep a plain hyphen-minus for copy/paste.
  return text.replace(/\u2212/g, '-').replace(/\u202f/g, NBSP);
}

const MiB = 1024 * 1024;

/** A size limit as a message states it: whole MB (at least 1), or GB with one decimal. */
export function formatMegabytes(bytes: number): string {
  if (bytes >= 1024 * MiB) return `${(bytes / (1024 * MiB)).toFixed(1).replace('.', ',')} GB`;
  return `${Math.max(1, Math.round(bytes / MiB))} MB`;
}

export function formatPercent(value: number, maxDecimals = 1): string {
  return `${formatNumber(value, maxDecimals)}${NBSP}%`;
}

/** Whole days from `today` until `deadline` (both "YYYY-MM-DD"); negative when passed. */
export function daysUntil(deadline: string, today: string): number {
  const a = parts(deadline);
  const b = parts(today);
  if (!a || !b) return Number.NaN;
  return Math.round((Date.UTC(a.y, a.m - 1, a.d) - Date.UTC(b.y, b.m - 1, b.d)) / 86_400_000);
}

/** "3 dagar kvar", "1 dag kvar", "i dag", "2 dagar sedan". */
export function formatDaysLeft(days: number): string {
  if (!Number.isFinite(days)) return '';
  if (days === 0) return 'i dag';
  if (days > 0) return `${days} ${days === 1 ? 'dag' : 'dagar'} kvar`;
  const ago = -days;
  return `passerat för ${ago} ${ago === 1 ? 'dag' : 'dagar'} sedan`;
}

/** The local calendar date in Stockholm as "YYYY-MM-DD". */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function stockholmDate(date: Date, timeZone = 'Europe/Stockholm'): string {
  // One formatter per time zone: building one costs about a millisecond, and the evaluation dates thousands of files.
  let dateFormat = dateFormats.get(timeZone);
  if (!dateFormat) {
    dateFormat = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, dateFormat);
  }
  return dateFormat.format(date);
}

const FULL_MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "20 oktober 2026": dates in formal documents (the PDFs). */
export function formatFormalDate(iso: string): string {
  const p = parts(iso);
  if (!p || p.m < 1 || p.m > 12) return iso;
  return `${p.d} ${FULL_MONTHS[p.m - 1]} ${p.y}`;
}

/** A quotation in Swedish typography: ”…”, with quotes inside it as ’…’. */
export function quoted(text: string): string {
  return `”${text.replace(/[”"]([^”"]*)[”"]/g, '’$1’')}”`;
}

/** A team as people know it, by its lead: "Anna Linds team" (no extra s after s, x or z). */
export function teamTitle(leadName: string): string {
  return `${leadName}${/[sxz]$/i.test(leadName) ? '' : 's'} team`;
}

/** "Anna", "Anna och Bilal", "Anna, Bilal och Cecilia". */
export function nameList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)!}`;
}

/** Said wherever the team's result is shown: who never submitted an individual assessment it could build on. */
export function notSubmittedText(names: readonly string[]): string {
  const one = names.length === 1;
  return `${nameList(names)} har inte lämnat in ${one ? 'sin individuella bedömning' : 'sina individuella bedömningar'}; teamets bedömning bygger inte på ${one ? 'den' : 'dem'}.`;
}

/** The folder part of a saved file's path (either separator), for saying where it went. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut <= 0 ? path.slice(0, cut + 1) : path.slice(0, cut);
}
