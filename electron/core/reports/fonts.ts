/**
 * The reports' typeface: Source Sans 3 (SIL Open Font License), embedded in
 * every PDF, with DejaVu Sans (Bitstream Vera licence) for what Source Sans
 * lacks: Arabic, Hebrew and more (see layout/fallback.ts). The TTF files live
 * in resources/fonts/, which packaging copies to the app's resources folder;
 * the core is told (or finds) that folder.
 */
import { create, type Font } from 'fontkit';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appError } from '../../../shared/errors';

export const FONT_FILES = {
  regular: 'SourceSans3-Regular.ttf',
  italic: 'SourceSans3-It.ttf',
  semibold: 'SourceSans3-Semibold.ttf',
  light: 'SourceSans3-Light.ttf',
} as const;

export type FontRole = keyof typeof FONT_FILES;

/** For characters the main faces lack; one face serves every role. */
export const FALLBACK_FONT_FILE = 'DejaVuSans.ttf';

/**
 * The fonts, parsed once and shared by every report rendered with them, with
 * the words already shaped in each face: shaping (kerning, ligatures) is most
 * of a report's cost, and a batch repeats most words. Each document still
 * embeds its own subset.
 */
export interface ReportFonts {
  readonly faces: Readonly<Record<FontRole, Font>>;
  readonly fallback: Font;
  /** pdfkit's per-face layout cache (word → shaped glyph run), shared across documents. */
  readonly shaped: Record<FontRole, Record<string, unknown>>;
}

/** Bounds the shared shaping caches in long batches. */
const MAX_SHAPED_WORDS = 20_000;

export function shapingCache(fonts: ReportFonts, role: FontRole): Record<string, unknown> {
  if (Object.keys(fonts.shaped[role]).length > MAX_SHAPED_WORDS) fonts.shaped[role] = Object.create(null) as Record<string, unknown>;
  return fonts.shaped[role];
}

export function loadReportFonts(fontsDir: string): ReportFonts {
  const read = (name: string): Font => {
    const file = join(fontsDir, name);
    let font: ReturnType<typeof create>;
    try {
      font = create(readFileSync(file));
    } catch (cause) {
      throw appError('report-fonts-missing', { file }, { cause });
    }
    if (!('layout' in font)) throw appError('report-fonts-missing', { file, collection: true });
    withCharacters(font);
    return font;
  };
  const empty = () => Object.create(null) as Record<string, unknown>;
  return {
    faces: { regular: read(FONT_FILES.regular), italic: read(FONT_FILES.italic), semibold: read(FONT_FILES.semibold), light: read(FONT_FILES.light) },
    fallback: read(FALLBACK_FONT_FILE),
    shaped: { regular: empty(), italic: empty(), semibold: empty(), light: empty() },
  };
}

/**
 * fontkit keeps each glyph object it makes, with the characters it was made for, and pdfkit maps a
 * glyph back to text (ToUnicode) from that. A glyph first made as a part of another — "o" inside a
 * composite "ö", when a subset is written — has no characters, and every later document sharing the
 * font would print that letter without text behind it. Made from its character first, each keeps it.
 */
function withCharacters(font: Font): void {
  for (const codePoint of font.characterSet) {
    // Compatibility characters (ligatures ﬀ ﬁ, Arabic presentation forms, µ, no-break space) share a glyph
    // with text that shaping makes: that glyph must keep the characters shaping gives it ("ff", not "ﬀ").
    const char = String.fromCodePoint(codePoint);
    if (char.normalize('NFKC') === char) font.glyphForCodePoint(codePoint);
  }
}

/**
 * Where the fonts are: `<resourcesPath>/fonts` in the packaged app, otherwise
 * `resources/fonts` in the nearest folder above `from` (a checkout, the built
 * CLI in out/, or the sources under test).
 */
export function findFontsDir(options: { resourcesPath?: string; from?: string } = {}): string {
  const has = (dir: string) => existsSync(join(dir, FONT_FILES.regular));
  // Electron's main process sets process.resourcesPath; plain Node (CLI, tests) does not.
  const resourcesPath = 'resourcesPath' in options ? options.resourcesPath : (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath && has(join(resourcesPath, 'fonts'))) return join(resourcesPath, 'fonts');
  let dir = options.from ?? __dirname;
  for (let level = 0; level < 8; level += 1) {
    const candidate = join(dir, 'resources', 'fonts');
    if (has(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw appError('report-fonts-missing', {});
}
