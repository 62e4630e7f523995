/** The beslutsprotokoll's model: a verified decision read with its round's names and titles. */
import { fingerprint } from '../../../../shared/fingerprint';
import type { RoundFacts } from '../../rounds/model';
import type { VerifiedDecision } from '../../jury/decision-file';
import type { BeslutsprotokollModel, ProtokollEntry } from '../documents/beslutsprotokoll';

type AnyEntry = { contestant: string; siteVisit?: boolean; note?: string; decision?: ProtokollEntry['decision']; citation?: string };

const MEETING_NAMES = { first: 'första mötet', final: 'slutmötet' } as const;

/** The protokoll's title, as the app and the CLI name it. */
export const beslutsprotokollName = (meeting: 'first' | 'final', meetingDate?: string) => `Beslutsprotokoll ${MEETING_NAMES[meeting]}${meetingDate ? ` ${meetingDate}` : ''}`;

export function beslutsprotokollModel(decision: VerifiedDecision, facts: RoundFacts, reportDate: string): BeslutsprotokollModel {
  const { file } = decision;
  const name = (id: string) => facts.contestants.get(id)?.name ?? id;
  const classTitles = new Map(facts.pkg.classes.map((c) => [c.id, c.title]));
  const prizeTitles = new Map(facts.prizes.map((p) => [p.id, p.title]));
  const entries = (list: readonly AnyEntry[]): ProtokollEntry[] =>
    list.map((e) => ({ name: name(e.contestant), siteVisit: e.siteVisit ?? null, decision: e.decision ?? null, text: e.citation ?? e.note ?? '' }));
  return {
    round: { title: facts.title, year: facts.year, exampleMaterial: facts.example || decision.signer.example },
    package: { title: facts.pkg.title, revision: facts.packageRevision },
    meeting: file.meeting,
    meetingDate: file.meetingDate,
    revision: file.revision,
    members: file.jury.map((m) => m.name),
    decisionSha256: decision.sha256,
    signerFingerprint: fingerprint(decision.signer.keyId),
    awards: [
      ...file.classes.map((a) => ({ kind: 'class' as const, title: classTitles.get(a.id) ?? a.id, entries: entries(a.contestants as readonly AnyEntry[]) })),
      ...file.prizes.map((a) => ({ kind: 'prize' as const, title: prizeTitles.get(a.id) ?? a.id, entries: entries(a.contestants as readonly AnyEntry[]) })),
    ],
    basis: file.basis.map((b) => ({
      label: name(b.contestant),
      file: { author: b.author.name, stage: b.stage, revision: b.revision, sha256: b.sha256, fingerprint: fingerprint(b.keyId) },
    })),
    reportDate,
  };
}
