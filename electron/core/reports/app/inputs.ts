/**
 * What the app can make reports from, read from this computer's store: the
 * round as signed (round.json), its package, the team's latest assessment of
 * each contestant (the lead's own submitted one, or the lead's file received
 * here — only where the independence gate allows), the user's own
 * submitted individual assessments; the jury's decisions held are added by
 * the handlers.
 */
import type { UnsignedAssessmentFile } from '../../../../shared/formats/assessment-file';
import type { AppError } from '../../../../shared/errors';
import type { Meeting } from '../../../../shared/formats/jury-decision';
import type { Db } from '../../db/open';
import type { VerifiedDecision } from '../../jury/decision-file';
import type { IndependenceSource } from '../../exchange/independence';
import { getRound, type RoundFacts } from '../../rounds/model';
import { mySubmittedFile, teamResults } from '../../exchange/team-result';
import type { ReportSource, SignedBasis } from '../build';

export interface ContestantInputs {
  /** The team's latest submitted word (site visit before consensus); null with the reason it is not here. */
  readonly team: UnsignedAssessmentFile | null;
  readonly teamMissing: string | null;
  /** Which signed file the team's is: a received file by its bytes, the lead's own by this installation's key. */
  readonly teamSigned: SignedBasis | null;
  /** My own latest submitted individual assessment. */
  readonly individual: UnsignedAssessmentFile | null;
}

export interface ReportInputs {
  readonly facts: RoundFacts;
  readonly source: ReportSource;
  readonly contestants: ReadonlyMap<string, ContestantInputs>;
  /** My own assessments are signed with this installation's key. */
  readonly ownKeyId: string;
  /** The jury's signed decisions held here, by meeting (or why one no longer verifies). */
  readonly decisions?: ReadonlyMap<Meeting, VerifiedDecision | AppError>;
}

export function reportInputs(db: Db, roundId: string, gate: IndependenceSource, own: { readonly publicKeyPem: string; readonly keyId: string }): ReportInputs {
  const publicKey = own.publicKeyPem;
  const facts = getRound(db, roundId);
  const results = teamResults(db, facts, gate, publicKey);
  const contestants = new Map<string, ContestantInputs>();
  for (const contestant of facts.contestants.values()) {
    const result = results.get(contestant.id)!;
    contestants.set(contestant.id, {
      team: result.status === 'shown' ? result.file : null,
      teamMissing: result.status === 'shown' ? null : result.reason,
      // A received file by its bytes, the lead's own by this installation's key.
      teamSigned: result.status === 'shown' ? (result.received ?? { sha256: null, keyId: own.keyId }) : null,
      individual: mySubmittedFile(db, facts, contestant.id, 'individual', publicKey),
    });
  }
  return { facts, source: { round: facts.manifest, pkg: facts.pkg, exampleMaterial: facts.example }, contestants, ownKeyId: own.keyId };
}
