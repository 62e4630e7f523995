/**
 * How key fingerprints (lowercase hex SHA-256 key ids) are shown: short in
 * messages ("d03a…f248"), in full and grouped where a user must compare them.
 */
export function shortFingerprint(keyId: string): string {
  return keyId.length <= 8 ? keyId : `${keyId.slice(0, 4)}…${keyId.slice(-4)}`;
}

/** "d03a d662 2c34 …": groups of four, easy to read aloud over the phone. */
export function groupedFingerprint(keyId: string): string {
  return keyId.match(/.{1,4}/g)?.join(' ') ?? keyId;
}
