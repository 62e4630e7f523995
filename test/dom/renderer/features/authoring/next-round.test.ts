import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issuesFrom } from '../../../../../renderer/features/authoring/form/validation';
import { nextYearRound, yearLater } from '../../../../../renderer/features/authoring/round-setup/next-round';
import { FRAMSTEGET } from '../../../../../shared/formats/prizes';
import type { RoundManifest } from '../../../../../shared/formats/round';
import { roundSourceSchema } from '../../../../../shared/formats/round';

/** The övningsomgång's signed round.json, as the bundle holds it. */
function manifest(): RoundManifest {
  const source = JSON.parse(readFileSync(join(__dirname, '../../../../fixtures/samples/ovningsomgang-2026.round-source.json'), 'utf8'));
  return { ...source, criteriaPackage: { ...source.criteriaPackage, sha256: 'a'.repeat(64) }, signature: { alg: 'Ed25519', keyId: 'b'.repeat(64), value: 'c2ln' } };
}

describe('next year’s round from this year’s', () => {
  it('moves the year, id, title and every deadline one year; keeps examiners, teams and contestants without documents', () => {
    const next = nextYearRound(manifest(), { keepContestants: true });
    expect(next.round).toEqual({
      id: 'ku-2027-ovning',
      title: 'Kvalitetsutmärkelsen 2027 – övningsomgång',
      year: 2027,
      deadlines: { individual: '2027-09-15', consensus: '2027-09-29', siteVisits: '2027-10-16', jury: '2027-11-06' },
    });
    expect(next.contestants.map((c) => [c.id, c.documents])).toEqual([['c-solrosen', []], ['c-lindgarden', []]]);
    expect(next.teams[0]!.contestants).toEqual(['c-solrosen', 'c-lindgarden']);
    expect(next.examiners.map((e) => e.id)).toEqual(['e-anna', 'e-bilal', 'e-cecilia']);
    expect(next.criteriaPackage).toEqual({ id: '', revision: 1 });
    expect(next).not.toHaveProperty('signature');
    // Only the documents and the package remain to choose.
    const parsed = roundSourceSchema.safeParse({ ...next, criteriaPackage: { id: 'ku-2027', revision: 2 } });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual(['contestants.0.documents', 'contestants.1.documents']);
  });

  it('leaves a training round’s references behind: they are this round’s facit', () => {
    const training = { references: [{ contestant: 'c-solrosen', path: 'reference/c-solrosen.kvbedomning', sha256: 'd'.repeat(64) }] };
    expect(nextYearRound({ ...manifest(), training }, { keepContestants: true })).not.toHaveProperty('training');
  });

  it('keeps the prizes and who is entered for them, a prize-only contestant without a class', () => {
    const m = manifest();
    m.round.prizes = [structuredClone(FRAMSTEGET)];
    delete m.contestants[1]!.class;
    m.contestants[1]!.prizes = ['framsteget'];
    const next = nextYearRound(m, { keepContestants: true });
    expect(next.round).toHaveProperty('prizes', [FRAMSTEGET]);
    expect(next.contestants[1]).toMatchObject({ id: 'c-lindgarden', prizes: ['framsteget'] });
    expect(next.contestants[1]).not.toHaveProperty('class');
  });

  it('clears the contestants, the teams’ assignments and declared jäv when asked; an id without the year gets it', () => {
    const m = { ...manifest(), declaredConflicts: [{ examiner: 'e-anna', contestant: 'c-solrosen', reason: 'Tidigare arbetsplats' }] };
    m.round.id = 'ovning';
    expect(nextYearRound(m, { keepContestants: true })).toHaveProperty('declaredConflicts', m.declaredConflicts);
    const next = nextYearRound(m, { keepContestants: false });
    expect(next).not.toHaveProperty('declaredConflicts');
    expect(next.round.id).toBe('ovning-2027');
    expect(next.contestants).toEqual([]);
    expect(next.teams[0]!.contestants).toEqual([]);
    expect(next.teams[0]!.members).toEqual(['e-anna', 'e-bilal', 'e-cecilia']);
  });

  it('moves 29 February to the 28th in a year that has none', () => {
    expect(yearLater('2028-02-29')).toBe('2029-02-28');
    expect(yearLater('2027-02-28')).toBe('2028-02-28');
    expect(yearLater('2027-12-31')).toBe('2028-12-31');
  });
});

describe('messages in the form’s words', () => {
  it('names fields by their labels, with tom/tomt agreeing, in the summary and under the field', () => {
    const draft = { package: { id: '', areas: [{ id: '1', criteria: [{ id: '1.1', title: '' }] }], classes: [{ id: 'k', title: '' }] } };
    const issues = issuesFrom(draft, [], [
      { path: ['package', 'id'], message: 'får inte vara tomt' },
      { path: ['package', 'areas', 0, 'criteria', 0, 'title'], message: 'får inte vara tom' },
      { path: ['package', 'classes', 0, 'title'], message: 'får inte vara tom' },
      { path: ['package', 'rules', 'unknown'], message: 'okänt' },
    ]);
    expect(issues.map((i) => `${i.where}: ${i.message}`)).toEqual([
      'Paketets id: får inte vara tomt',
      'kriteriet 1.1, Rubrik: får inte vara tom',
      'tävlingsklassen k, Namn: får inte vara tomt',
      'fältet "package.rules.unknown": okänt',
    ]);
  });
});
