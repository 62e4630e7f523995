/**
 * Independent review (domain.md, step 3): until I have submitted my own
 * individual assessment of a contestant, the app shows me none of my
 * co-examiners' scores or comments for it — the team lead included. Only that
 * their files have arrived (author, stage, revision, date). Every channel that
 * returns received content asks `contentVisibility` first.
 */
/** Who is looking, in one round. */
export type Viewer =
  /** One of the round's examiners. */
  | { readonly kind: 'examiner'; readonly examinerId: string }
  /** Stadsledningskontoret (and the jury): assesses no one, so sees every team's results. */
  | { readonly kind: 'office' }
  /** The user has not said who they are in the round: nothing is shown. */
  | { readonly kind: 'unknown' };

/** What the gate needs from the scoring store (who I am, and whether I have submitted). */
export interface IndependenceSource {
  viewer(roundId: string): Viewer;
  isMyIndividualSubmitted(roundId: string, contestantId: string): boolean;
}

export type Visibility = { readonly visible: true } | { readonly visible: false; readonly reason: string };

const SHOWN: Visibility = { visible: true };

/**
 * Whether received content (scores, comments) for a contestant may be shown.
 * `teamMembers` is the team assessing the contestant: an examiner outside it
 * has no own assessment to protect, but sees nothing either (it is not theirs).
 */
export function contentVisibility(source: IndependenceSource, roundId: string, contestantId: string, teamMembers: ReadonlySet<string>): Visibility {
  const viewer = source.viewer(roundId);
  switch (viewer.kind) {
    case 'office':
      return SHOWN;
    case 'unknown':
      return { visible: false, reason: 'Välj först vem du är i omgången. Innan dess visas inga poäng eller kommentarer från andra.' };
    case 'examiner':
      if (!teamMembers.has(viewer.examinerId)) {
        return { visible: false, reason: 'Den tävlande bedöms av ett annat team; deras poäng och kommentarer visas inte här.' };
      }
      if (!source.isMyIndividualSubmitted(roundId, contestantId)) {
        return {
          visible: false,
          reason: 'Medbedömarnas poäng och kommentarer visas först när du har lämnat in din egen individuella bedömning.',
        };
      }
      return SHOWN;
  }
}
