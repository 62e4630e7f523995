/**
 * Språkväskan (Västerby bibliotek), an entry for Framsteget only, assessed by
 * the övningsomgång's second team: e-david (lead), e-eva, e-farid. No class,
 * so no criteria and no scores: the team writes on the prize's aspects. The
 * application is new in a way the team can name, shows its value with
 * figures (if self-reported ones) and has become ordinary work; what is missing
 * is the children's side of the value and the four förskolor that do not borrow.
 * Every cue is a phrase of scripts/ovning/documents/framsteget-sprakvaskan.pdf,
 * in the section of the application that answers the aspect (see the
 * ovning-cues test).
 */
import type { ContestantScript } from '../script';

export const SPRAKVASKAN: ContestantScript = {
  contestantId: 'c-sprakvaskan',
  criteria: {},
  prizes: {
    framsteget: {
      nytt: {
        strengths: [
          ['Det nya är att boken följer med barnet hem från förskolan, i stället för att familjen ska hitta till biblioteket.', 'Det nya är att vi har vänt på vägen'],
          ['Förskolan blir lånestation, så familjen behöver inget eget lånekort; det krävde en ny överenskommelse mellan två förvaltningar.', 'Familjen behöver inget eget lånekort.'],
          ['Uppläsningar som andra vårdnadshavare har spelat in gör att även barn vars föräldrar inte läser får höra boken på sitt språk.', 'Barn som har vårdnadshavare som inte läser får på så sätt ändå höra boken.'],
        ],
        improvements: [['Lånepåsar till förskolor har prövats förut, och ansökan beskriver inte hur biblioteket sökte efter liknande tjänster innan starten.', 'ett bibliotek i Göteborg hade prövat lånepåsar']],
      },
      'skapar-varde': {
        strengths: [
          ['Familjerna ser värdet: 84 procent säger att barnet har fått höra högläsning på familjens språk oftare än tidigare.', '=Mitt barn har fått höra högläsning på vårt språk oftare än tidigare 84 %'],
          ['Förskolorna får ett stöd i samarbetet med flerspråkiga familjer: 27 av 31 förskolor säger att det har blivit lättare.', 'svarade 27 av 31 förskolor'],
          ['Utlåningen av barnböcker på andra språk än svenska har ökat med 68 procent sedan 2022, också av enskilda böcker.', 'Utlåningen av barnböcker på andra språk än svenska har ökat med 68 procent'],
        ],
        improvements: [
          ['Värdet bygger på vårdnadshavarnas egna svar med låg svarsfrekvens, och vad väskorna betyder för barnens språk är ännu inte undersökt.', 'Enkäten bygger på vad vårdnadshavarna själva uppger'],
          ['Kostnaden per lån redovisas men jämförs inte med andra sätt att nå de flerspråkiga familjerna.', 'Kostnaden per lån var 2025 ungefär 61 kronor'],
        ],
      },
      anvands: {
        strengths: [
          ['Språkväskan har gått från försök till ordinarie verksamhet, med 140 väskor på 23 språk under 2025.', '=140 väskor på 23 språk; Språkväskan blir ordinarie verksamhet'],
          ['Försöket utvärderades och förbättrades: de inspelade uppläsningarna kom till när utvärderingen visade att väskan inte nådde familjer där de vuxna inte läser.', 'Det ledde till idén med inspelade uppläsningar'],
          ['Arbetssättet är enkelt för förskolorna, i genomsnitt fem minuter per lån, och biblioteken i två andra stadsdelar har startat egna Språkväskor.', 'hanteringen tar i genomsnitt fem minuter per lån'],
        ],
        improvements: [
          ['Fyra förskolor med många flerspråkiga barn lånar ännu inte väskorna, och biblioteket vet inte varför.', 'Fyra förskolor i Västerby med många flerspråkiga barn'],
          ['Det finns för få väskor på några av de mest efterfrågade språken, till exempel tigrinja och somaliska.', 'vi har fortfarande för få väskor på dessa språk'],
        ],
      },
    },
  },
  team: {
    summary: [
      'Språkväskan vänder på vägen till biblioteket: böcker på barnets eget språk följer med barnet hem från förskolan, och uppläsningar av andra vårdnadshavare gör att också barn vars föräldrar inte läser får höra berättelserna.',
      'Idén har prövats, utvärderats, förbättrats och blivit ordinarie verksamhet hos 31 förskolor, och två andra stadsdelar har tagit efter den. Familjernas och förskolornas svar visar ett tydligt värde, även om effekten för barnens språk ännu inte är undersökt.',
    ],
    nextSteps: [
      'Följ upp vad väskorna betyder för barnens språk, som den planerade intervjustudien med tolv familjer.',
      'Ta reda på varför fyra förskolor med många flerspråkiga barn inte lånar väskorna.',
    ],
    siteVisit: false,
    nomination: 'winner',
    citation:
      'Språkväskan tilldelas Framsteget: en enkel idé som låter boken möta familjen där den redan är, med vårdnadshavarnas egna röster på barnens språk.',
  },
};
