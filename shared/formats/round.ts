/**
 * The round bundle's `round.json` (formats.md version 1, format
 * "examinator.round"): the source `round build` reads, the signed manifest,
 * and every rule — including jäv (an examiner never assesses a contestant
 * from their own organisation).
 */
import { z } from 'zod';
import type { CriteriaPackage } from './criteria-package';
import {
  addProblems,
  checkHeader,
  duplicateIds,
  formatId,
  FORMAT_VERSION,
  integer,
  isoDate,
  parseWith,
  sha256Field,
  signatureSchema,
  text,
  type FormatProblem,
  type FormatResult,
} from './common';
import { conflictMessage, conflictsOfInterest, declaredConflictProblems, declaredConflictsSchema, type RoundShape } from './conflicts-of-interest';
import { emailField, feedbackPolicySchema } from './feedback-policy';
import { contestantPrizesSchema, prizeProblems, prizesSchema } from './prizes';
import { sharedSigningKeys, signingKeyField } from './signing-key';
import { manifestTrainingSchema, sourceTrainingSchema, trainingProblems } from './training';

export const ROUND_FORMAT = 'examinator.round';
export const DOCUMENTS_FOLDER = 'documents/';
export const MAX_ROUND_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** Ten times a large real round (about 100); the bundle's entry limit follows from it. */
export const MAX_ROUND_CONTESTANTS = 2000;

export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

/** Why a document path is unsafe or malformed; null when it is a plain `documents/<name>`. */
export function documentPathProblem(path: string): string | null {
  if (path.includes('\\')) return 'sökvägen får inte innehålla bakåtsnedstreck (\\)';
  if (path.startsWith('/')) return 'sökvägen får inte börja med /';
  if (path.split('/').some((segment) => segment === '..')) return 'sökvägen får inte innehålla ".."';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'sökvägen innehåller otillåtna tecken';
  const name = path.slice(DOCUMENTS_FOLDER.length);
  if (!path.startsWith(DOCUMENTS_FOLDER) || name === '' || name === '.' || name.includes('/')) {
    return 'sökvägen ska ha formen documents/<filnamn>';
  }
  return null;
}

