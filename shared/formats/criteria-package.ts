/**
 * The criteria package (`*.kvpaket`), formats.md version 1: zod schemas with
 * every rule of the spec, and the types the rest of the app uses.
 */
import { z } from 'zod';
import {
  addProblems,
  checkHeader,
  duplicateIds,
  finiteNumber,
  formatId,
  FORMAT_VERSION,
  integer,
  isoDate,
  longText,
  parseWith,
  signatureSchema,
  text,
  type FormatProblem,
  type FormatResult,
} from './common';
import { isValidScore, sameScore } from '../scoring/scale';

export const CRITERIA_PACKAGE_FORMAT = 'examinator.criteria-package';

const bandSchema = z
  .object({ from: finiteNumber(), to: finiteNumber(), label: text(200), descriptor: longText(4000) })
  .strict();

const attributeSchema = z.object({ id: formatId(), title: text(200), description: longText(4000) }).strict();

const scaleSchema = z
  .object({
    id: formatId(),
    title: text(300),
    min: finiteNumber(),
    max: finiteNumber(),
    step: finiteNumber().positive('ska vara större än 0'),
    unit: text(20).optional(),
    attributes: z.array(attributeSchema).max(20, 'högst 20 attribut').optional(),
    bands: z.array(bandSchema).min(1, 'minst ett band behövs').max(100, 'högst 100 band'),
  })
  .strict();

const classSchema = z.object({ id: formatId(), title: text(300) }).strict();

export const criterionSchema = z
  .object({
    id: formatId(),
    title: text(300),
    kind: z.enum(['process', 'result'], { error: 'ska vara "process" eller "result"' }),
    scale: formatId(),
    points: finiteNumber().nonnegative('får inte vara negativt'),
    description: longText(8000),
    questions: z.array(text(2000)).max(50, 'högst 50 frågor'),
    guidance: longText(8000),
    classes: z.array(formatId()).min(1, 'ange minst en klass, eller utelämna fältet').max(50).optional(),
  })
  .strict();

export const areaSchema = z
  .object({
    id: formatId(),
    title: text(300),
    description: longText(8000),
    criteria: z.array(criterionSchema).min(1, 'minst ett kriterium behövs').max(100, 'högst 100 kriterier'),
  })
  .strict();

const perCriterionSchema = z
  .object({ min: integer().nonnegative('får inte vara negativt'), max: integer().nonnegative('får inte vara negativt') })
  .strict();

const rulesSchema = z
  .object({
    maxPages: integer().positive('ska vara minst 1').optional(),
    strengthsPerCriterion: perCriterionSchema.optional(),
    improvementsPerCriterion: perCriterionSchema.optional(),
  })
  .strict();

const packageShape = z
  .object({
    id: formatId(),
    revision: integer().min(1, 'ska vara minst 1'),
    title: text(300),
    award: text(300),
    year: integer().min(1900, 'är inte ett rimligt år').max(9999, 'är inte ett rimligt år'),
    issuedBy: text(300),
    issuedAt: isoDate(),
    language: z.literal('sv', { error: 'ska vara "sv"' }),
    totalPoints: finiteNumber().nonnegative('får inte vara negativt'),
    consensus: z.object({ spreadThreshold: finiteNumber().nonnegative('får inte vara negativt') }).strict(),
    rules: rulesSchema.optional(),
    classes: z.array(classSchema).min(1, 'minst en tävlingsklass behövs').max(50, 'högst 50 klasser'),
    scales: z.array(scaleSchema).min(1, 'minst en skala behövs').max(20, 'högst 20 skalor'),
    areas: z.array(areaSchema).min(1, 'minst ett område behövs').max(50, 'högst 50 områden'),
  })
  .strict();

export type CriteriaPackage = z.infer<typeof packageShape>;
export type Scale = z.infer<typeof scaleSchema>;
export type Band = z.infer<typeof bandSchema>;
export type ScaleAttribute = z.infer<typeof attributeSchema>;
export type CompetitionClass = z.infer<typeof classSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type CriterionKind = Criterion['kind'];
export type PackageRules = z.infer<typeof rulesSchema>;

const POINTS_TOLERANCE = 1e-9;

function scaleProblems(scale: Scale, path: (string | number)[]): FormatProblem[] {
  const problems: FormatProblem[] = [];
  if (!(scale.min < scale.max)) {
    return [{ path: [...path, 'max'], message: `skalans max (${scale.max}) måste vara större än min (${scale.min})` }];
  }
  if (!isValidScore(scale, scale.max)) {
    problems.push({ path: [...path, 'step'], message: `steget ${scale.step} når inte från ${scale.min} till ${scale.max}` });
  }
  problems.push(...duplicateIds(scale.attributes ?? [], [...path, 'attributes'], 'attribut-id:t'));
  scale.bands.forEach((band, index) => {
    const at = [...path, 'bands', index];
    const name = `bandet "${band.label}"`;
    if (!isValidScore(scale, band.from)) problems.push({ path: [...at, 'from'], message: `${name} börjar på ${band.from}, som inte är en giltig poäng på skalan` });
    if (!isValidScore(scale, band.to)) problems.push({ path: [...at, 'to'], message: `${name} slutar på ${band.to}, som inte är en giltig poäng på skalan` });
    if (band.from > band.to) problems.push({ path: [...at, 'to'], message: `${name} slutar (${band.to}) före sin början (${band.from})` });
    const previous = scale.bands[index - 1];
    if (index === 0 && !sameScore(band.from, scale.min)) {
      problems.push({ path: [...at, 'from'], message: `första bandet måste börja på skalans min (${scale.min}), inte ${band.from}` });
    }
    if (previous && !sameScore(band.from, previous.to + scale.step)) {
      const gap = band.from > previous.to + scale.step ? 'lämnar en lucka efter' : 'överlappar';
      problems.push({
        path: [...at, 'from'],
        message: `${name} börjar på ${band.from} och ${gap} föregående band (som slutar på ${previous.to}); det ska börja på ${previous.to + scale.step}`,
      });
    }
    if (index === scale.bands.length - 1 && !sameScore(band.to, scale.max)) {
      problems.push({ path: [...at, 'to'], message: `sista bandet måste sluta på skalans max (${scale.max}), inte ${band.to}` });
    }
  });
  return problems;
}

