/**
 * Characters the report's typeface lacks. pdfkit draws a missing glyph as an
 * empty box; instead, every text drawn is split into runs by which face has
 * the glyph — the style's own face, else the fallback face (DejaVu Sans) —
 * and what neither has is collected, so the report can say so.
 */
import type { Font } from 'fontkit';

export interface FontRun {
  readonly text: string;
  readonly fallback: boolean;
}

/** Spaces, controls and joiners belong to the run around them. */
const NEUTRAL = /[\s\p{Cc}\p{Cf}]/u;

export class GlyphCoverage {
  readonly missing = new Set<string>();
  private readonly known = new Map<Font, Map<number, boolean>>();

  constructor(private readonly fallback: Font) {}

  private has(font: Font, codePoint: number): boolean {
    let cache = this.known.get(font);
    if (!cache) this.known.set(font, (cache = new Map()));
    let has = cache.get(codePoint);
    if (has === undefined) cache.set(codePoint, (has = font.hasGlyphForCodePoint(codePoint)));
    return has;
  }

  /** `text` in runs of the main face and the fallback; characters neither has stay in the main face's runs. */
  runs(text: string, main: Font): FontRun[] {
    const runs: { text: string; fallback: boolean }[] = [];
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      let fallback = runs.at(-1)?.fallback ?? false;
      if (!NEUTRAL.test(char) && !this.has(main, codePoint)) {
        fallback = this.has(this.fallback, codePoint);
        if (!fallback) this.missing.add(char);
      } else if (!NEUTRAL.test(char)) {
        fallback = false;
      }
      const last = runs.at(-1);
      if (last && last.fallback === fallback) last.text += char;
      else runs.push({ text: char, fallback });
    }
    return runs;
  }
}

/** The Swedish warning for characters no embedded face has, or null. */
export function missingGlyphsWarning(missing: ReadonlySet<string>): string | null {
  if (missing.size === 0) return null;
  const shown = [...missing].slice(0, 12);
  const codes = shown.map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  const more = missing.size > shown.length ? ` och ${missing.size - shown.length} till` : '';
  return `Rapporten innehåller tecken som typsnitten saknar och som visas som tomma rutor: ${shown.join(' ')} (${codes.join(', ')})${more}.`;
}
