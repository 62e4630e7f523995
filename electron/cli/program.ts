import { Command, CommanderError } from 'commander';
import { AppError } from '../../shared/errors';
import { appVersion, databaseFailure } from '../core';
import { registerAssessmentCommands } from './commands/assessment';
import { registerBackupCommands } from './commands/backup';
import { registerDecisionCommands } from './commands/decision';
import { registerDemoCommand } from './commands/demo';
import { registerDocumentCommands } from './commands/document';
import { registerInfoCommand } from './commands/info';
import { registerKeyCommands } from './commands/key';
import { registerKeygenCommand } from './commands/keygen';
import { registerPackageCommands } from './commands/package';
import { registerReferenceCommands } from './commands/reference';
import { registerReportCommands } from './commands/report';
import { registerRoundCommands } from './commands/round';
import { swedishError, useSwedish } from './swedish-help';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE, refusalLine, UsageError, type CliIo } from './io';

/** Each feature adds its subcommands here. */
const registrations: ReadonlyArray<(program: Command, io: CliIo) => void> = [
  registerInfoCommand,
  registerBackupCommands,
  registerDocumentCommands,
  registerKeygenCommand,
  registerKeyCommands,
  registerPackageCommands,
  registerRoundCommands,
  registerReferenceCommands,
  registerAssessmentCommands,
  registerDecisionCommands,
  registerReportCommands,
  registerDemoCommand,
];

export function createProgram(io: CliIo): Command {
  const program = new Command('examinator')
    .description('Examinator – bedömning inom Stockholms stads kvalitetsutmärkelse, från kommandoraden.')
    .version(appVersion(), '-V, --version', 'visa versionen')
    .helpOption('-h, --help', 'visa hjälp')
    .addHelpCommand('help [kommando]', 'visa hjälp för ett kommando')
    .showHelpAfterError('(Kör "examinator --help" för hjälp.)')
    .usage('[flaggor] [kommando]')
    .exitOverride();
  useSwedish(program, io.out);
  program.configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (text) => io.err(swedishError(text)) });
  for (const register of registrations) register(program, io);
  // Subcommands inherit exit and output handling so usage errors surface as exit 2, in Swedish.
  const inherit = (command: Command) => {
    command.exitOverride().helpOption('-h, --help', 'visa hjälp');
    useSwedish(command, io.out).configureOutput({ writeErr: io.err, outputError: (text) => io.err(swedishError(text)) });
    command.commands.forEach(inherit);
  };
  program.commands.forEach(inherit);
  return program;
}

/** Runs the CLI; resolves to the exit code (0 ok, 1 refused input, 2 usage error). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      const informational = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
      return informational.includes(error.code) ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.err(`Fel: ${error.message}`);
      return EXIT_USAGE;
    }
    const refusal = error instanceof AppError ? error : databaseFailure(error);
    if (refusal) {
      io.err(refusalLine(refusal));
      return EXIT_REFUSED;
    }
    io.err(`Fel: ett oväntat fel inträffade: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_REFUSED;
  }
}
