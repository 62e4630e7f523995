import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface PackagingConfig {
  win: { target: { target: string }[] };
  mac: { target: { target: string }[] };
  linux: { target: string[] };
  fileAssociations: { ext: string }[];
  electronFuses: Record<string, boolean>;
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  directories: { buildResources: string };
}

const root = join(__dirname, '../..');
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as PackagingConfig;

describe('electron-builder.yml', () => {
  it('is valid against the schema shipped inside app-builder-lib', () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('builds Windows (NSIS, portable), macOS (dmg) and Linux (AppImage, deb)', () => {
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.mac.target.map((t: { target: string }) => t.target)).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('has the app icon in its build resources: a square PNG of at least 512 px (macOS needs 512, Windows 256)', () => {
    const icon = join(root, config.directories.buildResources, 'icon.png');
    expect(existsSync(icon), icon).toBe(true);
    const png = readFileSync(icon);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
  });

  it('associates the three exchange formats with the app', () => {
    expect(config.fileAssociations.map((a: { ext: string }) => a.ext).sort()).toEqual(['kvbedomning', 'kvomgang', 'kvpaket']);
  });

  it('sets the security fuses and leaves native modules unpacked, never rebuilt by the packager', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
  });
});
