/**
 * A round whose examiners' signing keys are registered in round.json
 * (`examiners[].signingKey`), and a forged copy of a team file: the attack of
 * issue 13 — the lead's site-visit file re-signed with another key, every
 * score 0, no nomination, revision 99.
 */
import type { KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicPemOf } from '../../electron/core/packages/keys';
import { readRoundBundle } from '../../electron/core/rounds/round-bundle-read';
import { serializeDocument, signDocument } from '../../electron/core/packages/signing';
import { bundleBytes, exampleTrust } from './bundles';
import { examinerKey, type FileContext } from './reports/source';
import { tempDir } from './temp';

type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- the forgery edits anything

/** The övningsomgång with every examiner's key (examinerKey) registered; written to a temp file. */
export async function registeredRound(): Promise<{ path: string; context: FileContext }> {
  const path = join(tempDir(), 'registrerad.kvomgang');
  writeFileSync(path, await bundleBytes({ editRound: (round) => round.examiners.forEach((e) => (e.signingKey = publicPemOf(examinerKey(e.id)))) }));
  const { manifest } = await readRoundBundle(path, exampleTrust());
  return {
    path,
    context: {
      roundId: manifest.round.id,
      criteriaPackage: manifest.criteriaPackage,
      documents: Object.fromEntries(manifest.contestants.map((c) => [c.id, c.documents[0]!.sha256])),
    },
  };
}

/** A genuine team file's content, every score 0, no nomination, revision 99, signed again with `key`. */
export function forgedCopy(genuine: Buffer, key: KeyObject): Buffer {
  const file = JSON.parse(genuine.toString('utf8')) as Json;
  const { signature: _genuine, ...content } = file;
  for (const criterion of content.criteria) {
    criterion.score = 0;
    if (criterion.siteVisit) criterion.siteVisit = { ...criterion.siteVisit, scoreAfter: 0, note: criterion.siteVisit.note || 'Platsbesöket visade brister.' };
  }
  content.team.recommendation = { ...content.team.recommendation, nomination: null, citation: '' };
  content.revision = 99;
  content.author.publicKey = publicPemOf(key);
  return serializeDocument(signDocument(content, key));
}
