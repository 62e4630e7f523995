import type { MessageCatalogue } from './catalogue';

/** The övningsomgång's scripted demo (CLI `demo`), which plays a whole round through the core. */
export const demoErrors = {
  'demo-untrusted': 'Övningsomgångens nyckel är inte betrodd i den här installationen.',
  'demo-round-changed': 'Övningsomgången har inte längre de team som demon är skriven för.',
  'demo-contestant-changed': ({ contestantId }: { contestantId: string }) =>
    `Övningsomgången saknar den tävlande ${contestantId} eller dess dokument.`,
  'demo-script-missing': ({ criterionId }: { criterionId: string }) => `Demon har inget manus för kriteriet eller prisaspekten ${criterionId}.`,
  'demo-cue-missing': ({ wanted }: { wanted: string }) => `Demons belägg "${wanted}" finns inte i dokumentet.`,
  'demo-source-missing': ({ examinerId, criterionId }: { examinerId: string; criterionId: string }) =>
    `${examinerId}s kommentar till ${criterionId} finns inte i konsensusunderlaget.`,
  'demo-import': ({ fileName, message }: { fileName: string; message: string }) => `${fileName}: ${message}`,
  'demo-jury-script-missing': ({ name }: { name: string }) => `Demons domarkommitté har inget val eller beslut för ${name}.`,
  'demo-not-saved': ({ what }: { what: string }) => `${what} sparades inte.`,
} as const satisfies MessageCatalogue;
