/** The jury's record in its own tables (migration 0010): meetings and entries, one row each. */
import type { Decision, Meeting } from '../../../shared/formats/jury-decision';
import type { Db } from '../db/open';

export interface MeetingRecord {
  readonly meetingDate: string | null;
  readonly members: readonly string[];
  readonly lastRevision: number;
}

export interface EntryRecord {
  readonly awardKind: 'class' | 'prize';
  readonly awardId: string;
  readonly contestantId: string;
  readonly siteVisit: boolean | null;
  readonly decision: Decision | null;
  readonly citation: string;
  readonly note: string;
}

export function meetingRecord(db: Db, roundId: string, meeting: Meeting): MeetingRecord {
  const row = db.prepare('SELECT meeting_date, members, last_revision FROM jury_meetings WHERE round_id = ? AND meeting = ?').get(roundId, meeting) as
    | { meeting_date: string | null; members: string; last_revision: number }
    | undefined;
  return row ? { meetingDate: row.meeting_date, members: JSON.parse(row.members) as string[], lastRevision: row.last_revision } : { meetingDate: null, members: [], lastRevision: 0 };
}

export function saveMeeting(db: Db, roundId: string, meeting: Meeting, meetingDate: string | null, members: readonly string[]): void {
  db.prepare(
    `INSERT INTO jury_meetings (round_id, meeting, meeting_date, members) VALUES (?, ?, ?, ?)
     ON CONFLICT (round_id, meeting) DO UPDATE SET meeting_date = excluded.meeting_date, members = excluded.members`,
  ).run(roundId, meeting, meetingDate, JSON.stringify(members));
}

export function recordExport(db: Db, roundId: string, meeting: Meeting, revision: number): void {
  db.prepare('UPDATE jury_meetings SET last_revision = ? WHERE round_id = ? AND meeting = ?').run(revision, roundId, meeting);
}

/** Keyed `kind/award/contestant`. */
export const entryKey = (kind: string, awardId: string, contestantId: string) => `${kind}/${awardId}/${contestantId}`;

export function entryRecords(db: Db, roundId: string, meeting: Meeting): Map<string, EntryRecord> {
  const rows = db
    .prepare('SELECT award_kind, award_id, contestant_id, site_visit, decision, citation, note FROM jury_entries WHERE round_id = ? AND meeting = ?')
    .all(roundId, meeting) as { award_kind: 'class' | 'prize'; award_id: string; contestant_id: string; site_visit: number | null; decision: Decision | null; citation: string; note: string }[];
  return new Map(
    rows.map((r) => [
      entryKey(r.award_kind, r.award_id, r.contestant_id),
      { awardKind: r.award_kind, awardId: r.award_id, contestantId: r.contestant_id, siteVisit: r.site_visit === null ? null : r.site_visit === 1, decision: r.decision, citation: r.citation, note: r.note },
    ]),
  );
}

export type EntryChange = Partial<Pick<EntryRecord, 'siteVisit' | 'decision' | 'citation' | 'note'>>;

/** Only the members named in `change` are written; the rest keep their value. */
export function saveEntry(db: Db, roundId: string, meeting: Meeting, ref: Pick<EntryRecord, 'awardKind' | 'awardId' | 'contestantId'>, change: EntryChange): void {
  const current = entryRecords(db, roundId, meeting).get(entryKey(ref.awardKind, ref.awardId, ref.contestantId));
  const next = { siteVisit: null, decision: null, citation: '', note: '', ...current, ...change };
  db.prepare(
    `INSERT INTO jury_entries (round_id, meeting, award_kind, award_id, contestant_id, site_visit, decision, citation, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (round_id, meeting, award_kind, award_id, contestant_id)
     DO UPDATE SET site_visit = excluded.site_visit, decision = excluded.decision, citation = excluded.citation, note = excluded.note`,
  ).run(roundId, meeting, ref.awardKind, ref.awardId, ref.contestantId, next.siteVisit === null ? null : next.siteVisit ? 1 : 0, next.decision, next.citation, next.note);
}
