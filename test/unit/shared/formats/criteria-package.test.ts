import { describe, expect, it } from 'vitest';
import {
  criteriaPackageProblems,
  criteriaPackageSourceSchema,
  parseCriteriaPackageSource,
  parseSignedCriteriaPackage,
  type CriteriaPackageSource,
} from '../../../../shared/formats/criteria-package';
import { packageSource, signedPackageJson } from '../../../helpers/samples';

/** The refusal message for a source changed by `edit`. */
function refusal(edit: (source: CriteriaPackageSource) => void): string {
  const source = packageSource();
  edit(source);
  const result = parseCriteriaPackageSource(source);
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

const pkg = (source: CriteriaPackageSource) => source.package;
const scale = (source: CriteriaPackageSource) => source.package.scales[0]!;
const criterion = (source: CriteriaPackageSource, area = 0, index = 0) => source.package.areas[area]!.criteria[index]!;

describe('criteria package format', () => {
  it('accepts the sample source and the signed sample', () => {
    expect(parseCriteriaPackageSource(packageSource()).ok).toBe(true);
    const signed = parseSignedCriteriaPackage(signedPackageJson());
    expect(signed.ok && signed.value.package.areas).toHaveLength(6);
  });

  it('refuses unknown members anywhere, naming them and where they are', () => {
    expect(refusal((s) => Object.assign(s, { extra: 1 }))).toMatch(/okänt fält "extra"/);
    expect(refusal((s) => Object.assign(pkg(s), { weights: {} }))).toMatch(/okänt fält "weights"/);
    expect(refusal((s) => Object.assign(criterion(s, 1, 0), { weight: 2 }))).toMatch(/kriteriet 2\.1: okänt fält "weight"/);
    expect(refusal((s) => Object.assign(scale(s).bands[1]!, { colour: 'red' }))).toMatch(/skalan arbetssatt, band 2: okänt fält "colour"/);
  });

  it('refuses a newer format version, saying which version this app reads', () => {
    const message = refusal((s) => Object.assign(s, { formatVersion: 2 }));
    expect(message).toBe(
      'Filen har formatversion 2, men den här versionen av Examinator läser formatversion 1. Uppdatera Examinator och försök igen.',
    );
    expect(refusal((s) => Object.assign(s, { formatVersion: '1' }))).toMatch(/ingen giltig formatversion/);
  });

  it('refuses another format by name', () => {
    expect(refusal((s) => Object.assign(s, { format: 'examinator.round' }))).toBe(
      'Filen är inte ett kriteriepaket (.kvpaket) utan har formatet "examinator.round".',
    );
    const result = parseCriteriaPackageSource([1, 2]);
    expect(!result.ok && result.message).toMatch(/inget JSON-objekt/);
  });

  it.each([
    ['class ids', (s: CriteriaPackageSource) => (pkg(s).classes[1]!.id = 'forskola'), /tävlingsklassen forskola, fältet "id": klass-id:t "forskola" finns redan/],
    ['scale ids', (s: CriteriaPackageSource) => (pkg(s).scales[1]!.id = 'arbetssatt'), /skal-id:t "arbetssatt" finns redan/],
    ['area ids', (s: CriteriaPackageSource) => (pkg(s).areas[1]!.id = '1'), /område-id:t "1" finns redan/],
    ['attribute ids', (s: CriteriaPackageSource) => (scale(s).attributes![1]!.id = 'ansats'), /attribut-id:t "ansats" finns redan/],
    ['criterion ids across areas', (s: CriteriaPackageSource) => (criterion(s, 2, 0).id = '1.1'), /kriteriet 1\.1, fältet "id": kriterie-id:t "1\.1" används redan/],
  ])('refuses duplicate %s, naming the id', (_what, edit, expected) => {
    expect(refusal(edit)).toMatch(expected);
  });

  it('refuses references to scales and classes that do not exist', () => {
    expect(refusal((s) => (criterion(s, 1, 2).scale = 'okand'))).toMatch(/kriteriet 2\.3, fältet "scale": skalan "okand" finns inte i paketet/);
    expect(refusal((s) => (criterion(s).classes = ['skola', 'gymnasium']))).toMatch(/kriteriet 1\.1, fältet "classes": tävlingsklassen "gymnasium" finns inte/);
    expect(refusal((s) => (criterion(s).classes = ['skola', 'skola']))).toMatch(/"skola" står två gånger/);
  });

  it('accepts criteria limited to some classes', () => {
    const source = packageSource();
    criterion(source).classes = ['skola', 'forskola'];
    expect(parseCriteriaPackageSource(source).ok).toBe(true);
  });

  it('requires totalPoints to equal the sum of the criteria points', () => {
    expect(refusal((s) => (criterion(s).points = 80))).toMatch(/totalPoints är 1000 men kriteriernas poäng är sammanlagt 1005/);
  });

  describe('bands: contiguous, in order, covering the scale', () => {
    it.each([
      ['the first band starting above min', (s: CriteriaPackageSource) => (scale(s).min = -10), /första bandet måste börja på skalans min \(-10\)/],
      ['the last band ending below max', (s: CriteriaPackageSource) => (scale(s).bands[5]!.to = 90), /sista bandet måste sluta på skalans max \(100\)/],
      ['a gap', (s: CriteriaPackageSource) => (scale(s).bands[2]!.from = 40), /bandet "Delvis systematiskt" börjar på 40 och lämnar en lucka efter föregående band .* ska börja på 30/],
      ['an overlap', (s: CriteriaPackageSource) => (scale(s).bands[2]!.from = 20), /bandet "Delvis systematiskt" börjar på 20 och överlappar föregående band/],
      ['a band ending before it starts', (s: CriteriaPackageSource) => Object.assign(scale(s).bands[1]!, { from: 10, to: 0 }), /slutar \(0\) före sin början \(10\)/],
      ['a bound that is no valid score', (s: CriteriaPackageSource) => (scale(s).bands[1]!.to = 25), /bandet "Början" slutar på 25, som inte är en giltig poäng/],
    ])('refuses %s', (_what, edit, expected) => {
      expect(refusal(edit)).toMatch(expected);
    });

    it('refuses a scale whose max is not above min, or whose step does not reach max', () => {
      expect(refusal((s) => Object.assign(scale(s), { min: 100, max: 100 }))).toMatch(/skalans max \(100\) måste vara större än min \(100\)/);
      expect(refusal((s) => (scale(s).step = 30))).toMatch(/steget 30 når inte från 0 till 100/);
      expect(refusal((s) => (scale(s).step = 0))).toMatch(/fältet "step": ska vara större än 0/);
    });

    it('accepts fractional steps', () => {
      const source = packageSource();
      Object.assign(scale(source), {
        min: 1,
        max: 3,
        step: 0.5,
        bands: [
          { from: 1, to: 1.5, label: 'Låg', descriptor: '' },
          { from: 2, to: 3, label: 'Hög', descriptor: '' },
        ],
      });
      expect(parseCriteriaPackageSource(source).ok).toBe(true);
    });
  });

  it.each([
    ['a language other than Swedish', (s: CriteriaPackageSource) => Object.assign(pkg(s), { language: 'en' }), /fältet "package.language": ska vara "sv"/],
    ['an impossible date', (s: CriteriaPackageSource) => (pkg(s).issuedAt = '2026-02-30'), /fältet "package.issuedAt": ska vara ett datum/],
    ['revision 0', (s: CriteriaPackageSource) => (pkg(s).revision = 0), /fältet "package.revision": ska vara minst 1/],
    ['negative points', (s: CriteriaPackageSource) => (criterion(s).points = -5), /kriteriet 1\.1, fältet "points": får inte vara negativt/],
    ['an unknown kind', (s: CriteriaPackageSource) => Object.assign(criterion(s), { kind: 'outcome' }), /kriteriet 1\.1, fältet "kind": ska vara "process" eller "result"/],
    ['a missing title', (s: CriteriaPackageSource) => Reflect.deleteProperty(criterion(s), 'title'), /kriteriet 1\.1, fältet "title": saknas/],
    ['an empty title', (s: CriteriaPackageSource) => (pkg(s).areas[0]!.title = ''), /området 1, fältet "title": får inte vara tom/],
    ['an id with a slash', (s: CriteriaPackageSource) => (criterion(s).id = '1/1'), /får bara innehålla a–z/],
    ['rules whose min exceeds max', (s: CriteriaPackageSource) => (pkg(s).rules!.strengthsPerCriterion = { min: 4, max: 2 }), /max \(2\) är mindre än min \(4\)/],
    ['an empty question', (s: CriteriaPackageSource) => (criterion(s).questions[1] = ''), /kriteriet 1\.1, fråga 2: får inte vara tom/],
    ['no classes at all', (s: CriteriaPackageSource) => (pkg(s).classes = []), /minst en tävlingsklass behövs/],
  ])('refuses %s', (_what, edit, expected) => {
    expect(refusal(edit)).toMatch(expected);
  });

  it('counts the further problems in the refusal', () => {
    expect(refusal((s) => ((criterion(s).title = ''), (criterion(s, 0, 1).title = '')))).toMatch(/\(och 1 fel till\)\.$/);
  });

  it('exposes the rules as problems with paths for the editor', () => {
    const source = packageSource();
    criterion(source, 1, 2).scale = 'okand';
    const parsed = criteriaPackageSourceSchema.safeParse(source);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['package', 'areas', 1, 'criteria', 2, 'scale']);
    const valid = criteriaPackageSourceSchema.parse(packageSource());
    expect(criteriaPackageProblems(valid.package)).toEqual([]);
  });
});
