/** How the evaluation's numbers read, the same in the PDF and the workbook's headings. */
import { formatNumber } from '../format';
import { AGREEMENT_LABELS, type AgreementLevel } from './model';

export const EVALUATION_TITLE = 'Utvärdering av omgången';

/** Alpha to three decimals, as Krippendorff reports it: "0,849", "-0,120"; "–" where undefined. */
export function alphaText(alpha: number | null): string {
  return alpha === null ? '–' : alpha.toFixed(3).replace('.', ',');
}

export function agreementText(level: AgreementLevel | null): string {
  return level === null ? 'Går inte att beräkna' : AGREEMENT_LABELS[level];
}

/** A number or "–". */
export function numberText(value: number | null, decimals = 1): string {
  return value === null ? '–' : formatNumber(value, decimals);
}

/** A change with its sign: "+10", "-2,5", "0"; "–" without a value. */
export function signedText(value: number | null, decimals = 1): string {
  if (value === null) return '–';
  const text = formatNumber(value, decimals);
  return text !== '0' && !text.startsWith('-') ? `+${text}` : text;
}
