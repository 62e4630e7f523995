/**
 * Evidence anchors against the stored text: made from a viewer selection,
 * and found again later — at the same page/paragraph, moved, or lost (never
 * silently dropped).
 */
import type { ResolvedAnchor, UnitKind } from '../../../shared/contract/documents';
import { findQuote, UnitStream } from '../../../shared/documents/anchors';
import { foldText, normaliseWhitespace } from '../../../shared/documents/text';
import type { EvidenceAnchor } from '../../../shared/domain/assessment';
import { appError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { documentUnits, getDocument } from './repository';

function locationOf(kind: UnitKind, unit: number): { page: number } | { paragraph: number } {
  return kind === 'page' ? { page: unit } : { paragraph: unit };
}

function unitOfAnchor(anchor: EvidenceAnchor): number {
  return anchor.page ?? anchor.paragraph ?? 0;
}

export interface SelectionInput {
  readonly documentSha256: string;
  readonly unit: number;
  readonly selectedText: string;
  readonly before?: string | undefined;
}

/** Cuts quote, prefix and suffix for a selection from the stored text of its page/paragraph. */
export function anchorFromSelection(db: Db, input: SelectionInput): EvidenceAnchor {
  const document = getDocument(db, input.documentSha256);
  const stream = new UnitStream(documentUnits(db, input.documentSha256));
  const own = stream.rangeOf(input.unit);
  const selected = normaliseWhitespace(input.selectedText);
  if (!own || foldText(selected, true).folded === '') {
    throw appError('anchor-empty');
  }
  const inOwnUnit = (at: number) => at >= own[0] && at <= own[1];
  const range = findQuote(stream.folded, { quote: selected, prefix: input.before ?? '' }, { preferred: inOwnUnit });
  if (!range) {
    throw appError('anchor-not-found');
  }
  const text = stream.anchorText(range);
  return {
    documentSha256: document.sha256,
    ...locationOf(document.unitKind, stream.unitAt(range[0])),
    quote: text.quote,
    ...(text.prefix ? { prefix: text.prefix } : {}),
    ...(text.suffix ? { suffix: text.suffix } : {}),
  };
}

const LOST_QUOTE = 'Det citerade stycket finns inte längre i dokumentet.';
const LOST_DOCUMENT = 'Dokumentet finns inte på den här datorn.';

/**
 * Finds each anchor again in `target` (default: its own document). A stored
 * page/paragraph is kept when the quote is still there; when context points
 * elsewhere the anchor moves; without a quote only the number can be checked.
 */
export function resolveAnchors(db: Db, anchors: readonly EvidenceAnchor[], target?: string): ResolvedAnchor[] {
  const streams = new Map<string, { stream: UnitStream; kind: UnitKind } | null>();
  const load = (sha: string) => {
    if (!streams.has(sha)) {
      const exists = db.prepare('SELECT unit_kind FROM documents WHERE sha256 = ?').pluck().get(sha) as UnitKind | undefined;
      streams.set(sha, exists ? { stream: new UnitStream(documentUnits(db, sha)), kind: exists } : null);
    }
    return streams.get(sha)!;
  };
  return anchors.map((anchor): ResolvedAnchor => {
    const sha = target ?? anchor.documentSha256;
    const loaded = load(sha);
    const stored = unitOfAnchor(anchor);
    if (!loaded) return { status: 'lost', unit: null, anchor, reason: LOST_DOCUMENT };
    const { stream, kind } = loaded;
    if (!anchor.quote) {
      const exists = stream.rangeOf(stored) !== null;
      return exists ? { status: 'found', unit: stored, anchor } : { status: 'lost', unit: null, anchor, reason: 'Sidan finns inte i dokumentet.' };
    }
    const own = stream.rangeOf(stored);
    const range = findQuote(stream.folded, { quote: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix }, { preferred: (at) => !!own && at >= own[0] && at <= own[1] });
    if (!range) return { status: 'lost', unit: null, anchor, reason: LOST_QUOTE };
    const unit = stream.unitAt(range[0]);
    const sameDocument = sha === anchor.documentSha256;
    if (unit === stored && sameDocument && (anchor.page !== undefined) === (kind === 'page')) return { status: 'found', unit, anchor };
    const text = stream.anchorText(range);
    const { page: _page, paragraph: _paragraph, ...rest } = anchor;
    const moved: EvidenceAnchor = { ...rest, documentSha256: sha, ...locationOf(kind, unit), prefix: text.prefix, suffix: text.suffix };
    return { status: unit === stored ? 'found' : 'moved', unit, anchor: moved };
  });
}
