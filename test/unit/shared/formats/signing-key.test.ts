import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseRoundSource, type RoundSource } from '../../../../shared/formats/round';
import { ed25519SpkiBase64 } from '../../../../shared/formats/signing-key';
import { roundSource } from '../../../helpers/samples';

const pem = (type: 'ed25519' | 'ed448' = 'ed25519') =>
  (type === 'ed448' ? generateKeyPairSync('ed448') : generateKeyPairSync('ed25519')).publicKey.export({ format: 'pem', type: 'spki' }).toString();

function parsed(edit: (source: RoundSource) => void) {
  const source = roundSource();
  edit(source);
  return parseRoundSource(source);
}

describe("examiners' signing keys in the round (examiners[].signingKey)", () => {
  it('accepts an Ed25519 public key as SPKI PEM, with or without the last newline or with CRLF, and a round without keys', () => {
    const key = pem();
    expect(ed25519SpkiBase64(key)).toMatch(/^MCowBQYDK2VwAyEA/);
    expect(ed25519SpkiBase64(key.trimEnd())).not.toBeNull();
    expect(ed25519SpkiBase64(key.replace(/\n/g, '\r\n'))).not.toBeNull();
    expect(parsed((s) => (s.examiners[0]!.signingKey = key)).ok).toBe(true);
    expect(parsed(() => undefined).ok).toBe(true);
  });

  it('refuses another kind of key, a private key, text around the key, and one key for two examiners', () => {
    const refusal = (edit: (source: RoundSource) => void) => {
      const result = parsed(edit);
      return result.ok ? 'accepted' : result.message;
    };
    const notAKey = 'ska vara en publik Ed25519-nyckel i PEM-format (-----BEGIN PUBLIC KEY-----), som Examinator sparar under Min signeringsnyckel';
    expect(refusal((s) => (s.examiners[0]!.signingKey = pem('ed448')))).toContain(notAKey);
    const privatePem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(refusal((s) => (s.examiners[0]!.signingKey = privatePem))).toContain(notAKey);
    expect(refusal((s) => (s.examiners[0]!.signingKey = `Anna:\n${pem()}`))).toContain(notAKey);
    const shared = pem();
    expect(
      refusal((s) => {
        s.examiners[0]!.signingKey = shared;
        s.examiners[1]!.signingKey = shared;
      }),
    ).toContain(`samma signeringsnyckel som examinatorn "${roundSource().examiners[0]!.id}"; varje examinator har sin egen nyckel`);
  });
});
