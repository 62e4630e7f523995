/**
 * `examinator decision verify`: a jury decision (.kvbeslut) checked exactly
 * as the app checks it — signature by a key trusted for
 * stadsledningskontoret's documents, structure and rules — and, with
 * --round, against that round (identity, package, classes, prizes, the
 * example key never for a real round).
 */
import type { Command } from 'commander';
import { fingerprint } from '../../../shared/fingerprint';
import { MAX_DECISION_FILE_BYTES, type DecisionFile } from '../../../shared/formats/jury-decision';
import { checkDecisionAgainstRound, decisionRoundFromManifest, verifyDecisionBytes, type VerifiedDecision } from '../../core';
import { printJson, verifiedFileJson, type CliIo } from '../io';
import { commandLineTrust, describeSigner, explainUntrusted, readInputFile, signerJson, TRUST_OPTION } from '../input-files';
import { loadRound, type LoadedRound } from '../report-inputs';

const MEETING_NAMES = { first: 'första möte (platsbesök)', final: 'slutmöte (vinnare)' } as const;

/** How many contestants got what: "2 platsbesök av 5" or "1 vinnare, 1 hedersomnämnande, 3 utan pris". */
export function decisionCounts(file: DecisionFile): Record<string, number> {
  const entries = [...file.classes, ...file.prizes].flatMap((award) => award.contestants as readonly object[]);
  const counts: Record<string, number> = {};
  for (const entry of entries) {
    const key = 'siteVisit' in entry ? (entry.siteVisit ? 'siteVisit' : 'noSiteVisit') : (entry as { decision: string }).decision;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function describeCounts(file: DecisionFile): string {
  const c = decisionCounts(file);
  if (file.meeting === 'first') return `${c.siteVisit ?? 0} platsbesök valda av ${(c.siteVisit ?? 0) + (c.noSiteVisit ?? 0)} tävlande`;
  return `${c.winner ?? 0} vinnare, ${c['honourable-mention'] ?? 0} hedersomnämnanden, ${c.none ?? 0} utan pris`;
}

/** The decision verified with the shipped keys plus --trust, then (when a round is given) checked against it. */
export function readDecision(file: string, trust: readonly string[], round: LoadedRound | null): VerifiedDecision {
  let read: VerifiedDecision;
  try {
    read = verifyDecisionBytes(readInputFile(file, MAX_DECISION_FILE_BYTES), commandLineTrust(trust));
  } catch (error) {
    explainUntrusted(error);
  }
  if (round) checkDecisionAgainstRound(read, decisionRoundFromManifest(round.verified.manifest, round.verified.criteria, round.verified.example));
  return read;
}

export function registerDecisionCommands(program: Command, io: CliIo): void {
  const decision = program.command('decision').description('domarkommitténs beslut (.kvbeslut): kontrollera');

  decision
    .command('verify')
    .description('kontrollera signatur och innehåll i en beslutsfil (och mot omgången med --round)')
    .argument('<fil>', 'beslutsfilen (.kvbeslut)')
    .option('--round <fil.kvomgang>', 'kontrollera också mot omgången: omgång, kriteriepaket, klasser, priser och tävlande')
    .option(...TRUST_OPTION)
    .option('--json', 'skriv ut som JSON')
    .action(async (file: string, options: { round?: string; trust: string[]; json?: boolean }) => {
      const round = options.round === undefined ? null : await loadRound(options.round, options.trust, io);
      const read = readDecision(file, options.trust, round);
      const f = read.file;
      if (options.json) {
        return printJson(io, {
          ...verifiedFileJson(file, read.sha256, f),
          roundChecked: round !== null,
          meeting: f.meeting,
          meetingDate: f.meetingDate,
          jury: f.jury.map((m) => m.name),
          revision: f.revision,
          exportedAt: f.exportedAt,
          classes: f.classes.length,
          prizes: f.prizes.length,
          counts: decisionCounts(f),
          basis: f.basis.length,
          signer: signerJson(read.signer),
          fingerprint: fingerprint(read.signer.keyId),
        });
      }
      io.out(`Giltig beslutsfil: domarkommitténs ${MEETING_NAMES[f.meeting]} ${f.meetingDate}, revision ${f.revision}`);
      io.out(`Omgång: ${f.round.id} (kriteriepaket ${f.criteriaPackage.id} revision ${f.criteriaPackage.revision})${round ? ' – stämmer med omgångsfilen' : ''}`);
      io.out(`Ledamöter: ${f.jury.map((m) => m.name).join(', ')}`);
      io.out(`${f.classes.length} klasser, ${f.prizes.length} priser: ${describeCounts(f)}; ${f.basis.length} teamfiler i underlaget`);
      io.out(`Signerad med: ${describeSigner(read.signer)}`);
    });
}
