/**
 * The desk's rows: the criteria of the contestant's class, then the aspects
 * of every prize it enters (keyed `prize:<prize>:<aspect>`), in that order.
 * Moving, progress and announcements go through these so aspects are never
 * forgotten and never shown by their keys.
 */
import { aspectLabel, parseAspectKey, sectionAspects, type AspectDefinition, type PrizeSection } from '../../../shared/domain/prize-aspects';
import type { DeskContext } from './desk-store';

type Rows = Pick<DeskContext, 'criteria' | 'prizes'>;

/** Every row's key, in the desk's order. */
export const rowKeys = (context: Rows): string[] => [...context.criteria.map((c) => c.id), ...sectionAspects(context.prizes).map((a) => a.key)];

/** The prize and aspect a row is, or null for a criterion. */
export function aspectAt(context: Pick<DeskContext, 'prizes'>, key: string): { section: PrizeSection; aspect: AspectDefinition } | null {
  const ref = parseAspectKey(key);
  const section = ref && context.prizes.find((p) => p.prizeId === ref.prizeId);
  const aspect = section?.aspects.find((a) => a.aspectId === ref!.aspectId);
  return section && aspect ? { section, aspect } : null;
}

/** How a row is named in short (evidence targets, the viewer's labels): "2.3" or "Framsteget: Nytt". */
export function rowName(context: Pick<DeskContext, 'prizes'>, key: string): string {
  const found = aspectAt(context, key);
  return found ? aspectLabel(context.prizes, found.aspect) : key;
}

/** How a row is named in full (announcements): "2.3 Uppföljning, analys …" or "Framsteget: Nytt". */
export function rowTitle(context: Rows, key: string): string {
  const criterion = context.criteria.find((c) => c.id === key);
  return criterion ? `${criterion.id} ${criterion.title}` : rowName(context, key);
}
