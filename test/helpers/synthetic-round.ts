/**
 * A synthetic round ten times a real one (issues 15 and 17): 1,000 contestants
 * in 10 classes, 300 examiners in 60 teams of five (each team ~17 contestants),
 * every examiner's key registered in the round, the bundle signed by a
 * generated office key (not the example key). Per contestant: the team's
 * consensus and site-visit files (signed by the lead) and every member's
 * individual file, with varied, deterministic scores and comments with
 * evidence. Plain Node (the benches use it); built with the app's own builders.
 * Written once per process into a temp folder, removed when the process exits.
 */
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAssessmentFile, type AssessmentFileInput } from '../../electron/core/exchange/assessment-file';
import { keyIdOf, publicPemOf } from '../../electron/core/packages/keys';
import { trustSet, type TrustedKey } from '../../electron/core/packages/trust-store';
import { readRoundBundle } from '../../electron/core/rounds/round-bundle-read';
import type { Comment, ConsensusCriterion, CriterionAssessment, Recommendation, Stage } from '../../shared/domain/assessment';
import type { CriteriaPackage } from '../../shared/formats/criteria-package';
import type { RoundSource } from '../../shared/formats/round';
import { applicableCriteria } from '../../shared/scoring/points';
import { bundleBytes } from './bundle-bytes';
import { makePdf } from './pdf';
import { packageSource } from './samples';

export const SYNTHETIC = { contestants: 1000, classes: 10, teams: 60, teamSize: 5 } as const;
export const SYNTHETIC_ROUND_ID = 'ku-2026-syntet';

/** The five classes of the example package and five more, so that a class holds 100 contestants. */
const EXTRA_CLASSES = [
  { id: 'bibliotek', title: 'Bibliotek' },
  { id: 'idrott', title: 'Idrott och fritid' },
  { id: 'kultur', title: 'Kultur' },
  { id: 'miljo', title: 'Miljö och stadsmiljö' },
  { id: 'service', title: 'Service och bemötande' },
];
const NAMES = ['Blåklinten', 'Lärkan', 'Ekbacken', 'Vitsippan', 'Humlan', 'Näckrosen', 'Tusenskönan', 'Gläntan', 'Kastanjen', 'Äppellunden'];

const pad = (n: number, width = 4) => String(n).padStart(width, '0');
const contestantId = (i: number) => `c-${pad(i + 1)}`;
const examinerId = (i: number) => `e-${pad(i + 1, 3)}`;
/** Teams 1–40 assess 17 contestants, teams 41–60 assess 16: 1,000 in all, in order. */
const teamOfContestant = (i: number) => (i < 40 * 17 ? Math.floor(i / 17) : 40 + Math.floor((i - 40 * 17) / 16));
const membersOf = (team: number) => Array.from({ length: SYNTHETIC.teamSize }, (_, m) => examinerId(team * SYNTHETIC.teamSize + m));

/** A deterministic pseudo-random sequence per seed: the same round on every run. */
function random(seed: number): () => number {
  let state = (seed * 7919 + 17) % 2_147_483_648;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}
const step = (value: number) => Math.max(0, Math.min(100, Math.round(value / 10) * 10));

export interface SyntheticRound {
  readonly dir: string;
  readonly bundlePath: string;
  /** The office key the bundle is signed with: the tests trust it. */
  readonly officeKey: TrustedKey;
  readonly pkg: CriteriaPackage;
  readonly source: RoundSource;
  readonly classes: readonly string[];
  /** Consensus then site-visit file per contestant (2,000 paths). */
  readonly teamFiles: readonly string[];
  /** Every member's individual file per contestant (5,000 paths), written on first call. */
  individualFiles(): readonly string[];
}

function roundSourceOf(classes: readonly string[], examinerKeys: readonly KeyObject[]): RoundSource {
  return {
    format: 'examinator.round',
    formatVersion: 1,
    round: {
      id: SYNTHETIC_ROUND_ID,
      title: 'Kvalitetsutmärkelsen 2026 – syntetisk omgång (1 000 tävlande)',
      year: 2026,
      deadlines: { individual: '2026-09-15', consensus: '2026-09-29', siteVisits: '2026-10-16', jury: '2026-11-06' },
    },
    criteriaPackage: { id: 'ku-2026-exempel', revision: 1 },
    contestants: Array.from({ length: SYNTHETIC.contestants }, (_, i) => ({
      id: contestantId(i),
      name: `${NAMES[i % NAMES.length]} ${i + 1}`,
      organisation: `Stadsdelsförvaltning ${(i % 14) + 1}`,
      class: classes[Math.floor(i / (SYNTHETIC.contestants / SYNTHETIC.classes))]!,
      documents: [{ path: `documents/vb-${pad(i + 1)}.pdf`, title: 'Verksamhetsbeskrivning', mediaType: 'application/pdf' as const }],
    })),
    examiners: examinerKeys.map((key, i) => ({
      id: examinerId(i),
      name: `Examinator ${i + 1}`,
      email: `${examinerId(i)}@fackforvaltning.example.se`,
      organisation: `Fackförvaltning ${(i % 9) + 1}`,
      signingKey: publicPemOf(key),
    })),
    teams: Array.from({ length: SYNTHETIC.teams }, (_, t) => ({
      id: `team-${pad(t + 1, 2)}`,
      lead: membersOf(t)[0]!,
      members: membersOf(t),
      contestants: Array.from({ length: SYNTHETIC.contestants }, (_, i) => i).filter((i) => teamOfContestant(i) === t).map(contestantId),
    })),
  } as RoundSource;
}

