import type { MessageCatalogue } from './catalogue';

/** The team's consensus, led by the team lead from the members' submitted assessments. */
export const consensusErrors = {
  'not-lead': ({ lead, contestantName }: { lead: string; contestantName: string }) =>
    `Det är teamets utvärderingsledare, ${lead}, som håller i konsensus för ${contestantName}.`,
  'own-assessment-not-submitted':
    'Lämna in din egen individuella bedömning av den tävlande först. Konsensus bygger på teamets inlämnade bedömningar, din egen också.',
  'not-team-assessment': 'Det här görs bara i teamets konsensusbedömning.',
  'not-site-visit': 'Kommentaren om platsbesöket skrivs i bedömningen efter platsbesöket.',
  'consensus-not-submitted': 'Lämna in teamets konsensusbedömning först; platsbesöket registreras utifrån den.',
  'no-source-update': 'Det finns ingen nyare bedömning från den examinatorn att ta ställning till.',
  'source-not-frozen': 'En bedömning som kom efter att konsensus startade kan bara tas med; den visas tills du gör det.',
  /** `row`: "kriterium 1.1" or "aspekten Framsteget: Nytt". */
  'source-comment-missing': ({ examinerId, row }: { examinerId: string; row: string }) =>
    `Kommentaren finns inte i ${examinerId}s bedömning av ${row} som konsensus bygger på. Ladda om och försök igen.`,
  'source-comment-taken': ({ initials, row }: { initials: string; row: string }) =>
    `Kommentaren från ${initials} finns redan i teamets lista för ${row}; den tas med en gång. Redigera teamets kommentar i stället.`,
  'aspect-team-score': ({ what }: { what: string }) =>
    `En prisaspekt bedöms i ord, utan poäng, och har därför ${what}. Skriv teamets styrkor och förbättringsområden för aspekten i stället.`,
  'team-comment-missing': 'Teamets kommentar att lägga till i finns inte för det här kriteriet. Ladda om och försök igen.',
} as const satisfies MessageCatalogue;
