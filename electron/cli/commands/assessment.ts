import type { Command } from 'commander';
import { STAGE_LABELS } from '../../../shared/contract/exchange';
import { fingerprint } from '../../../shared/fingerprint';
import { MAX_ASSESSMENT_FILE_BYTES } from '../../../shared/formats/assessment-file';
import { appError } from '../../../shared/errors';
import { parseJsonBytes, readAssessmentFile, verifyExportedLog } from '../../core';
import { EXAMINER_KEYS_OPTION } from '../examiner-keys';
import { printJson, UsageError, verifiedFileJson, type CliIo } from '../io';
import { readInputFile, TRUST_OPTION } from '../input-files';
import { loadAssessment, loadRound } from '../report-inputs';

const aspectCount = (n: number) => `${n} ${n === 1 ? 'aspekt' : 'aspekter'}`;

export function registerAssessmentCommands(program: Command, io: CliIo): void {
  const assessment = program.command('assessment').description('bedömningsfiler (.kvbedomning) och ändringsloggar: kontrollera');

  assessment
    .command('verify')
    .description('kontrollera signatur och innehåll i en bedömningsfil (utan att importera den)')
    .argument('<fil>', 'bedömningsfilen (.kvbedomning)')
    .option('--round <fil.kvomgang>', 'kontrollera också mot omgången: tävlande, team, poäng och examinatorernas registrerade nycklar')
    .option(...TRUST_OPTION)
    .option(...EXAMINER_KEYS_OPTION)
    .option('--json', 'skriv ut som JSON')
    .action(async (file: string, options: { round?: string; trust: string[]; examinerKeys?: string; json?: boolean }) => {
      if (options.examinerKeys !== undefined && options.round === undefined) {
        throw new UsageError('--examiner-keys behöver --round: nycklarna gäller examinatorerna i en omgång.');
      }
      const round = options.round === undefined ? null : await loadRound(options.round, options.trust, io, options.examinerKeys);
      const read = round ? loadAssessment(file, round) : readAssessmentFile(readInputFile(file, MAX_ASSESSMENT_FILE_BYTES));
      const expected = round?.signers.get(read.file.author.examinerId);
      const signer = expected?.keyId ?? null;
      const f = read.file;
      if (options.json) {
        return printJson(io, {
          ...verifiedFileJson(file, read.sha256, f),
          contestant: f.contestant.id,
          stage: f.stage,
          author: { examinerId: f.author.examinerId, name: f.author.name },
          revision: f.revision,
          exportedAt: f.exportedAt,
          criteria: f.criteria.length,
          prizes: (f.prizes ?? []).map((p) => ({ prizeId: p.prizeId, aspects: p.aspects.length })),
          includesPrivateNotes: f.includesPrivateNotes,
          keyId: read.keyId,
          fingerprint: fingerprint(read.keyId),
          keyChecked: signer !== null,
        });
      }
      io.out(`Giltig bedömningsfil: ${STAGE_LABELS[f.stage]}, revision ${f.revision}`);
      io.out(`Omgång: ${f.round.id} (kriteriepaket ${f.criteriaPackage.id} revision ${f.criteriaPackage.revision})`);
      io.out(`Tävlande: ${f.contestant.id}`);
      if (f.prizes?.length) io.out(`Priser: ${f.prizes.map((p) => `${round?.facts.prizes.find((k) => k.id === p.prizeId)?.title ?? p.prizeId} (${aspectCount(p.aspects.length)})`).join(', ')}`);
      io.out(`Författare: ${f.author.name} (${f.author.examinerId}), exporterad ${f.exportedAt}`);
      io.out(`Signerad med nyckeln: ${fingerprint(read.keyId)}`);
      if (signer !== null) io.out(`Nyckeln stämmer med den som ${expected?.source === 'round' ? 'omgången anger' : 'du angav med --examiner-keys'} för ${expected?.examinerName}.`);
      else io.out('Jämför fingeravtrycket med författarens innan du litar på att filen kommer från hen.');
    });

  assessment
    .command('verify-log')
    .description('kontrollera en exporterad ändringslogg (JSON): varje post, kedjan av hashar och slutsumman')
    .argument('<fil>', 'ändringsloggen (.json) som Examinator sparade')
    .option('--json', 'skriv ut som JSON')
    .action((file: string, options: { json?: boolean }) => {
      const maxBytes = 200 * 1024 * 1024;
      const json = parseJsonBytes(readInputFile(file, maxBytes), 'Ändringsloggen', maxBytes);
      const result = verifyExportedLog(json);
      if (!result.ok) throw appError('log-broken', { problem: result.problem });
      const log = json as { assessment: { roundId: string; contestantId: string; examinerId: string; stage: string; revision: number } };
      if (options.json) return printJson(io, { valid: true, file, entries: result.entries, finalHash: result.finalHash, assessment: log.assessment });
      io.out(`Ändringsloggen håller: ${result.entries} poster, kedjan obruten.`);
      io.out(`Bedömning: ${log.assessment.contestantId} i ${log.assessment.roundId}, av ${log.assessment.examinerId} (revision ${log.assessment.revision})`);
      io.out(`Sista hash: ${result.finalHash}`);
    });
}