/** Every rule of formats.md that zod's shapes cannot say by themselves. */
export function criteriaPackageProblems(pkg: CriteriaPackage): FormatProblem[] {
  const problems: FormatProblem[] = [
    ...duplicateIds(pkg.classes, ['classes'], 'klass-id:t'),
    ...duplicateIds(pkg.scales, ['scales'], 'skal-id:t'),
    ...duplicateIds(pkg.areas, ['areas'], 'område-id:t'),
  ];
  pkg.scales.forEach((scale, index) => problems.push(...scaleProblems(scale, ['scales', index])));
  const scales = new Set(pkg.scales.map((s) => s.id));
  const classes = new Set(pkg.classes.map((c) => c.id));
  const criterionIds = new Set<string>();
  let sum = 0;
  pkg.areas.forEach((area, a) =>
    area.criteria.forEach((criterion, c) => {
      const at = ['areas', a, 'criteria', c];
      if (criterionIds.has(criterion.id)) problems.push({ path: [...at, 'id'], message: `kriterie-id:t "${criterion.id}" används redan av ett annat kriterium` });
      criterionIds.add(criterion.id);
      if (!scales.has(criterion.scale)) problems.push({ path: [...at, 'scale'], message: `skalan "${criterion.scale}" finns inte i paketet` });
      const seenClasses = new Set<string>();
      criterion.classes?.forEach((id, k) => {
        if (!classes.has(id)) problems.push({ path: [...at, 'classes', k], message: `tävlingsklassen "${id}" finns inte i paketet` });
        if (seenClasses.has(id)) problems.push({ path: [...at, 'classes', k], message: `tävlingsklassen "${id}" står två gånger` });
        seenClasses.add(id);
      });
      sum += criterion.points;
    }),
  );
  if (Math.abs(sum - pkg.totalPoints) > POINTS_TOLERANCE) {
    problems.push({ path: ['totalPoints'], message: `totalPoints är ${pkg.totalPoints} men kriteriernas poäng är sammanlagt ${sum}` });
  }
  for (const key of ['strengthsPerCriterion', 'improvementsPerCriterion'] as const) {
    const range = pkg.rules?.[key];
    if (range && range.min > range.max) problems.push({ path: ['rules', key, 'max'], message: `max (${range.max}) är mindre än min (${range.min})` });
  }
  return problems;
}

export const criteriaPackageSchema = packageShape.superRefine((pkg, ctx) => addProblems(ctx, criteriaPackageProblems(pkg)));

/** What `package build` reads and the editor produces: the document before signing. */
export const criteriaPackageSourceSchema = z
  .object({
    format: z.literal(CRITERIA_PACKAGE_FORMAT, { error: `ska vara "${CRITERIA_PACKAGE_FORMAT}"` }),
    formatVersion: z.literal(FORMAT_VERSION, { error: `ska vara ${FORMAT_VERSION}` }),
    package: criteriaPackageSchema,
  })
  .strict();

/** A `.kvpaket` file: the source plus its signature. */
export const signedCriteriaPackageSchema = criteriaPackageSourceSchema.extend({ signature: signatureSchema }).strict();

export type CriteriaPackageSource = z.infer<typeof criteriaPackageSourceSchema>;
export type SignedCriteriaPackage = z.infer<typeof signedCriteriaPackageSchema>;

const NOUN = 'ett kriteriepaket (.kvpaket)';

/** A signed `.kvpaket`: header first (a newer format version is named as such), then every rule. */
export function parseSignedCriteriaPackage(json: unknown): FormatResult<SignedCriteriaPackage> {
  const refusal = checkHeader(json, CRITERIA_PACKAGE_FORMAT, NOUN);
  if (refusal) return { ok: false, ...refusal };
  return parseWith(signedCriteriaPackageSchema, json, 'Kriteriepaketet är ogiltigt', 'package-invalid');
}

/** The unsigned source `package build` reads. */
export function parseCriteriaPackageSource(json: unknown): FormatResult<CriteriaPackageSource> {
  const refusal = checkHeader(json, CRITERIA_PACKAGE_FORMAT, NOUN);
  if (refusal) return { ok: false, ...refusal };
  return parseWith(criteriaPackageSourceSchema, json, 'Källfilen för kriteriepaketet är ogiltig', 'package-source-invalid');
}

/** Every criterion with the area it belongs to, in package order. */
export function allCriteria(pkg: CriteriaPackage): { area: Area; criterion: Criterion }[] {
  return pkg.areas.flatMap((area) => area.criteria.map((criterion) => ({ area, criterion })));
}
