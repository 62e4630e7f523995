import { basename } from 'node:path';

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/** A name safe to create in any folder on Windows, macOS and Linux. */
export function safeFileName(name: string, fallback = 'fil'): string {
  const cleaned = basename(name.replace(/\\/g, '/')).replace(UNSAFE, '_').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? fallback : cleaned;
}
