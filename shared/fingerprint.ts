/**
 * How a key fingerprint is shown, the same way everywhere (app, CLI, PDFs;
 * formats.md "Examiners' signing keys in the round"): the first 16 hex
 * characters of the key id (lowercase hex SHA-256 of the raw public key) in
 * groups of four, "d03a d662 2c34 aeb4" — easy to read aloud over the phone.
 */
export function fingerprint(keyId: string): string {
  return keyId.slice(0, 16).match(/.{1,4}/g)?.join(' ') ?? keyId;
}
