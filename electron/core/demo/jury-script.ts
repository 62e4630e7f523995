/**
 * Domarkommitténs two meetings in the demo round: who sits on the jury, which
 * contestants get a site visit (with the jury's note), and after the visits
 * the decision per contestant with the jury's own citation — per class of the
 * scored award, and per prize (Framsteget) for every entrant. The story follows
 * the teams' files: the jury reads their rankings, written prize assessments
 * and recommendations, and decides.
 */
import type { Decision } from '../../../shared/formats/jury-decision';

type Choices = Readonly<Record<string, { readonly siteVisit: boolean; readonly note: string }>>;
type Decisions = Readonly<Record<string, { readonly decision: Decision; readonly citation?: string }>>;

export interface JuryScript {
  readonly members: readonly string[];
  readonly first: {
    readonly date: string;
    /** Per contestant in a class. */
    readonly choices: Choices;
    /** Per prize, per entrant. */
    readonly prizes: Readonly<Record<string, Choices>>;
  };
  readonly final: {
    readonly date: string;
    readonly decisions: Decisions;
    readonly prizes: Readonly<Record<string, Decisions>>;
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
    prizes: {
      framsteget: {
        'c-ekorren': {
          siteVisit: false,
          note: 'Ekorrstigen bedöms på teamets skriftliga prisbedömning; platsbesöket i klassen Förskola ger juryn också en bild av hur stigen används.',
        },
        'c-sprakvaskan': {
          siteVisit: false,
          note: 'Ansökan och teamets skriftliga prisbedömning räcker för juryns beslut: det nya, värdet och användningen är väl belagda.',
        },
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
    prizes: {
      framsteget: {
        'c-sprakvaskan': {
          decision: 'winner',
          citation:
            'Språkväskan, Västerby bibliotek, tilldelas Framsteget 2026. Biblioteket har vänt på vägen till boken: böcker på barnets eget språk följer med barnet hem från förskolan, och vårdnadshavarnas egna uppläsningar gör att också barn vars föräldrar inte läser får höra berättelserna. Idén har prövats, förbättrats och blivit ordinarie verksamhet hos 31 förskolor, och andra stadsdelar har tagit efter den.',
        },
        // Ekorrstigen is honoured in its class; as an innovation its value for the children is not yet shown.
        'c-ekorren': { decision: 'none' },
      },
    },
  },
};