interface Place {
  readonly roundId: string;
  readonly criteriaPackage: AssessmentFileInput['criteriaPackage'];
  readonly pkg: CriteriaPackage;
  readonly document: string;
}

/** Contestant `i`'s scores: a level per contestant, a spread per member, a change at the site visit. */
function contestantScores(i: number, criteria: number) {
  const next = random(i + 1);
  const level = 15 + next() * 75;
  return Array.from({ length: criteria }, () => {
    const agreed = step(level + (next() - 0.5) * 30);
    const members = Array.from({ length: SYNTHETIC.teamSize }, () => step(agreed + (next() - 0.5) * 40));
    const after = step(agreed + (next() < 0.3 ? (next() < 0.5 ? -10 : 10) : 0));
    return { agreed, members, after, level };
  });
}

/** `count` comments with evidence; `offset` keeps their ids unique within the file. */
function comments(kind: 'S' | 'F', criterionId: string, i: number, document: string, count: number, offset: number): Comment[] {
  return Array.from({ length: count }, (_, k) => ({
    id: `00000000-0000-4000-8000-${pad(offset * 10 + k + 1, 12)}`,
    text: `${kind === 'S' ? 'Styrka' : 'Förbättringsområde'} ${k + 1} för ${criterionId}: verksamheten ${kind === 'S' ? 'visar' : 'behöver visa'} hur arbetssättet följs upp.`,
    evidence: [{ documentSha256: document, page: 1 + ((i + k) % 3), quote: `Citat ur verksamhetsbeskrivningen, avsnitt ${criterionId}` }],
  }));
}

function teamFile(place: Place, classId: string, i: number, stage: Exclude<Stage, 'individual'>): AssessmentFileInput {
  const team = teamOfContestant(i);
  const members = membersOf(team);
  const criteria = applicableCriteria(place.pkg, classId);
  const scores = contestantScores(i, criteria.length);
  const level = scores[0]!.level;
  const consensus: ConsensusCriterion[] = criteria.map((criterion, c) => {
    const s = scores[c]!;
    return {
      criterionId: criterion.id,
      score: stage === 'site-visit' ? s.after : s.agreed,
      attributes: {},
      strengths: comments('S', criterion.id, i, place.document, 1 + (c % 2), c * 2),
      improvements: comments('F', criterion.id, i, place.document, 1, c * 2 + 1),
      siteVisitQuestions: [],
      individualScores: members.map((examinerId, m) => ({ examinerId, score: s.members[m]! })),
      rationale: 'Teamet enades efter diskussion.',
      discussed: c % 3 === 0,
      ...(stage === 'site-visit' && { siteVisit: { scoreBefore: s.agreed, scoreAfter: s.after, note: s.after === s.agreed ? '' : 'Platsbesöket ändrade bilden.' } }),
    };
  });
  const recommendation: Recommendation = {
    siteVisit: level > 55,
    nomination: stage === 'consensus' ? null : level > 80 ? 'winner' : level > 70 ? 'honourable-mention' : 'none',
    citation: stage === 'site-visit' && level > 80 ? `${NAMES[i % NAMES.length]} ${i + 1} visar ett systematiskt förbättringsarbete.` : '',
  } as Recommendation;
  return {
    roundId: place.roundId,
    criteriaPackage: place.criteriaPackage,
    contestantId: contestantId(i),
    stage,
    author: { examinerId: members[0]!, name: `Examinator ${team * SYNTHETIC.teamSize + 1}` },
    revision: 1,
    exportedAt: stage === 'consensus' ? '2026-09-29T15:00:00.000Z' : '2026-10-16T15:00:00.000Z',
    includesPrivateNotes: false,
    criteria: consensus,
    team: {
      recommendation,
      summary: 'Verksamheten har ett tydligt systematiskt kvalitetsarbete.',
      nextSteps: ['Följ upp resultaten över tid.'],
      sources: members.map((examinerId) => ({ examinerId, revision: 1, changeLog: null })),
    },
    changeLog: null,
  };
}

