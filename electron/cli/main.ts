import { processIo } from './io';
import { runCli } from './program';

runCli(process.argv.slice(2), processIo).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
