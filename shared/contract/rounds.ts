import { z } from 'zod';
import { returns } from './define';

export type RoundRole = 'examinator' | 'utvärderingsledare' | 'stadsledningskontoret';

export interface DeadlineView {
  readonly kind: 'individual' | 'consensus' | 'siteVisits' | 'jury';
  readonly label: string;
  readonly date: string;
}

/** One round on this computer, as the start screen lists it. */
export interface RoundSummary {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly packageTitle: string;
  /** Signed with the example key: must be shown as övningsmaterial everywhere. */
  readonly exampleMaterial: boolean;
  readonly contestantCount: number;
  /** Null until the user has said which examiner they are. */
  readonly myRole: RoundRole | null;
  /** Criteria done over criteria to assess, over my contestants; null before I have an identity. */
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly nextDeadline: DeadlineView | null;
  readonly importedAt: string;
}

export const roundChannels = {
  'round:list': returns<RoundSummary[]>()(z.object({}).strict()),
} as const;
