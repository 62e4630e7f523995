/** A training round for tests: the övningsomgång with signed references per contestant, built with the app's own tools. */
import { createHash, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signReference } from '../../electron/core/calibration/reference-file';
import { buildCriteriaPackageFile } from '../../electron/core/packages/criteria-file';
import { allCriteria } from '../../shared/formats/criteria-package';
import type { RoundSource } from '../../shared/formats/round';
import { REFERENCE_SOURCE_FORMAT, type ReferenceSource } from '../../shared/formats/training';
import { bundleBytes, examplePrivateKey, type BundleOptions } from './bundle-bytes';
import { packageSource, roundSource, samplePath } from './samples';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export const referencePath = (contestantId: string) => `reference/${contestantId}.kvbedomning`;

/** The sample package's bytes as bundleBytes builds them (deterministic for a key). */
export const samplePackage = (key: KeyObject = examplePrivateKey()) => {
  const source = packageSource();
  const { bytes } = buildCriteriaPackageFile(source, key);
  return { bytes, sha256: sha256(bytes), package: source.package };
};

/** The first document of a contestant in the sample round, by its hash. */
export function documentSha256(contestantId: string): string {
  const contestant = roundSource().contestants.find((c) => c.id === contestantId)!;
  return sha256(readFileSync(join(samplePath.documents, contestant.documents[0]!.path.slice('documents/'.length))));
}

/**
 * A reference for every criterion of the contestant's class: the score `scoreOf(index)`, one strength with evidence on
 * page index % 30 + 1 (where completeMyAssessment puts the trainee's strength) and one improvement on page 29 − index % 30.
 */
export function referenceSource(contestantId: string, scoreOf: (index: number) => number | null = () => 50): ReferenceSource {
  const classId = roundSource().contestants.find((c) => c.id === contestantId)!.class!;
  const pkg = packageSource().package;
  const document = documentSha256(contestantId);
  const criteria = allCriteria(pkg as never)
    .map(({ criterion }) => criterion)
    .filter((c) => !c.classes || c.classes.includes(classId));
  return {
    format: REFERENCE_SOURCE_FORMAT,
    formatVersion: 1,
    round: { id: 'ku-2026-ovning' },
    contestant: { id: contestantId },
    exportedAt: '2026-08-01T10:00:00Z',
    summary: 'Referensbedömning för övning.',
    criteria: criteria.map((c, i) => ({
      criterionId: c.id,
      score: scoreOf(i),
      rationale: `Referensens motivering för ${c.id}.`,
      strengths: [{ text: `Referensens styrka för ${c.id}.`, evidence: [{ documentSha256: document, page: (i % 30) + 1, quote: `Referenscitat ${c.id}` }] }],
      improvements: [{ text: `Referensens förbättringsområde för ${c.id}.`, evidence: [{ documentSha256: document, page: 29 - (i % 30) }] }],
    })),
  };
}

/** A signed reference file from a source (default: the example key, the sample package). */
export function referenceBytes(source: unknown, key: KeyObject = examplePrivateKey()): Buffer {
  return signReference(source, Buffer.from(JSON.stringify(source)), samplePackage(key), key).bytes;
}

export interface TrainingOptions extends BundleOptions {
  /** The references by contestant (default: a reference source for both sample contestants). */
  readonly referenceFiles?: Readonly<Record<string, Buffer>>;
}

/** The övningsomgång as a training round: round.json's training lists the references, the bundle carries them. */
export function trainingBundleBytes(options: TrainingOptions = {}): Promise<Buffer> {
  const key = options.key ?? examplePrivateKey();
  const files = options.referenceFiles ?? {
    'c-solrosen': referenceBytes(referenceSource('c-solrosen'), key),
    'c-lindgarden': referenceBytes(referenceSource('c-lindgarden'), key),
  };
  return bundleBytes({
    ...options,
    editRound: (round: RoundSource) => {
      round.training = { references: Object.keys(files).map((contestant) => ({ contestant, path: referencePath(contestant) })) };
      options.editRound?.(round);
    },
    references: { ...Object.fromEntries(Object.entries(files).map(([contestant, bytes]) => [referencePath(contestant), bytes])), ...options.references },
  });
}