function individualFile(place: Place, classId: string, i: number, member: number): AssessmentFileInput {
  const examiner = membersOf(teamOfContestant(i))[member]!;
  const criteria = applicableCriteria(place.pkg, classId);
  const scores = contestantScores(i, criteria.length);
  const own: CriterionAssessment[] = criteria.map((criterion, c) => ({
    criterionId: criterion.id,
    score: scores[c]!.members[member]!,
    attributes: {},
    strengths: comments('S', criterion.id, i, place.document, 1, c * 2),
    improvements: comments('F', criterion.id, i, place.document, 1, c * 2 + 1),
    siteVisitQuestions: [],
  }));
  return {
    roundId: place.roundId,
    criteriaPackage: place.criteriaPackage,
    contestantId: contestantId(i),
    stage: 'individual',
    author: { examinerId: examiner, name: `Examinator ${Number(examiner.slice(2))}` },
    revision: 1,
    exportedAt: '2026-09-15T12:00:00.000Z',
    includesPrivateNotes: false,
    criteria: own,
    changeLog: null,
  };
}

let made: Promise<SyntheticRound> | null = null;

/** The synthetic round, generated once per process. */
export function syntheticRound(): Promise<SyntheticRound> {
  made ??= generate();
  return made;
}

async function generate(): Promise<SyntheticRound> {
  const dir = mkdtempSync(join(tmpdir(), 'examinator-syntet-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const office = generateKeyPairSync('ed25519').privateKey;
  const officeKey: TrustedKey = {
    keyId: keyIdOf(office),
    publicKey: createPublicKey(office),
    label: 'Stadsledningskontoret (syntetisk omgång)',
    example: false,
    source: 'command-line',
    addedAt: null,
  };
  const examinerKeys = Array.from({ length: SYNTHETIC.teams * SYNTHETIC.teamSize }, () => generateKeyPairSync('ed25519').privateKey);
  const classes = [...packageSource().package.classes, ...EXTRA_CLASSES].map((c) => c.id);
  const source = roundSourceOf(classes, examinerKeys);
  const pdf = await makePdf([1, 2, 3].map((page) => [`Verksamhetsbeskrivning, sida ${page}.`, 'Verksamheten arbetar systematiskt med kvalitet.']));
  const bytes = await bundleBytes({
    key: office,
    trust: [officeKey],
    editPackage: (pkg) => pkg.package.classes.push(...EXTRA_CLASSES),
    editRound: (round) => Object.assign(round, source),
    documents: Object.fromEntries(source.contestants.map((c) => [c.documents[0]!.path.slice('documents/'.length), pdf])),
  });
  const bundlePath = join(dir, 'syntetisk.kvomgang');
  writeFileSync(bundlePath, bytes);

  const { manifest, criteria } = await readRoundBundle(bundlePath, trustSet([officeKey]));
  const pkg = criteria.package;
  const place: Place = { roundId: SYNTHETIC_ROUND_ID, criteriaPackage: manifest.criteriaPackage, pkg, document: manifest.contestants[0]!.documents[0]!.sha256 };
  const keyOf = (id: string) => examinerKeys[Number(id.slice(2)) - 1]!;
  const write = (folder: string, name: string, input: AssessmentFileInput) => {
    const path = join(folder, name);
    writeFileSync(path, buildAssessmentFile(input, keyOf(input.author.examinerId)).bytes);
    return path;
  };
  const teamDir = join(dir, 'team');
  mkdirSync(teamDir);
  const classOf = (i: number) => source.contestants[i]!.class!;
  const teamFiles = source.contestants.flatMap((_, i) =>
    (['consensus', 'site-visit'] as const).map((stage) => write(teamDir, `${contestantId(i)}-${stage}.kvbedomning`, teamFile(place, classOf(i), i, stage))),
  );
  let individual: string[] | null = null;
  return {
    dir,
    bundlePath,
    officeKey,
    pkg,
    source,
    classes,
    teamFiles,
    individualFiles: () => {
      if (individual) return individual;
      const folder = join(dir, 'individual');
      mkdirSync(folder);
      individual = source.contestants.flatMap((_, i) =>
        Array.from({ length: SYNTHETIC.teamSize }, (_, m) => write(folder, `${contestantId(i)}-${m + 1}.kvbedomning`, individualFile(place, classOf(i), i, m))),
      );
      return individual;
    },
  };
}
