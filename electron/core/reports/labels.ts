/** The Swedish words and number forms the reports print, in one place. */
import type { Nomination, Stage } from '../../../shared/domain/assessment';
import { NOMINATION_LABELS } from '../../../shared/contract/exchange';
import { formatNumber } from '../../../shared/format';
import type { ReportEvidence, ReportScale } from './model';

const NBSP = '\u00a0';

/** Between a number and its title ("2.3 Uppföljning …"): a figure space, since Source Sans 3 has no en space. */
export const NUMBER_GAP = '\u2007';

export const stageLabel: Record<Stage, string> = {
  individual: 'Individuell bedömning',
  consensus: 'Teamets konsensus',
  'site-visit': 'Konsensus efter platsbesök',
};

/** Printed on the title page and every page's footer of a report made from example material. */
export const EXAMPLE_BANNER = 'Övningsmaterial — signerat med exempelnyckeln';

/** Printed on every page of a report built from one examiner's assessment. */
export const INDIVIDUAL_MARK = 'Individuell bedömning — inte teamets konsensus';

export function nominationText(nomination: Nomination | null): string {
  return nomination === null ? 'Inte angiven' : NOMINATION_LABELS[nomination];
}

export function yesNo(value: boolean | null): string {
  return value === null ? 'Inte angivet' : value ? 'Ja' : 'Nej';
}

/** "s. 12" for a PDF page, "§ 42" for a DOCX paragraph. */
export function evidenceLabel(evidence: ReportEvidence): string {
  if (evidence.page !== undefined) return `s.${NBSP}${evidence.page}`;
  if (evidence.paragraph !== undefined) return `§${NBSP}${evidence.paragraph}`;
  return '';
}

/** "70 %" on a percentage scale, "3" on a plain one. */
export function scoreText(score: number, scale: Pick<ReportScale, 'unit'>): string {
  return scale.unit ? `${formatNumber(score)}${NBSP}${scale.unit}` : formatNumber(score);
}

/** "52,5 p". */
export function pointsText(points: number): string {
  return `${formatNumber(points)}${NBSP}p`;
}

/** "52,5 av 75 p". */
export function pointsOfText(points: number, available: number): string {
  return `${formatNumber(points)} av ${formatNumber(available)}${NBSP}p`;
}

/** "Anna Lind (utvärderingsledare)". */
export function examinerText(examiner: { name: string; role: 'lead' | 'member' }): string {
  return examiner.role === 'lead' ? `${examiner.name} (utvärderingsledare)` : examiner.name;
}

/** `{ banner }` for the title page and the running frame when the round is example material. */
export function exampleBanner(round: { readonly exampleMaterial: boolean }): { banner?: string } {
  return round.exampleMaterial ? { banner: EXAMPLE_BANNER } : {};
}
