import type { Command } from 'commander';
import { STAGE_LABELS } from '../../../shared/contract/exchange';
import { fingerprint } from '../../../shared/fingerprint';
import { MAX_ASSESSMENT_FILE_BYTES } from '../../../shared/formats/assessment-file';
import { AppError } from '../../../shared/errors';
import { verifyExportedLog } from '../../core/assessments/log-export';
import { readAssessmentFile } from '../../core/exchange/assessment-file';
import { parseJsonBytes } from '../../core/packages/json-bytes';
import { printJson, type CliIo } from '../io';
import { readInputFile } from '../input-files';

export function registerAssessmentCommands(program: Command, io: CliIo): void {
  const assessment = program.command('assessment').description('bedömningsfiler (.kvbedomning) och ändringsloggar: kontrollera');

  assessment
    .command('verify')
    .description('kontrollera signatur och innehåll i en bedömningsfil (utan att importera den)')
    .argument('<fil>', 'bedömningsfilen (.kvbedomning)')
    .option('--json', 'skriv ut som JSON')
    .action((file: string, options: { json?: boolean }) => {
      const read = readAssessmentFile(readInputFile(file, MAX_ASSESSMENT_FILE_BYTES));
      const f = read.file;
      if (options.json) {
        return printJson(io, {
          valid: true,
          file,
          sha256: read.sha256,
          round: f.round.id,
          criteriaPackage: f.criteriaPackage,
          contestant: f.contestant.id,
          stage: f.stage,
          author: { examinerId: f.author.examinerId, name: f.author.name },
          revision: f.revision,
          exportedAt: f.exportedAt,
          criteria: f.criteria.length,
          includesPrivateNotes: f.includesPrivateNotes,
          keyId: read.keyId,
        });
      }
      io.out(`Giltig bedömningsfil: ${STAGE_LABELS[f.stage]}, revision ${f.revision}`);
      io.out(`Omgång: ${f.round.id} (kriteriepaket ${f.criteriaPackage.id} revision ${f.criteriaPackage.revision})`);
      io.out(`Tävlande: ${f.contestant.id}`);
      io.out(`Författare: ${f.author.name} (${f.author.examinerId}), exporterad ${f.exportedAt}`);
      io.out(`Signerad med nyckeln: ${fingerprint(read.keyId)}`);
      io.out('Jämför fingeravtrycket med författarens innan du litar på att filen kommer från hen.');
    });

  assessment
    .command('verify-log')
    .description('kontrollera en exporterad ändringslogg (JSON): varje post, kedjan av hashar och slutsumman')
    .argument('<fil>', 'ändringsloggen (.json) som Examinator sparade')
    .option('--json', 'skriv ut som JSON')
    .action((file: string, options: { json?: boolean }) => {
      const json = parseJsonBytes(readInputFile(file, 200 * 1024 * 1024), 'Ändringsloggen');
      const result = verifyExportedLog(json);
      if (!result.ok) throw new AppError('log-broken', `Ändringsloggen håller inte: ${result.problem}`);
      const log = json as { assessment: { roundId: string; contestantId: string; examinerId: string; stage: string; revision: number } };
      if (options.json) return printJson(io, { valid: true, file, entries: result.entries, finalHash: result.finalHash, assessment: log.assessment });
      io.out(`Ändringsloggen håller: ${result.entries} poster, kedjan obruten.`);
      io.out(`Bedömning: ${log.assessment.contestantId} i ${log.assessment.roundId}, av ${log.assessment.examinerId} (revision ${log.assessment.revision})`);
      io.out(`Sista hash: ${result.finalHash}`);
    });
}
