/**
 * How calibration's numbers and findings read, the same in the PDFs, the CLI
 * and the app's comparison screen (shared, so the screen and the kalibreringsrapport say the same).
 */
import type { ReferenceCommentMatch } from '../contract/calibration';
import { formatNumber } from '../format';
import type { Bias, CounterpartHow } from '../scoring/calibration';
import { numberText, signedText } from '../evaluation/labels';

/** "+6,0 % (för högt)", "-1,2 % (i nivå)"; "–" without compared criteria. */
export function biasText(bias: Bias): string {
  if (bias.mean === null) return '–';
  const word = bias.direction === 'high' ? 'för högt' : bias.direction === 'low' ? 'för lågt' : 'i nivå';
  return `${signedText(bias.mean)} % (${word})`;
}

export function percentText(value: number | null): string {
  return value === null ? '–' : `${numberText(value)} %`;
}

/** "+1 band", "-2 band", "samma band"; "–" unless both scored. */
export function bandDifferenceText(difference: number | null): string {
  if (difference === null) return '–';
  return difference === 0 ? 'samma band' : `${signedText(difference, 0)} band`;
}

const HOW: Record<CounterpartHow, string> = { passage: 'samma passage', pages: 'samma sida' };

/** The quiet line under a reference comment: the trainee's counterpart, or that there is none. */
export function counterpartText(match: ReferenceCommentMatch, mine: 'styrkor' | 'förbättringsområden'): string {
  if (!match.counterpart) return `Saknas bland dina ${mine}.`;
  const text = match.counterpart.text.length > 120 ? `${match.counterpart.text.slice(0, 117).trimEnd()}…` : match.counterpart.text;
  return `Motsvaras av din kommentar (${HOW[match.counterpart.how]}): "${text}"`;
}

/** "3 av 4". */
export function coveredText(covered: number, total: number): string {
  return `${formatNumber(covered)} av ${formatNumber(total)}`;
}
