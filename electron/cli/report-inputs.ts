/**
 * What `examinator report …` reads and writes: the round bundle verified
 * exactly as `round verify` does it, each .kvbedomning verified (signature,
 * schema) and checked against that round with the exchange's own checks, the
 * and the report date.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError, appError } from '../../shared/errors';
import { formatNumber, stockholmDate } from '../../shared/format';
import { MAX_ASSESSMENT_FILE_BYTES } from '../../shared/formats/assessment-file';
import {
  type AssessmentFileBytes, BUNDLE_LIMITS, type Candidate, checkAgainstRound, checkRegisteredKey, type ExpectedSigner, readAssessmentFile, readRoundBundle,
  type ReportSource, type RoundFacts, roundFactsFromManifest, type VerifiedRound,
} from '../core';
import { UsageError, type CliIo } from './io';
import { checkOneKeyPerAuthor, expectedSigners } from './examiner-keys';
import { commandLineTrust, explainUntrusted, readInputFile } from './input-files';

export const EXAMPLE_NOTICE = 'Övningsmaterial — signerat med exempelnyckeln.';

export interface LoadedRound {
  readonly verified: VerifiedRound;
  readonly facts: RoundFacts;
  readonly source: ReportSource;
  /** Per examiner, the key their files must carry: registered in the round or given with --examiner-keys. */
  readonly signers: ReadonlyMap<string, ExpectedSigner>;
}

/**
 * The bundle with the shipped keys plus --trust; example material is accepted
 * and said so on stderr. `examinerKeys` is the --examiner-keys folder.
 */
export async function loadRound(file: string, trustFiles: readonly string[], io: CliIo, examinerKeys?: string): Promise<LoadedRound> {
  const path = resolve(file);
  readInputFile(path, BUNDLE_LIMITS.fileBytes);
  let verified: VerifiedRound;
  try {
    verified = await readRoundBundle(path, commandLineTrust(trustFiles));
  } catch (error) {
    explainUntrusted(error);
  }
  if (verified.example) io.err(EXAMPLE_NOTICE);
  const facts = roundFactsFromManifest(verified.manifest, verified.criteria, verified.example);
  const signers = expectedSigners(facts, examinerKeys);
  return { verified, facts, source: { round: verified.manifest, pkg: verified.criteria.package, exampleMaterial: verified.example }, signers };
}

/**
 * Signature with the key in the file, schema and rules, then the round: id,
 * package, contestant, author, lead, scores, and the author's registered key.
 */
export function loadAssessment(path: string, round: LoadedRound): AssessmentFileBytes {
  const name = basename(path);
  try {
    const read = readAssessmentFile(readInputFile(path, MAX_ASSESSMENT_FILE_BYTES));
    const { file } = read;
    if (file.round.id !== round.facts.id) {
      throw appError('assessment-other-round', { id: file.round.id, title: round.facts.title, roundId: round.facts.id });
    }
    checkAgainstRound(file, round.facts, [round.facts.title]);
    checkRegisteredKey(round.signers.get(file.author.examinerId)!, read.keyId);
    return read;
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, `${name}: ${error.message}`, { cause: error });
    throw error;
  }
}

/** Every *.kvbedomning directly in the folder, by name. */
export function assessmentFilesIn(folder: string): string[] {
  const path = resolve(folder);
  if (!existsSync(path) || !statSync(path).isDirectory()) throw appError('folder-missing', { folder });
  const names = readdirSync(path)
    .filter((name) => name.toLowerCase().endsWith('.kvbedomning') && statSync(join(path, name)).isFile())
    .sort((a, b) => a.localeCompare(b, 'sv'));
  if (names.length === 0) throw appError('assessments-missing', { folder });
  return names.map((name) => join(path, name));
}

/** Every *.kvbedomning in the folder verified against the round (each said on stderr), one key per author. */
export function verifiedCandidates(io: CliIo, folder: string, round: LoadedRound): Candidate[] {
  const paths = assessmentFilesIn(folder);
  const candidates = paths.map((path, i) => {
    io.err(`Läser bedömningsfil ${i + 1} av ${paths.length}: ${basename(path)}`);
    const read = loadAssessment(path, round);
    return { name: basename(path), file: read.file, contentSha256: read.contentSha256, keyId: read.keyId, signed: { sha256: read.sha256, keyId: read.keyId } };
  });
  checkOneKeyPerAuthor(candidates, round.signers);
  return candidates;
}

/** `--date` or today in Stockholm. */
export function reportDate(given: string | undefined, now: Date = new Date()): string {
  if (given === undefined) return stockholmDate(now);
  const time = /^\d{4}-\d{2}-\d{2}$/.test(given) ? Date.parse(`${given}T12:00:00Z`) : Number.NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== given) {
    throw new UsageError(`--date ska vara ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-10-20 (fick "${given}").`);
  }
  return given;
}

/** "182 kB", "1,4 MB". */
export function bytesText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(bytes / (1024 * 1024), 1)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), 0)} kB`;
}

/** "14 sidor, 182 kB". */
export function sizeText(pages: number, bytes: number): string {
  return `${formatNumber(pages)} ${pages === 1 ? 'sida' : 'sidor'}, ${bytesText(bytes)}`;
}
