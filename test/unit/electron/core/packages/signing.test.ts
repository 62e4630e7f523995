import { fingerprint } from '../../../../../shared/fingerprint';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCriteriaPackageFile, verifyCriteriaPackageBytes } from '../../../../../electron/core/packages/criteria-file';
import { generateKeyPair, keyIdOf, readPrivateKeyPem, readPublicKeyPem } from '../../../../../electron/core/packages/keys';
import { serializeDocument, signDocument, signedBytes, UntrustedKeyError } from '../../../../../electron/core/packages/signing';
import { builtInKeys, trustSet } from '../../../../../electron/core/packages/trust-store';
import { EXAMPLE_KEY_ID, packageSource, samplePath } from '../../../../helpers/samples';

const resources = join(__dirname, '../../../../../resources');
const trust = trustSet(builtInKeys(resources));
const sample = readFileSync(samplePath.package);
const examplePrivate = readPrivateKeyPem(readFileSync(samplePath.privateKey), 'private.pem');

function refusal(bytes: Buffer): { code: string; message: string } {
  try {
    verifyCriteriaPackageBytes(bytes, trust);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

describe('signed criteria packages', () => {
  it('verifies the sample byte for byte with the example key, as example material', () => {
    const verified = verifyCriteriaPackageBytes(sample, trust);
    expect(verified.signer).toMatchObject({ keyId: EXAMPLE_KEY_ID, example: true, source: 'built-in' });
    expect(verified.sha256).toBe('5c230e2676603ab0dda9cc38a116d2e37f64f03c924e08515405ef702c906144');
    expect(verified.package.id).toBe('ku-2026-exempel');
  });

  it('derives key ids as the SHA-256 of the raw public key', () => {
    expect(keyIdOf(readPublicKeyPem(readFileSync(samplePath.publicKey), 'public.pem'))).toBe(EXAMPLE_KEY_ID);
    expect(keyIdOf(examplePrivate)).toBe(EXAMPLE_KEY_ID);
  });

  it('rebuilds the sample from its source with the example key, byte for byte', () => {
    const built = buildCriteriaPackageFile(packageSource(), examplePrivate);
    expect(built.bytes.equals(sample)).toBe(true);
    expect(built.keyId).toBe(EXAMPLE_KEY_ID);
  });

  it('refuses a change to any byte of the payload (every 7th byte and every digit, ~2 700 positions)', () => {
    const original = signedBytes(JSON.parse(sample.toString('utf8')) as object);
    // All 17 566 positions take ~15 s; this spread covers every member, string and number.
    const positions = [...sample.keys()].filter((i) => i % 7 === 0 || (sample[i]! >= 0x30 && sample[i]! <= 0x39));
    expect(positions.length).toBeGreaterThan(2500);
    let refused = 0;
    let neutral = 0;
    for (const i of positions) {
      const changed = Buffer.from(sample);
      changed[i] = changed[i]! ^ 0x01;
      try {
        verifyCriteriaPackageBytes(changed, trust);
        // Accepted: then the canonical (signed) content must be exactly the original.
        expect(signedBytes(JSON.parse(changed.toString('utf8')) as object).equals(original)).toBe(true);
        neutral += 1;
      } catch {
        refused += 1;
      }
    }
    // Flipping the lowest bit never turns JSON whitespace into whitespace, so nothing may pass.
    expect(neutral).toBe(0);
    expect(refused).toBe(positions.length);
  });

  it('names the reason: a changed text is a broken signature', () => {
    const changed = Buffer.from(sample.toString('utf8').replace('"points": 75', '"points": 85'), 'utf8');
    expect(refusal(changed)).toEqual(
      expect.objectContaining({
        code: 'signature-invalid',
        message:
          'Signaturen i kriteriepaketet stämmer inte (nyckel d03a d662 2c34 aeb4): innehållet har ändrats efter att det signerades. Be avsändaren om en ny fil.',
      }),
    );
  });

  it('refuses a package signed with another key, naming its fingerprint', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const bytes = buildCriteriaPackageFile(packageSource(), privateKey).bytes;
    const error = refusal(bytes);
    expect(error).toBeInstanceOf(UntrustedKeyError);
    const id = keyIdOf(privateKey);
    expect(error.message).toBe(
      `Filen är signerad med en nyckel som inte är betrodd (fingeravtryck ${fingerprint(id)}). Kontrollera med stadsledningskontoret innan du litar på den.`,
    );
  });

  it('refuses a raised formatVersion (even correctly signed) as a newer format', () => {
    const raised = signDocument({ ...packageSource(), formatVersion: 2 }, examplePrivate);
    expect(refusal(serializeDocument(raised))).toEqual(
      expect.objectContaining({ code: 'format-version-newer', message: expect.stringContaining('läser formatversion 1') }),
    );
    const unsigned = Buffer.from(sample.toString('utf8').replace('"formatVersion": 1', '"formatVersion": 2'));
    expect(refusal(unsigned).code).toBe('format-version-newer');
  });

  it('refuses another algorithm, a missing signature and a malformed one', () => {
    const document = JSON.parse(sample.toString('utf8')) as Record<string, unknown> & { signature: Record<string, string> };
    const withAlg = { ...document, signature: { ...document.signature, alg: 'RS256' } };
    expect(refusal(serializeDocument(withAlg)).message).toBe(
      'Kriteriepaketet har en signatur med algoritmen "RS256"; Examinator godtar bara Ed25519.',
    );
    const { signature: _s, ...unsigned } = document;
    expect(refusal(serializeDocument(unsigned)).code).toBe('signature-missing');
    expect(refusal(serializeDocument({ ...document, signature: 'x' })).code).toBe('signature-malformed');
  });

  it('refuses a valid signature over an invalid package, naming the rule', () => {
    const source = packageSource();
    source.package.areas[1]!.criteria[0]!.scale = 'okand';
    const signed = signDocument(source, examplePrivate);
    expect(refusal(serializeDocument(signed)).message).toBe(
      'Kriteriepaketet är ogiltigt: kriteriet 2.1, fältet "scale": skalan "okand" finns inte i paketet.',
    );
  });

  it('refuses what is not UTF-8 JSON', () => {
    expect(refusal(Buffer.from([0xff, 0xfe, 0x00])).code).toBe('json-not-utf8');
    expect(refusal(Buffer.from('%PDF-1.7')).code).toBe('json-invalid');
  });
});

describe('PEM keys', () => {
  it('reads a generated pair and refuses keys of the wrong kind', () => {
    const pair = generateKeyPair();
    expect(keyIdOf(readPublicKeyPem(Buffer.from(pair.publicPem), 'public.pem'))).toBe(pair.keyId);
    expect(() => readPublicKeyPem(Buffer.from(pair.privatePem), 'private.pem')).toThrow(/"private.pem" är en privat nyckel/);
    expect(() => readPrivateKeyPem(Buffer.from(pair.publicPem), 'public.pem')).toThrow(/ingen privat nyckel i PEM-format/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'pem', type: 'spki' });
    expect(() => readPublicKeyPem(Buffer.from(rsa), 'rsa.pem')).toThrow(/"rsa.pem" är en rsa-nyckel; Examinator använder bara Ed25519-nycklar/);
    const encrypted = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'x' });
    expect(() => readPrivateKeyPem(Buffer.from(encrypted), 'skyddad.pem')).toThrow(/lösenordsskyddad/);
    expect(() => readPublicKeyPem(Buffer.from('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'), 'trasig.pem')).toThrow(/kunde inte läsas/);
  });
});
