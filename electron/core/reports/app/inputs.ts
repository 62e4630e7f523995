/**
 * What the app can make reports from, read from this computer's store: the
 * round as signed (round.json), its package, the team's latest assessment of
 * each contestant (the lead's own submitted one, or the lead's file received
 * here — only where the independence gate allows), and the user's own
 * submitted individual assessments.
 */
import type { Stage } from '../../../../shared/domain/assessment';
import type { UnsignedAssessmentFile } from '../../../../shared/formats/assessment-file';
import { ASSESSMENT_FORMAT } from '../../../../shared/formats/assessment-file';
import { FORMAT_VERSION } from '../../../../shared/formats/common';
import { currentExaminer } from '../../assessments/identity';
import { findAssessment, type AssessmentRecord } from '../../assessments/repository';
import { plucked } from '../../assessments/statements';
import type { Db } from '../../db/open';
import { exportRequestFor } from '../../exchange/export-content';
import { contentVisibility, type IndependenceSource } from '../../exchange/independence';
import { receivedFile } from '../../exchange/received-file';
import { currentReceived } from '../../exchange/received-store';
import { roundFacts, type RoundFacts } from '../../exchange/round-facts';
import type { ReportRoundSource, ReportSource, SignedBasis } from '../build';

export interface ContestantInputs {
  /** The team's latest word (site visit before consensus); null with the reason it is not here. */
  readonly team: UnsignedAssessmentFile | null;
  readonly teamMissing: string | null;
  /** Which signed file the team's is: a received file by its bytes, the lead's own by this installation's key. */
  readonly teamSigned: SignedBasis | null;
  /** My own submitted individual assessment. */
  readonly individual: UnsignedAssessmentFile | null;
}

export interface ReportInputs {
  readonly facts: RoundFacts;
  readonly source: ReportSource;
  readonly contestants: ReadonlyMap<string, ContestantInputs>;
  /** My own assessments are signed with this installation's key. */
  readonly ownKeyId: string;
}

const STAGE_ORDER: Record<Stage, number> = { individual: 0, consensus: 1, 'site-visit': 2 };

/** One of my own submitted assessments as the file its export would be (without the signature). */
function ownFile(db: Db, facts: RoundFacts, record: AssessmentRecord, publicKey: string): UnsignedAssessmentFile {
  const request = exportRequestFor(db, record.id, false);
  const base = {
    format: ASSESSMENT_FORMAT,
    formatVersion: FORMAT_VERSION,
    round: { id: facts.id },
    criteriaPackage: { id: facts.packageId, revision: facts.packageRevision, sha256: facts.packageSha256 },
    contestant: { id: record.contestantId },
    author: { examinerId: record.examinerId, name: facts.examiners.get(record.examinerId)?.name ?? record.examinerId, publicKey },
    revision: record.revision,
    exportedAt: record.submittedAt ?? record.updatedAt,
    includesPrivateNotes: false,
    changeLog: request.changeLog ?? null,
  };
  return record.stage === 'individual'
    ? ({ ...base, stage: 'individual', criteria: request.criteria } as UnsignedAssessmentFile)
    : ({ ...base, stage: record.stage, criteria: request.criteria, team: request.team! } as UnsignedAssessmentFile);
}

function submitted(db: Db, roundId: string, contestantId: string, examinerId: string, stage: Stage): AssessmentRecord | null {
  const record = findAssessment(db, { roundId, contestantId, examinerId, stage });
  return record?.status === 'submitted' ? record : null;
}

export function reportInputs(db: Db, roundId: string, gate: IndependenceSource, own: { readonly publicKeyPem: string; readonly keyId: string }): ReportInputs | null {
  const publicKey = own.publicKeyPem;
  const facts = roundFacts(db, roundId);
  if (!facts) return null;
  const manifest = plucked(db, 'SELECT manifest FROM rounds WHERE id = ?').get(roundId) as Buffer;
  const round = JSON.parse(manifest.toString('utf8')) as ReportRoundSource;
  const me = currentExaminer(db, roundId);
  const received = currentReceived(db, roundId).filter((r) => r.stage !== 'individual');
  const contestants = new Map<string, ContestantInputs>();
  for (const contestant of facts.contestants.values()) {
    const team = facts.teams.get(contestant.teamId)!;
    const mine = me && me.id === team.leadId;
    const ownTeam = mine ? (submitted(db, roundId, contestant.id, me.id, 'site-visit') ?? submitted(db, roundId, contestant.id, me.id, 'consensus')) : null;
    const individual = me ? submitted(db, roundId, contestant.id, me.id, 'individual') : null;
    let teamFile: UnsignedAssessmentFile | null = ownTeam ? ownFile(db, facts, ownTeam, publicKey) : null;
    let teamSigned: SignedBasis | null = ownTeam ? { sha256: null, keyId: own.keyId } : null;
    let teamMissing: string | null = null;
    if (!teamFile) {
      const visibility = contentVisibility(gate, roundId, contestant.id, team.members);
      const newest = received
        .filter((r) => r.contestantId === contestant.id && r.examinerId === team.leadId)
        .sort((a, b) => STAGE_ORDER[b.stage] - STAGE_ORDER[a.stage])[0];
      if (!visibility.visible) teamMissing = visibility.reason;
      else if (!newest) teamMissing = mine ? 'Teamets bedömning är inte inlämnad ännu.' : 'Teamets konsensusbedömning har inte kommit hit ännu.';
      else {
        const read = receivedFile(db, newest, newest.revision);
        teamFile = read.file;
        teamSigned = { sha256: read.sha256, keyId: read.keyId };
      }
    }
    contestants.set(contestant.id, { team: teamFile, teamMissing, teamSigned, individual: individual ? ownFile(db, facts, individual, publicKey) : null });
  }
  return { facts, source: { round, pkg: facts.pkg, exampleMaterial: facts.example }, contestants, ownKeyId: own.keyId };
}
