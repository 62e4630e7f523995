import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, findFontsDir, loadReportFonts } from '../../../../../electron/core/reports/fonts';
import { tempDir } from '../../../../helpers/temp';

const repository = join(__dirname, '../../../../..');
const shipped = join(repository, 'resources/fonts');

describe('report fonts', () => {
  it('ships Source Sans 3 byte for byte as the pinned npm package has it, with its licence', () => {
    for (const file of Object.values(FONT_FILES)) {
      expect(readFileSync(join(shipped, file)).equals(readFileSync(join(repository, 'node_modules/source-sans/TTF', file)))).toBe(true);
    }
    expect(readFileSync(join(shipped, 'SourceSans3-LICENSE.md'), 'utf8')).toContain('SIL Open Font License, Version 1.1');
  });

  it('covers Swedish and the typographic characters the reports print', () => {
    const fonts = loadReportFonts(shipped);
    for (const font of Object.values(fonts.faces)) {
      for (const char of 'åäöÅÄÖéü–—”’•·§Δ…\u00a0\u2007') expect(font.hasGlyphForCodePoint(char.codePointAt(0)!), char).toBe(true);
    }
  });

  it('finds the fonts in the packaged resources first, then in resources/fonts above a folder', () => {
    const packaged = tempDir();
    mkdirSync(join(packaged, 'fonts'));
    copyFileSync(join(shipped, FONT_FILES.regular), join(packaged, 'fonts', FONT_FILES.regular));
    expect(findFontsDir({ resourcesPath: packaged, from: __dirname })).toBe(join(packaged, 'fonts'));
    expect(findFontsDir({ from: join(repository, 'out/main') })).toBe(shipped);
    expect(findFontsDir({ resourcesPath: tempDir(), from: __dirname })).toBe(shipped);
  });

  it('says in Swedish when the fonts are missing', () => {
    expect(() => findFontsDir({ from: tempDir() })).toThrow(/Typsnitten för rapporterna hittades inte/);
    expect(() => loadReportFonts(tempDir())).toThrow(expect.objectContaining({ code: 'report-fonts-missing' }));
  });
});
