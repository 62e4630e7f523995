/**
 * The jury's decision file (`.kvbeslut`): built and signed with
 * stadsledningskontoret's key (as packages and rounds are), verified with the
 * same trust, then checked against its round — the round itself, its package,
 * its classes and prizes, and that the example key never speaks for a real
 * round.
 */
import type { KeyObject } from 'node:crypto';
import { AppError, appError } from '../../../shared/errors';
import { fingerprint } from '../../../shared/fingerprint';
import { checkHeader } from '../../../shared/formats/common';
import {
  DECISION_FORMAT,
  MAX_DECISION_FILE_BYTES,
  parseDecisionFile,
  parseUnsignedDecisionFile,
  type DecisionFile,
  type UnsignedDecisionFile,
} from '../../../shared/formats/jury-decision';
import { formatMegabytes } from '../../../shared/format';
import type { RoundManifest } from '../../../shared/formats/round';
import { sha256Of } from '../packages/criteria-file';
import { parseJsonBytes } from '../packages/json-bytes';
import { keyIdOf } from '../packages/keys';
import { serializeDocument, signDocument, verifyDocument } from '../packages/signing';
import type { TrustedKey, TrustSet } from '../packages/trust-store';

export interface VerifiedDecision {
  readonly bytes: Buffer;
  readonly sha256: string;
  readonly file: DecisionFile;
  readonly signer: TrustedKey;
}

/** Size, strict JSON, header, signature with a trusted key, then structure and rules. */
export function verifyDecisionBytes(bytes: Buffer, trust: TrustSet): VerifiedDecision {
  if (bytes.length > MAX_DECISION_FILE_BYTES) {
    throw appError('decision-too-large', { max: formatMegabytes(MAX_DECISION_FILE_BYTES) });
  }
  const json = parseJsonBytes(bytes, 'Beslutsfilen');
  const refusal = checkHeader(json, DECISION_FORMAT, 'ett beslut från domarkommittén (.kvbeslut)');
  if (refusal) throw new AppError(refusal.code, refusal.message);
  const signer = verifyDocument(json as object, trust, 'beslutsfilen');
  const parsed = parseDecisionFile(json);
  if (!parsed.ok) throw new AppError(parsed.code, parsed.message);
  return { bytes, sha256: sha256Of(bytes), file: parsed.value, signer };
}

/** Validates the content and signs it; the output is what `verifyDecisionBytes` accepts. */
export function buildDecisionFile(content: UnsignedDecisionFile, privateKey: KeyObject): { bytes: Buffer; keyId: string } {
  const parsed = parseUnsignedDecisionFile(content);
  if (!parsed.ok) throw new AppError(parsed.code, parsed.message);
  return { bytes: serializeDocument(signDocument(parsed.value, privateKey)), keyId: keyIdOf(privateKey) };
}

/** What a decision is checked against: the round as this computer (or the CLI's bundle) holds it. */
export interface DecisionRound {
  readonly id: string;
  /** The round was signed with the example key (övningsmaterial). */
  readonly example: boolean;
  readonly packageId: string;
  readonly packageRevision: number;
  readonly packageSha256: string;
  /** Per class id of the scored award, its contestants' ids in the round's order. */
  readonly classes: ReadonlyMap<string, readonly string[]>;
  /** Per prize id, the contestants taking part in it. */
  readonly prizes: ReadonlyMap<string, readonly string[]>;
  readonly contestantNames: ReadonlyMap<string, string>;
}

interface RoundContestant {
  readonly id: string;
  readonly name: string;
  /** Absent for a contestant taking part only in prizes (formats.md "Prizes without scores"). */
  readonly classId?: string | null;
  readonly prizes?: readonly string[];
}

/** Groups the round's contestants by class and by prize, keeping their order. */
export function decisionRound(
  round: Pick<DecisionRound, 'id' | 'example' | 'packageId' | 'packageRevision' | 'packageSha256'>,
  contestants: Iterable<RoundContestant>,
  prizeIds: readonly string[] = [],
): DecisionRound {
  const classes = new Map<string, string[]>();
  const prizes = new Map<string, string[]>(prizeIds.map((id) => [id, []]));
  const contestantNames = new Map<string, string>();
  for (const c of contestants) {
    contestantNames.set(c.id, c.name);
    if (c.classId) classes.set(c.classId, [...(classes.get(c.classId) ?? []), c.id]);
    for (const prize of c.prizes ?? []) prizes.set(prize, [...(prizes.get(prize) ?? []), c.id]);
  }
  return { ...round, classes, prizes, contestantNames };
}

