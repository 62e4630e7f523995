import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputFile, prepareOutputFolder, writeOutputFile } from '../../../../electron/cli/output-file';
import { tempDir } from '../../../helpers/temp';

const codeOf = (write: () => unknown) => {
  try {
    write();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'written';
};

describe('the CLI output writer', () => {
  it('writes a new file whole with the given mode, and leaves no temporary file', () => {
    const dir = tempDir();
    const path = writeOutputFile(join(dir, 'private.pem'), Buffer.from('hemlig'), { mode: 0o600 });
    expect(readFileSync(path, 'utf8')).toBe('hemlig');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['private.pem']);
  });

  it('replaces an existing file only with force, and never an input, a link, a folder or in a missing folder', () => {
    const dir = tempDir();
    const file = join(dir, 'ut.pdf');
    writeFileSync(file, 'gammal');
    expect(codeOf(() => writeOutputFile(file, Buffer.from('ny')))).toBe('out-exists');
    expect(codeOf(() => writeOutputFile(file, Buffer.from('ny'), { force: true, inputs: [join(dir, '.', 'ut.pdf')] }))).toBe('out-is-input');
    symlinkSync(file, join(dir, 'lank.pdf'));
    expect(codeOf(() => writeOutputFile(join(dir, 'lank.pdf'), Buffer.from('ny'), { force: true }))).toBe('out-is-symlink');
    expect(codeOf(() => writeOutputFile(dir, Buffer.from('ny'), { force: true }))).toBe('out-is-folder');
    expect(codeOf(() => writeOutputFile(join(dir, 'saknas', 'x.pdf'), Buffer.from('ny')))).toBe('out-folder-missing');
    expect(readFileSync(file, 'utf8')).toBe('gammal');
    writeOutputFile(file, Buffer.from('ny'), { force: true, inputs: [join(dir, 'annan.json')] });
    expect(readFileSync(file, 'utf8')).toBe('ny');
    expect(readdirSync(dir).sort()).toEqual(['lank.pdf', 'ut.pdf']);
    expect(checkOutputFile(join(dir, 'ny.pdf'))).toBe(join(dir, 'ny.pdf'));
  });

  it('prepares an output folder: made when asked, a file refused', () => {
    const dir = tempDir();
    expect(prepareOutputFolder(join(dir, 'a', 'b'), { create: true })).toBe(join(dir, 'a', 'b'));
    expect(codeOf(() => prepareOutputFolder(join(dir, 'c'), { create: false }))).toBe('out-folder-missing');
    writeFileSync(join(dir, 'fil'), '');
    expect(codeOf(() => prepareOutputFolder(join(dir, 'fil'), { create: true }))).toBe('out-not-folder');
    mkdirSync(join(dir, 'd'));
    expect(prepareOutputFolder(join(dir, 'd'), { create: false })).toBe(join(dir, 'd'));
  });
});
