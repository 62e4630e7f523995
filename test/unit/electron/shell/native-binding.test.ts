import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBinding } from '../../../../electron/shell/native-binding';
import { tempDir } from '../../../helpers/temp';

describe('electronNativeBinding', () => {
  it('finds the Electron build in a checkout by Electron version, and in the packaged resources', () => {
    const dir = tempDir();
    const dev = join(dir, '.electron-native', '45.4.1');
    mkdirSync(dev, { recursive: true });
    writeFileSync(join(dev, 'better_sqlite3.node'), '');
    mkdirSync(join(dir, 'res', 'native'), { recursive: true });
    writeFileSync(join(dir, 'res', 'native', 'better_sqlite3.node'), '');
    const base = { resourcesPath: join(dir, 'res'), appPath: dir, electronVersion: '45.4.1' };
    expect(electronNativeBinding({ ...base, isPackaged: false })).toBe(join(dev, 'better_sqlite3.node'));
    expect(electronNativeBinding({ ...base, isPackaged: true })).toBe(join(dir, 'res', 'native', 'better_sqlite3.node'));
    expect(electronNativeBinding({ ...base, isPackaged: false, electronVersion: '46.0.0' })).toBeUndefined();
  });
});