const refuse = (code: string, message: string): never => {
  throw new AppError(code, `${message} Beslutet togs inte emot.`);
};

/** Every difference from the round is refused, naming what differs. */
export function checkDecisionAgainstRound(decision: VerifiedDecision, round: DecisionRound): void {
  const { file, signer } = decision;
  if (file.round.id !== round.id) refuse('decision-other-round', `Beslutsfilen gäller omgången ${file.round.id}, inte ${round.id}.`);
  if (signer.example && !round.example) {
    refuse('decision-example-key', `Beslutsfilen är signerad med exempelnyckeln (${fingerprint(signer.keyId)}), men omgången ${round.id} är ingen övningsomgång.`);
  }
  const pkg = file.criteriaPackage;
  if (pkg.id !== round.packageId || pkg.revision !== round.packageRevision || pkg.sha256 !== round.packageSha256) {
    refuse(
      'decision-other-package',
      `Beslutsfilen bygger på kriteriepaketet ${pkg.id} revision ${pkg.revision}, men omgången använder ${round.packageId} revision ${round.packageRevision}` +
        (pkg.id === round.packageId && pkg.revision === round.packageRevision ? ' med ett annat innehåll (kontrollsumman skiljer sig).' : '.'),
    );
  }
  const name = (id: string) => round.contestantNames.get(id) ?? id;
  for (const [list, held, noun] of [
    [file.classes, round.classes, 'klassen'],
    [file.prizes, round.prizes, 'priset'],
  ] as const) {
    for (const award of list as readonly { id: string; contestants: readonly { contestant: string }[] }[]) {
      const members = held.get(award.id);
      if (!members) refuse('decision-unknown-award', `Beslutsfilen har beslut för ${noun} ${award.id}, som inte finns i omgången ${round.id}.`);
      const inAward = new Set(members);
      const decided = new Set(award.contestants.map((c) => c.contestant));
      const stranger = award.contestants.find((c) => !inAward.has(c.contestant));
      if (stranger) refuse('decision-contestant-not-in-award', `Beslutsfilen har ett beslut för ${name(stranger.contestant)} i ${noun} ${award.id}, men den tävlande deltar inte där.`);
      const missing = members!.filter((id) => !decided.has(id));
      if (missing.length > 0) refuse('decision-contestant-missing', `Beslutsfilen saknar beslut för ${missing.map(name).join(', ')} i ${noun} ${award.id}.`);
    }
  }
  // A decision speaks for the whole round: every class and prize someone takes part in is decided (formats.md).
  for (const [list, held, noun] of [
    [file.classes, round.classes, 'klassen'],
    [file.prizes, round.prizes, 'priset'],
  ] as const) {
    const named = new Set((list as readonly { id: string }[]).map((award) => award.id));
    const left = [...held].find(([id, members]) => members.length > 0 && !named.has(id));
    if (left) refuse('decision-award-missing', `Beslutsfilen saknar ${noun} ${left[0]} (${left[1].map(name).join(', ')}); ett beslut gäller alla klasser och priser i omgången.`);
  }
  const unknown = file.basis.find((b) => !round.contestantNames.has(b.contestant));
  if (unknown) refuse('decision-basis-unknown', `Underlaget i beslutsfilen nämner den tävlande ${unknown.contestant}, som inte finns i omgången ${round.id}.`);
}

/** The round a CLI's verified bundle describes. */
export function decisionRoundFromManifest(
  manifest: Pick<RoundManifest, 'round' | 'contestants'>,
  criteria: { readonly sha256: string; readonly package: { readonly id: string; readonly revision: number } },
  example: boolean,
): DecisionRound {
  return decisionRound(
    { id: manifest.round.id, example, packageId: criteria.package.id, packageRevision: criteria.package.revision, packageSha256: criteria.sha256 },
    manifest.contestants.map((c) => ({ id: c.id, name: c.name, classId: c.class ?? null, prizes: c.prizes ?? [] })),
    (manifest.round.prizes ?? []).map((p) => p.id),
  );
}
