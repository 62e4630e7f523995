/** The övningsomgång's bundle as entries (read once per test file), and copies with another round.json. */
import { beforeAll } from 'vitest';
import { bundleBytes } from '../helpers/bundles';
import { craftZip, entriesOf } from './zip-craft';

export function sampleBundleEntries() {
  let entries: { name: string; bytes: Buffer }[] = [];
  beforeAll(async () => {
    entries = await entriesOf(await bundleBytes());
  }, 60_000);
  return {
    /** round.json's text as signed. */
    manifestText: () => entries.find((e) => e.name === 'round.json')!.bytes.toString('utf8'),
    /** The bundle with round.json replaced by `bytes`, every other entry as it was. */
    withManifest: (bytes: Buffer) => craftZip(entries.map((e) => (e.name === 'round.json' ? { name: e.name, bytes } : e))),
  };
}
