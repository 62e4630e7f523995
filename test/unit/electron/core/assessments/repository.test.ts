import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../../../../electron/core/assessments/create';
import { findAssessment, loadAssessmentContent, loadCriteria } from '../../../../../electron/core/assessments/repository';
import { criterionAssessmentSchema } from '../../../../../shared/domain/assessment';
import { draftOf, ROUND, SOLROSEN } from './fixture';

const commentInsert = (db: Database.Database) => db.prepare(`INSERT INTO assessment_comments VALUES (?, ?, '1.1', ?, ?, ?, ?, NULL)`);

describe('the assessment store', () => {
  it('creates an empty draft with every criterion of the contestant\'s class, findable by its key', async () => {
    const { db, assessment } = await draftOf();
    expect(assessment).toMatchObject({ roundId: ROUND, contestantId: SOLROSEN, examinerId: 'e-anna', stage: 'individual', status: 'draft', revision: 1, logCount: 1 });
    expect(findAssessment(db, { roundId: ROUND, contestantId: SOLROSEN, examinerId: 'e-anna', stage: 'individual' })?.id).toBe(assessment.id);
    expect(findAssessment(db, { roundId: ROUND, contestantId: SOLROSEN, examinerId: 'e-anna', stage: 'consensus' })).toBeNull();
    const criteria = loadCriteria(db, assessment.id);
    expect(criteria.map((c) => c.criterionId)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '4.1', '4.2', '5.1', '5.2', '6.1', '6.2', '6.3']);
    expect(criteria[0]).toEqual({ criterionId: '1.1', score: null, attributes: {}, strengths: [], improvements: [], siteVisitQuestions: [] });
    expect(() => createAssessment(db, { roundId: ROUND, contestantId: SOLROSEN, examinerId: 'e-anna', stage: 'individual', at: 'x' })).toThrow(/UNIQUE/);
  });

  it('loads the content as the shared model: private notes only on request, unwritten comments left out', async () => {
    const { db, assessment } = await draftOf();
    const id = assessment.id;
    db.prepare(`UPDATE assessment_criteria SET score = 60, attributes = '{"ansats":70}', private_note = 'Bara för mig' WHERE assessment_id = ? AND criterion_id = '1.1'`).run(id);
    const comment = commentInsert(db);
    const anchor = { documentSha256: 'a'.repeat(64), page: 12, quote: 'Kostnaden' };
    comment.run(id, '0b0e8f5e-6c3f-4c36-9a53-7d2f4c1b2a10', 'improvement', 0, '  Mål saknas för B.  ', '[]');
    comment.run(id, '1b0e8f5e-6c3f-4c36-9a53-7d2f4c1b2a10', 'strength', 1, 'Tydlig uppföljning.', JSON.stringify([anchor]));
    comment.run(id, '2b0e8f5e-6c3f-4c36-9a53-7d2f4c1b2a10', 'strength', 0, 'Bra analys.', '[]');
    comment.run(id, '3b0e8f5e-6c3f-4c36-9a53-7d2f4c1b2a10', 'strength', 2, '', '[]');
    comment.run(id, '4b0e8f5e-6c3f-4c36-9a53-7d2f4c1b2a10', 'question', 0, 'Hur följs B upp?', '[]');

    const [first] = loadAssessmentContent(db, id);
    expect(first).toEqual({
      criterionId: '1.1',
      score: 60,
      attributes: { ansats: 70 },
      strengths: [
        { id: '2b0e8f5e-6c3f-4c36-9a53-7d2f4c1b2a10', text: 'Bra analys.', evidence: [] },
        { id: '1b0e8f5e-6c3f-4c36-9a53-7d2f4c1b2a10', text: 'Tydlig uppföljning.', evidence: [anchor] },
      ],
      improvements: [{ id: '0b0e8f5e-6c3f-4c36-9a53-7d2f4c1b2a10', text: 'Mål saknas för B.', evidence: [] }],
      siteVisitQuestions: [{ id: '4b0e8f5e-6c3f-4c36-9a53-7d2f4c1b2a10', text: 'Hur följs B upp?' }],
    });
    expect(criterionAssessmentSchema.safeParse(first).success).toBe(true);
    expect(loadAssessmentContent(db, id, { includePrivateNotes: true })[0]!.privateNote).toBe('Bara för mig');
    // The desk's view keeps the comment being written.
    expect(loadCriteria(db, id)[0]!.strengths).toHaveLength(3);
  });
});
