import { load } from 'js-yaml';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPENABLE_EXTENSIONS, openablePaths } from '../../../../electron/shell/opened-files';
import { tempDir } from '../../../helpers/temp';

function folderWith(names: readonly string[]): string {
  const dir = tempDir();
  for (const name of names) writeFileSync(join(dir, name), 'x');
  return dir;
}

describe('openablePaths (argv → files to open)', () => {
  it('keeps the existing .kvpaket, .kvomgang and .kvbedomning files, in order', () => {
    const dir = folderWith(['ku-2027.kvpaket', 'ku-2027.kvomgang', 'anna.kvbedomning', 'semester.jpg']);
    const args = [join(dir, 'ku-2027.kvomgang'), join(dir, 'semester.jpg'), join(dir, 'anna.kvbedomning'), join(dir, 'ku-2027.kvpaket')];
    expect(openablePaths(args, '/')).toEqual([join(dir, 'ku-2027.kvomgang'), join(dir, 'anna.kvbedomning'), join(dir, 'ku-2027.kvpaket')]);
  });

  it('leaves out files that do not exist, folders with a file-like name, and switches', () => {
    const dir = folderWith(['finns.kvomgang']);
    mkdirSync(join(dir, 'mapp.kvpaket'));
    const args = ['--allow-file-access-from-files', '--original-process-start-time=1234', '-psn_0_1', join(dir, 'borta.kvomgang'), join(dir, 'mapp.kvpaket'), join(dir, 'finns.kvomgang'), ''];
    expect(openablePaths(args, '/')).toEqual([join(dir, 'finns.kvomgang')]);
  });

  it('takes a relative path from the instance’s working directory, and names each file once', () => {
    const dir = folderWith(['Anna.KVBEDOMNING']);
    expect(openablePaths(['Anna.KVBEDOMNING', './Anna.KVBEDOMNING', join(dir, 'Anna.KVBEDOMNING')], dir)).toEqual([join(dir, 'Anna.KVBEDOMNING')]);
    expect(openablePaths(['Anna.KVBEDOMNING'], tempDir())).toEqual([]);
  });

  it('ignores what the app itself is started with: its folder, its main script, no extension', () => {
    const dir = folderWith(['main.js', 'kvomgang']);
    expect(openablePaths(['.', join(dir, 'main.js'), join(dir, 'kvomgang')], dir)).toEqual([]);
  });

  it('opens every extension the packages associate with the app', () => {
    const builder = load(readFileSync(join(__dirname, '../../../../electron-builder.yml'), 'utf8')) as { fileAssociations: { ext: string }[] };
    const associated = builder.fileAssociations.map((association) => association.ext);
    expect(associated.sort()).toEqual(['kvbedomning', 'kvomgang', 'kvpaket']);
    for (const ext of associated) expect(OPENABLE_EXTENSIONS).toContain(ext);
  });
});
