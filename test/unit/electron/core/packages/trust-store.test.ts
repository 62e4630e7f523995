import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInKeys, exampleKeyIds } from '../../../../../electron/core/packages/trust-store';
import { RESOURCES } from '../../../../helpers/bundles';
import { EXAMPLE_KEY_ID } from '../../../../helpers/samples';
import { tempDir } from '../../../../helpers/temp';

describe('shipped trusted keys', () => {
  it('ships the example key, marked as the example key', () => {
    expect(builtInKeys(RESOURCES).map((k) => [k.keyId, k.example, k.source])).toEqual([[EXAMPLE_KEY_ID, true, 'built-in']]);
    expect([...exampleKeyIds(RESOURCES)]).toEqual([EXAMPLE_KEY_ID]);
  });

  it('fails loudly when the manifest does not match its key file (a packaging fault)', () => {
    const resources = tempDir();
    cpSync(join(RESOURCES, 'trusted-keys'), join(resources, 'trusted-keys'), { recursive: true });
    const manifest = { keys: [{ file: 'exempelnyckel.pem', label: 'X', example: false, keyId: 'e'.repeat(64) }] };
    writeFileSync(join(resources, 'trusted-keys', 'manifest.json'), JSON.stringify(manifest));
    expect(() => builtInKeys(resources)).toThrow(/does not match the manifest/);
  });
});