const documentPath = () =>
  text(255).superRefine((path, ctx) => {
    const problem = documentPathProblem(path);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const mediaType = () =>
  z.enum(DOCUMENT_MEDIA_TYPES, { error: 'ska vara application/pdf eller Word-formatet (.docx)' });

/** The round's steps in the order they happen: each deadline on or after the one before. */
export const DEADLINE_ORDER = ['individual', 'consensus', 'siteVisits', 'jury'] as const;

/** Deadlines out of order, at the later step's field: "kan inte vara före sista dag för individuell bedömning (2027-03-01)". */
export function deadlineOrderProblems(deadlines: Readonly<Partial<Record<(typeof DEADLINE_ORDER)[number], unknown>>>): FormatProblem[] {
  const problems: FormatProblem[] = [];
  let latest: { kind: (typeof DEADLINE_ORDER)[number]; date: string } | null = null;
  for (const kind of DEADLINE_ORDER) {
    const date = deadlines[kind];
    if (typeof date !== 'string' || !ISO_DATE.test(date)) continue;
    if (latest && date < latest.date) {
      problems.push({ path: [kind], message: `kan inte vara före sista dag för ${DEADLINE_NAMES[latest.kind]} (${latest.date})` });
    }
    if (!latest || date > latest.date) latest = { kind, date };
  }
  return problems;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DEADLINE_NAMES: Record<(typeof DEADLINE_ORDER)[number], string> = {
  individual: 'individuell bedömning',
  consensus: 'konsensus',
  siteVisits: 'platsbesök',
  jury: 'domarkommittén',
};

const deadlinesSchema = z
  .object({ individual: isoDate(), consensus: isoDate(), siteVisits: isoDate(), jury: isoDate() })
  .strict()
  // Checked even while another date is missing or malformed, so the set-up says it at once.
  .superRefine((deadlines, ctx) => addProblems(ctx, deadlineOrderProblems(deadlines)), { when: (payload) => typeof payload.value === 'object' && payload.value !== null });

const roundInfoSchema = z
  .object({
    id: formatId(),
    title: text(300),
    year: integer().min(1900, 'är inte ett rimligt år').max(9999, 'är inte ett rimligt år'),
    deadlines: deadlinesSchema,
    /** Optional: how every återföringsrapport of the round shows scores and names, and who sends it. */
    feedback: feedbackPolicySchema.optional(),
    /** Optional: prizes without scores (formats.md "Prizes without scores"), e.g. Framsteget. */
    prizes: prizesSchema.optional(),
  })
  .strict();

const sourceDocumentSchema = z.object({ path: documentPath(), title: text(300), mediaType: mediaType() }).strict();

const manifestDocumentSchema = z
  .object({
    path: documentPath(),
    sha256: sha256Field(),
    bytes: integer()
      .positive('ska vara större än 0')
      .max(MAX_ROUND_DOCUMENT_BYTES, 'dokumentet är större än 50 MB'),
    title: text(300),
    mediaType: mediaType(),
  })
  .strict();

const contestant = <D extends z.ZodType>(document: D) =>
  z
    .object({
      id: formatId(),
      name: text(300),
      organisation: text(300),
      /** Absent for a contestant taking part only in prizes. */
      class: formatId().optional(),
      prizes: contestantPrizesSchema.optional(),
      documents: z.array(document).min(1, 'minst ett dokument behövs').max(20, 'högst 20 dokument'),
    })
    .strict();

const examinerSchema = z
  .object({
    id: formatId(),
    name: text(300),
    email: emailField(),
    organisation: text(300),
    /** The examiner's public key: every .kvbedomning they author in this round must be signed with it. */
    signingKey: signingKeyField(),
  })
  .strict();

const teamSchema = z
  .object({
    id: formatId(),
    lead: formatId(),
    members: z.array(formatId()).min(1, 'minst en medlem behövs').max(20, 'högst 20 medlemmar'),
    contestants: z.array(formatId()).max(100, 'högst 100 tävlande'),
  })
  .strict();

export type RoundDeadlines = z.infer<typeof deadlinesSchema>;
export type RoundInfo = z.infer<typeof roundInfoSchema>;
export type RoundExaminer = z.infer<typeof examinerSchema>;
export type RoundTeam = z.infer<typeof teamSchema>;
export type RoundSourceDocument = z.infer<typeof sourceDocumentSchema>;
export type RoundDocument = z.infer<typeof manifestDocumentSchema>;
export type DocumentMediaType = RoundDocument['mediaType'];



/** Every rule of formats.md for round.json that the shapes cannot say by themselves. */
export function roundProblems(round: RoundShape): FormatProblem[] {
  const problems: FormatProblem[] = [
    ...duplicateIds(round.contestants, ['contestants'], 'id:t för den tävlande'),
    ...duplicateIds(round.examiners, ['examiners'], 'examinator-id:t'),
    ...duplicateIds(round.teams, ['teams'], 'team-id:t'),
    ...sharedSigningKeys(round.examiners),
  ];
  const paths = new Set<string>();
  round.contestants.forEach((contestant, c) =>
    contestant.documents.forEach((document, d) => {
      if (paths.has(document.path)) {
        problems.push({ path: ['contestants', c, 'documents', d, 'path'], message: `sökvägen ${document.path} används redan av ett annat dokument` });
      }
      paths.add(document.path);
    }),
  );
  const examinerIds = new Set(round.examiners.map((e) => e.id));
  const contestantIds = new Set(round.contestants.map((c) => c.id));
  const teamsOf = new Map<string, string[]>();
  round.teams.forEach((team, t) => {
    const at = ['teams', t];
    const members = new Set<string>();
    team.members.forEach((id, m) => {
      if (!examinerIds.has(id)) problems.push({ path: [...at, 'members', m], message: `examinatorn "${id}" finns inte bland examinatorerna` });
      if (members.has(id)) problems.push({ path: [...at, 'members', m], message: `examinatorn "${id}" står två gånger` });
      members.add(id);
    });
    if (!members.has(team.lead)) problems.push({ path: [...at, 'lead'], message: `utvärderingsledaren "${team.lead}" är inte medlem i teamet` });
    const assessed = new Set<string>();
    team.contestants.forEach((id, k) => {
      if (!contestantIds.has(id)) problems.push({ path: [...at, 'contestants', k], message: `den tävlande "${id}" finns inte bland de tävlande` });
      if (assessed.has(id)) problems.push({ path: [...at, 'contestants', k], message: `den tävlande "${id}" står två gånger` });
      assessed.add(id);
      teamsOf.set(id, [...(teamsOf.get(id) ?? []), team.id]);
    });
  });
  round.contestants.forEach((contestant, c) => {
    const teams = [...new Set(teamsOf.get(contestant.id) ?? [])];
    if (teams.length === 0) problems.push({ path: ['contestants', c, 'id'], message: `${contestant.name} bedöms inte av något team` });
    if (teams.length > 1) problems.push({ path: ['contestants', c, 'id'], message: `${contestant.name} bedöms av flera team (${teams.join(', ')}); det ska vara exakt ett` });
  });
  problems.push(...declaredConflictProblems(round));
  for (const conflict of conflictsOfInterest(round)) {
    const t = round.teams.findIndex((team) => team.id === conflict.teamId);
    const k = round.teams[t]?.contestants.indexOf(conflict.contestantId) ?? 0;
    problems.push({ path: ['teams', t, 'contestants', k], message: conflictMessage(conflict) });
  }
  return problems;
}

/** Rules that need the round's criteria package: the right package, and classes it has. */
export function roundPackageProblems(
  round: { readonly criteriaPackage: { readonly id: string; readonly revision: number }; readonly contestants: readonly { readonly id: string; readonly class?: string | undefined }[] },
  pkg: CriteriaPackage,
): FormatProblem[] {
  const problems: FormatProblem[] = [];
  if (round.criteriaPackage.id !== pkg.id || round.criteriaPackage.revision !== pkg.revision) {
    problems.push({
      path: ['criteriaPackage'],
      message: `omgången anger kriteriepaketet ${round.criteriaPackage.id} revision ${round.criteriaPackage.revision}, men paketet är ${pkg.id} revision ${pkg.revision}`,
    });
  }
  const classes = new Set(pkg.classes.map((c) => c.id));
  round.contestants.forEach((contestant, c) => {
    if (contestant.class !== undefined && !classes.has(contestant.class)) {
      problems.push({ path: ['contestants', c, 'class'], message: `tävlingsklassen "${contestant.class}" finns inte i kriteriepaketet` });
    }
  });
  return problems;
}

const header = {
  format: z.literal(ROUND_FORMAT, { error: `ska vara "${ROUND_FORMAT}"` }),
  formatVersion: z.literal(FORMAT_VERSION, { error: `ska vara ${FORMAT_VERSION}` }),
  round: roundInfoSchema,
};
const people = {
  examiners: z.array(examinerSchema).min(1, 'minst en examinator behövs').max(2000, 'högst 2 000 examinatorer'),
  teams: z.array(teamSchema).min(1, 'minst ett team behövs').max(500, 'högst 500 team'),
  declaredConflicts: declaredConflictsSchema,
};

/** What `round build` reads and the round set-up produces: no hashes, sizes or signature. */
export const roundSourceSchema = z
  .object({
    ...header,
    criteriaPackage: z.object({ id: formatId(), revision: integer().min(1, 'ska vara minst 1') }).strict(),
    contestants: z.array(contestant(sourceDocumentSchema)).min(1, 'minst en tävlande behövs').max(MAX_ROUND_CONTESTANTS, 'högst 2 000 tävlande'),
    ...people,
    /** A training round: the reference assessment files per practice contestant. */
    training: sourceTrainingSchema,
  })
  .strict()
  .superRefine((round, ctx) => addProblems(ctx, [...roundProblems(round), ...trainingProblems(round), ...prizeProblems(round)]));

/** `round.json` inside a `.kvomgang`: signed, with every document's hash and size. */
export const roundManifestSchema = z
  .object({
    ...header,
    criteriaPackage: z.object({ id: formatId(), revision: integer().min(1, 'ska vara minst 1'), sha256: sha256Field() }).strict(),
    contestants: z.array(contestant(manifestDocumentSchema)).min(1, 'minst en tävlande behövs').max(MAX_ROUND_CONTESTANTS, 'högst 2 000 tävlande'),
    ...people,
    training: manifestTrainingSchema,
    signature: signatureSchema,
  })
  .strict()
  .superRefine((round, ctx) => addProblems(ctx, [...roundProblems(round), ...trainingProblems(round), ...prizeProblems(round)]));

export type RoundSource = z.infer<typeof roundSourceSchema>;
export type RoundManifest = z.infer<typeof roundManifestSchema>;
export type RoundContestant = RoundManifest['contestants'][number];

const NOUN = 'en omgångsfil (round.json)';

export function parseRoundManifest(json: unknown): FormatResult<RoundManifest> {
  const refusal = checkHeader(json, ROUND_FORMAT, NOUN);
  if (refusal) return { ok: false, ...refusal };
  return parseWith(roundManifestSchema, json, 'Omgångsfilens round.json är ogiltig', 'round-invalid');
}

export function parseRoundSource(json: unknown): FormatResult<RoundSource> {
  const refusal = checkHeader(json, ROUND_FORMAT, NOUN);
  if (refusal) return { ok: false, ...refusal };
  return parseWith(roundSourceSchema, json, 'Källfilen för omgången är ogiltig', 'round-source-invalid');
}
