import { describe, expect, it } from 'vitest';
import { appendLog, entryHash, readLog, valueDigest, verifyLog, type LogEntryInput } from '../../../../../electron/core/assessments/log';
import { exportLog, verifyExportedLog } from '../../../../../electron/core/assessments/log-export';
import { getAssessment } from '../../../../../electron/core/assessments/repository';
import { draftOf } from './fixture';

const edit = (n: number): LogEntryInput => ({
  at: `2026-09-01T08:00:0${n}.000Z`,
  actor: 'e-anna',
  action: 'set-score',
  field: 'score',
  target: { criterionId: '1.1' },
  old: n === 1 ? null : (n - 1) * 10,
  new: n * 10,
  ref: null,
});

async function withLog() {
  const draft = await draftOf();
  for (let n = 1; n <= 4; n++) appendLog(draft.db, getAssessment(draft.db, draft.assessment.id), edit(n));
  appendLog(draft.db, getAssessment(draft.db, draft.assessment.id), { ...edit(5), action: 'set-note', field: 'note', old: '', new: 'Privat tanke' });
  return draft;
}

describe('the change log', () => {
  it('chains every entry to the one before and pins the count and final hash on the assessment', async () => {
    const { db, assessment } = await withLog();
    const result = verifyLog(db, assessment.id);
    const head = getAssessment(db, assessment.id);
    expect(result).toEqual({ ok: true, entries: 6, finalHash: head.logHead });
    expect(head.logCount).toBe(6);
  });

  it('detects an entry edited after it was written, even with its hash recomputed by hand', async () => {
    const { db, assessment } = await withLog();
    db.prepare("UPDATE assessment_log SET new_value = '90' WHERE assessment_id = ? AND seq = 3").run(assessment.id);
    expect(verifyLog(db, assessment.id)).toMatchObject({ ok: false, seq: 3, problem: 'Post 3 har ändrats efter att den skrevs.' });
    // A forger recomputes the edited entry's own hash: the next entry no longer follows it.
    const [third] = readLog(db, assessment.id, 3);
    const { hash: _hash, old, new: value, ...rest } = third!;
    const forged = entryHash(assessment.id, { ...rest, oldDigest: valueDigest(old), newDigest: valueDigest(value) });
    db.prepare('UPDATE assessment_log SET hash = ? WHERE assessment_id = ? AND seq = 3').run(forged, assessment.id);
    expect(verifyLog(db, assessment.id)).toMatchObject({ ok: false, seq: 4, problem: expect.stringContaining('hänger inte ihop') });
  });

  it('detects a removed entry, in the middle or at the end', async () => {
    const middle = await withLog();
    middle.db.prepare('DELETE FROM assessment_log WHERE assessment_id = ? AND seq = 2').run(middle.assessment.id);
    expect(verifyLog(middle.db, middle.assessment.id)).toMatchObject({ ok: false, seq: 3, problem: expect.stringContaining('Post 2 saknas') });

    const end = await withLog();
    end.db.prepare('DELETE FROM assessment_log WHERE assessment_id = ? AND seq = 6').run(end.assessment.id);
    expect(verifyLog(end.db, end.assessment.id)).toMatchObject({ ok: false, problem: expect.stringContaining('poster i slutet har tagits bort') });
  });

  it('detects reordered entries', async () => {
    const { db, assessment } = await withLog();
    const swap = db.prepare('UPDATE assessment_log SET seq = ? WHERE assessment_id = ? AND seq = ?');
    db.transaction(() => {
      swap.run(100, assessment.id, 2);
      swap.run(2, assessment.id, 3);
      swap.run(3, assessment.id, 100);
    })();
    expect(verifyLog(db, assessment.id)).toMatchObject({ ok: false, seq: 2, problem: expect.stringContaining('hänger inte ihop') });
  });

  it('exports the log with its digest; private-note values stay out unless asked for, and the export still verifies', async () => {
    const { db, assessment } = await withLog();
    const exported = exportLog(db, assessment.id, { exportedAt: '2026-09-02T10:00:00.000Z' });
    const head = getAssessment(db, assessment.id);
    expect(exported.digest).toEqual({ entries: 6, finalHash: head.logHead });
    expect(exported.entries.map((e) => e.action)).toEqual(['create', 'set-score', 'set-score', 'set-score', 'set-score', 'set-note']);
    expect(JSON.stringify(exported)).not.toContain('Privat tanke');
    expect(exported.entries[5]).toMatchObject({ redacted: true });
    expect(verifyExportedLog(JSON.parse(JSON.stringify(exported)))).toEqual({ ok: true, entries: 6, finalHash: head.logHead });
    expect(JSON.stringify(exportLog(db, assessment.id, { exportedAt: 'x', includePrivateNotes: true }))).toContain('Privat tanke');

    const edited = structuredClone(exported);
    edited.entries[2]!.new = 70;
    expect(verifyExportedLog(edited)).toMatchObject({ ok: false, seq: 3 });
    const shortened = structuredClone(exported);
    shortened.entries.pop();
    expect(verifyExportedLog(shortened)).toMatchObject({ ok: false });
    const reordered = structuredClone(exported);
    [reordered.entries[1], reordered.entries[2]] = [reordered.entries[2]!, reordered.entries[1]!];
    expect(verifyExportedLog(reordered)).toMatchObject({ ok: false, seq: 3 });
    expect(verifyExportedLog({ format: 'något annat' })).toMatchObject({ ok: false, problem: 'Filen är ingen ändringslogg från Examinator.' });
  });
});
