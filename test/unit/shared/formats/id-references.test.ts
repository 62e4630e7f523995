import { describe, expect, it } from 'vitest';
import { parseCriteriaPackageSource } from '../../../../shared/formats/criteria-package';
import { danglingIds, renameCarriesReferences, renameInPackage, renameInRound } from '../../../../shared/formats/id-references';
import { parseRoundSource } from '../../../../shared/formats/round';
import { packageSource, roundSource } from '../../../helpers/samples';

describe('renaming an id carries its references along', () => {
  it('an examiner stays lead and member of their team; the round stays valid', () => {
    const source = roundSource();
    const lead = source.teams[0]!.lead;
    source.examiners.find((e) => e.id === lead)!.id = 'anna';
    const renamed = renameInRound(source, 'examiner', lead, 'anna');
    expect(renamed.teams[0]!.lead).toBe('anna');
    expect(renamed.teams[0]!.members).toContain('anna');
    expect(renamed.teams[0]!.members).not.toContain(lead);
    expect(parseRoundSource(renamed).ok).toBe(true);
    expect(parseRoundSource(source).ok).toBe(false);
  });

  it('a declared conflict follows both its examiner and its contestant', () => {
    const source = { ...roundSource(), declaredConflicts: [{ examiner: 'e-anna', contestant: 'c-lindgarden', reason: 'Tidigare arbetsplats' }] };
    const renamed = renameInRound(renameInRound(source, 'examiner', 'e-anna', 'anna'), 'contestant', 'c-lindgarden', 'lindgarden');
    expect(renamed.declaredConflicts).toEqual([{ examiner: 'anna', contestant: 'lindgarden', reason: 'Tidigare arbetsplats' }]);
    expect(source.declaredConflicts[0]!.examiner).toBe('e-anna');
  });

  it('a contestant stays assessed by its team, and nothing else changes', () => {
    const source = roundSource();
    const [first, second] = source.teams[0]!.contestants;
    source.contestants.find((c) => c.id === first)!.id = 'solrosen';
    const renamed = renameInRound(source, 'contestant', first!, 'solrosen');
    expect(renamed.teams[0]!.contestants).toEqual(['solrosen', second]);
    expect(renamed.teams[0]!.members).toEqual(source.teams[0]!.members);
    expect(parseRoundSource(renamed).ok).toBe(true);
  });

  it("a scale stays its criteria's scale, a class stays in their classes", () => {
    const source = packageSource();
    const scaleId = source.package.scales[0]!.id;
    source.package.scales[0]!.id = 'skalan';
    const withScale = { ...source, package: renameInPackage(source.package, 'scale', scaleId, 'skalan') };
    expect(withScale.package.areas.flatMap((a) => a.criteria).filter((c) => c.scale === scaleId)).toEqual([]);
    expect(parseCriteriaPackageSource(withScale).ok).toBe(true);

    const classId = source.package.classes[0]!.id;
    const criterion = withScale.package.areas[0]!.criteria[0]!;
    const scoped = { ...withScale, package: { ...withScale.package, areas: [{ ...withScale.package.areas[0]!, criteria: [{ ...criterion, classes: [classId] }, ...withScale.package.areas[0]!.criteria.slice(1)] }, ...withScale.package.areas.slice(1)] } };
    const renamed = renameInPackage(scoped.package, 'class', classId, 'forskolor');
    expect(renamed.areas[0]!.criteria[0]!.classes).toEqual(['forskolor']);
    expect(scoped.package.areas[0]!.criteria[0]!.classes).toEqual([classId]);
  });

  it('carries references only from an id that was its own, to one no other item has', () => {
    expect(renameCarriesReferences(['e-1', 'e-2'], 0, 'anna')).toBe(true);
    expect(renameCarriesReferences(['e-1', 'e-2'], 0, 'e-2')).toBe(false);
    expect(renameCarriesReferences(['e-1', 'e-1'], 0, 'anna')).toBe(false);
    expect(renameCarriesReferences(['e-1'], 0, 'e-1')).toBe(false);
  });

  it('lists references to ids that are gone, once each', () => {
    expect(danglingIds(['e-1', 'anna', 'e-1', 'x'], ['anna'])).toEqual(['e-1', 'x']);
    expect(danglingIds([], [])).toEqual([]);
  });
});
