/**
 * Domarkommitténs two meetings in the demo round: who sits on the jury, which
 * contestants get a site visit (with the jury's note), and after the visits
 * the decision per contestant with the jury's own citation. The story follows
 * the teams' files: the jury reads their rankings and recommendations and decides.
 */
import type { Decision } from '../../../shared/formats/jury-decision';

export interface JuryScript {
  readonly members: readonly string[];
  readonly first: {
    readonly date: string;
    readonly choices: Readonly<Record<string, { readonly siteVisit: boolean; readonly note: string }>>;
  };
  readonly final: {
    readonly date: string;
    readonly decisions: Readonly<Record<string, { readonly decision: Decision; readonly citation?: string }>>;
  };
}

export const JURY: JuryScript = {
  members: ['Margareta Holm (ordförande)', 'Johan Berglund', 'Leila Nasser', 'Per Ekström', 'Sofia Lindqvist'],
  first: {
    date: '2026-09-30',
    choices: {
      'c-solrosen': {
        siteVisit: true,
        note: 'Högst rangordnad i klassen. Vid besöket vill juryn se hur Varför-trappan och Förbättringstavlan används på avdelningarna och hur synpunkter som lämnas muntligt fångas upp.',
      },
      'c-ekorren': {
        siteVisit: true,
        note: 'Tvåa i klassen med en tydlig uteprofil och Ekorrstigen som nyskapande arbetssätt. Juryn vill att teamet vid besöket prövar hur synpunkter sammanställs och vad förskolan gör när resultaten går åt fel håll.',
      },
      'c-blaklinten': {
        siteVisit: false,
        note: 'Klart efter de två andra i klassen, och teamet föreslår varken platsbesök eller pris. Mötet med nyanlända familjer är en styrka, men det systematiska kvalitetsarbetet är ännu i början; ett platsbesök skulle inte ändra utfallet.',
      },
      'c-lindgarden': {
        siteVisit: true,
        note: 'Ensam i klassen men med ett intressant utvecklingsarbete. Juryn vill att teamet särskilt följer upp Trygg natt och hur fallen nattetid analyseras.',
      },
    },
  },
  final: {
    date: '2026-10-22',
    decisions: {
      'c-solrosen': {
        decision: 'winner',
        citation:
          'Förskolan Solrosen tilldelas Kvalitetsutmärkelsen 2026 i klassen Förskola. Förskolan har ett kvalitetsarbete som hänger ihop från nämndens mål till varje avdelning. Barnens röst leder till verkliga förändringar, analysen går till botten med orsakerna och förbättringarna följs upp med mätbara resultat. Så har Solrosen stärkt barnens språk, trygghet och inflytande.',
      },
      'c-ekorren': {
        decision: 'honourable-mention',
        citation:
          'Förskolan Ekorren får ett hedersomnämnande för Ekorrstigen. Lärstigen har vuxit ur ett barns fråga, prövats i liten skala och spridits till andra förskolor, och barnens egna röster på flera språk öppnar skogen för familjer och grannar. Ekorren visar hur en uteprofil kan bli ett arbetssätt som andra lär av.',
      },
      'c-blaklinten': { decision: 'none' },
      'c-lindgarden': {
        decision: 'honourable-mention',
        citation:
          'Lindgårdens vård- och omsorgsboende får ett hedersomnämnande för Trygg natt. Med samtycke, etisk reflektion och noggrann utvärdering har boendet infört digital tillsyn som ger de boende bättre nattsömn och nattpersonalen mer tid för dem som behöver den. Juryn ser fram emot att uppföljningen av hela verksamheten når samma nivå.',
      },
    },
  },
};
