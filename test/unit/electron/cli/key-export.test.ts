import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/program';
import { installationIdentity } from '../../../../electron/core/exchange/identity';
import { fileSecretStore } from '../../../../electron/core/secrets-file';
import { fingerprint } from '../../../../shared/fingerprint';
import { tempDir } from '../../../helpers/temp';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('examinator key export', () => {
  it("writes the data folder's public signing key as PEM, never overwrites, and never makes a key", async () => {
    const dataDir = tempDir();
    const out = join(tempDir(), 'anna.pem');
    const none = await cli('key', 'export', '--data-dir', dataDir, '--out', out);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/^Fel: Det finns ingen signeringsnyckel i datamappen .*; i det installerade programmet sparar du den under Inställningar → Min signeringsnyckel\.$/);
    expect(existsSync(out)).toBe(false);

    const identity = await installationIdentity(fileSecretStore(join(dataDir, 'secrets')));
    const made = await cli('key', 'export', '--data-dir', dataDir, '--out', out);
    expect(made.code).toBe(0);
    expect(made.out).toBe(`Den publika nyckeln är sparad i ${out} (fingeravtryck ${fingerprint(identity.keyId)}). Skicka den till stadsledningskontoret.`);
    expect(readFileSync(out, 'utf8')).toBe(identity.publicKeyPem);

    const again = await cli('key', 'export', '--data-dir', dataDir, '--out', out);
    expect(again.code).toBe(1);
    expect(again.err).toContain('finns redan; en befintlig fil skrivs aldrig över');
  });
});
