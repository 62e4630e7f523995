/**
 * A prize entry is assessed in writing per aspect, without points (formats.md
 * "Prizes without scores"). The aspects of every prize a contestant enters are
 * rows of the contestant's own assessment, beside the criteria of its class,
 * so independence, export, consensus, submit and the change log hold for them
 * as for any criterion. A row names an aspect by a key that no criterion id
 * can take (ids never contain a colon): `prize:<prizeId>:<aspectId>`.
 */
import { z } from 'zod';
import type { Prize } from '../formats/prizes';
import { plainId } from './ids';

const ID = '[A-Za-z0-9][A-Za-z0-9._-]{0,63}';
const ASPECT_KEY = new RegExp(`^prize:(${ID}):(${ID})$`);

export interface AspectRef {
  readonly prizeId: string;
  readonly aspectId: string;
}

export function aspectKey(prizeId: string, aspectId: string): string {
  return `prize:${prizeId}:${aspectId}`;
}

/** The prize and aspect a row key names; null for a criterion's id. */
export function parseAspectKey(key: string): AspectRef | null {
  const match = ASPECT_KEY.exec(key);
  return match ? { prizeId: match[1]!, aspectId: match[2]! } : null;
}

export const isAspectKey = (key: string): boolean => ASPECT_KEY.test(key);

/** A row of an assessment: a criterion's id or a prize aspect's key (IPC arguments that take either). */
export const rowKey = z.union([plainId, z.string().max(140).regex(ASPECT_KEY, 'ogiltig prisaspekt')]);

/** One aspect of a prize as the desk, the consensus and the reports show it. */
export interface AspectDefinition {
  readonly key: string;
  readonly prizeId: string;
  readonly aspectId: string;
  readonly title: string;
  readonly description: string;
}

/** A prize the contestant takes part in, with its aspects in the round's order. */
export interface PrizeSection {
  readonly prizeId: string;
  readonly title: string;
  readonly description: string;
  readonly aspects: readonly AspectDefinition[];
}

/** The sections of the prizes a contestant enters, in the round's order of prizes. */
export function prizeSections(prizes: readonly Prize[], entered: readonly string[]): PrizeSection[] {
  return prizes
    .filter((prize) => entered.includes(prize.id))
    .map((prize) => ({
      prizeId: prize.id,
      title: prize.title,
      description: prize.description,
      aspects: prize.aspects.map((aspect) => ({
        key: aspectKey(prize.id, aspect.id),
        prizeId: prize.id,
        aspectId: aspect.id,
        title: aspect.title,
        description: aspect.description,
      })),
    }));
}

/** Every aspect of the sections, in order. */
export const sectionAspects = (sections: readonly PrizeSection[]): AspectDefinition[] => sections.flatMap((s) => s.aspects);

/** A prize's everyday name: its title before a dash ("Framsteget – Stockholms stads pris för nyskapande" → "Framsteget"). */
export const prizeShortTitle = (title: string): string => title.split(/\s[–—-]\s/)[0]!.trim();

/** An aspect as people name it: "Framsteget: Nytt". */
export function aspectLabel(sections: readonly PrizeSection[], aspect: AspectRef & { readonly title: string }): string {
  const prize = sections.find((s) => s.prizeId === aspect.prizeId);
  return `${prize ? prizeShortTitle(prize.title) : aspect.prizeId}: ${aspect.title}`;
}

/** What a progress count counts: "kriterier", "aspekter" or "kriterier och aspekter". */
export function rowsNoun(criteria: number, aspects: number): string {
  if (aspects === 0) return 'kriterier';
  return criteria === 0 ? 'aspekter' : 'kriterier och aspekter';
}
