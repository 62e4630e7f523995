/** Keys of the desk's pieces of state: text drafts and evidence anchors. */
import type { EvidenceAnchor } from '../../../shared/domain/assessment';

/** A draft being typed: a comment's text, or a criterion's private note. */
export const noteKey = (criterionId: string) => `note:${criterionId}`;

/** One anchor, however its members were ordered when it was stored. */
export const anchorKey = (a: EvidenceAnchor) => [a.documentSha256, a.page ?? '', a.paragraph ?? '', a.quote ?? '', a.prefix ?? '', a.suffix ?? ''].join('\u0000');

/** A highlight in the viewer: the comment and the anchor's place on it. */
export const highlightId = (commentId: string, index: number) => `${commentId}#${index}`;
