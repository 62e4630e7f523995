/**
 * The teams' words to each unit of the demo round for its återföringsrapport
 * (Till den tävlande enheten) and the key themes: written for the unit's
 * staff, apart from the summary the jury reads. Set by the lead in the
 * consensus like any other part of the team's assessment; a contestant
 * without words here gets none.
 */
import type { Core } from '../create-core';
import { call } from './installation';

interface FeedbackWords {
  /** Paragraphs. */
  readonly toContestant: readonly string[];
  readonly keyThemes: readonly string[];
}

const WORDS: Readonly<Record<string, FeedbackWords>> = {
  'c-solrosen': {
    toContestant: [
      'Tack för en verksamhetsbeskrivning som var lätt att följa och full av exempel från vardagen på avdelningarna. Det märks att ni har skrivit den tillsammans och att ni är stolta över det ni gör – med rätta.',
      'Det vi tar med oss från läsningen är hur väl ni låter barnens perspektiv styra: det ni har lärt er av barnens röst och trygghetsvandringen har blivit konkreta förändringar. Den här återföringen handlar mest om hur ni kan nå ännu längre, till fler vårdnadshavare och till fler förskolor.',
    ],
    keyThemes: [
      'Ert kvalitetsarbete hänger ihop från nämndens mål till avdelningarnas handlingsplaner, och uppföljningen sker på alla nivåer.',
      'Barnens röst ger verkliga förändringar, och resultaten i Förskoleundersökningen ligger över stadens genomsnitt.',
      'Nästa utmaning är att nå de vårdnadshavare som inte svarar och att sprida era beprövade arbetssätt.',
    ],
  },
  'c-lindgarden': {
    toContestant: [
      'Tack för att ni delade berättelsen om Lindgårdens fyra senaste år. Att gå från hög chefsomsättning och många klagomål till en stabil verksamhet kräver uthållighet av alla som arbetar hos er, och det syns i verksamhetsbeskrivningen.',
      'Vi blev särskilt berörda av hur ni använder levnadsberättelserna och av det etiska förarbetet bakom Trygg natt. Återföringen pekar också på det som återstår: att följa upp med mätbara resultat och att fråga de boende själva vad de vill göra om dagarna.',
    ],
    keyThemes: [
      'De boende möts utifrån sin egen historia, med väl inarbetade personcentrerade arbetssätt.',
      'Trygg natt och synpunktshanteringen visar att era förbättringar ger resultat för de boende.',
      'Uppföljningen behöver mätbara förväntade resultat, och fallen behöver analyseras per enhet och boende.',
    ],
  },
  'c-ekorren': {
    toContestant: [
      'Tack för en verksamhetsbeskrivning där barnens uteliv och nyfikenhet hörs på varje sida. Ekorrstigen, som växte ur ett barns fråga, är ett fint exempel på hur ni tar barnens idéer på allvar och delar dem med andra.',
      'Återföringen lyfter också det som står still: synpunkterna, analysen när resultaten går åt fel håll och planeringstiden för de yngsta barnens avdelningar. Vi hoppas att den hjälper er att välja vad ni tar tag i först.',
    ],
    keyThemes: [
      'Uteprofilen genomsyrar verksamheten och ägs av barnen själva.',
      'Ni prövar nya idéer i liten skala och sprider dem generöst till andra förskolor.',
      'Synpunkterna och analysen av resultat som går åt fel håll behöver ett fastare arbetssätt.',
    ],
  },
  'c-blaklinten': {
    toContestant: [
      'Tack för att ni berättade så öppet om de två år som gått sedan era två förskolor blev en. Det är ett stort arbete att skapa en gemensam ledning, värdegrund och planering, och ni har kommit långt.',
      'Mötet med nyanlända familjer är er styrka, och Språkvännerna och den varma överlämningen är värda att visa för andra. Återföringen pekar framför allt på att göra kvalitetsarbetet mer systematiskt, med mätbara mål som ni följer upp oftare än en gång om året.',
    ],
    keyThemes: [
      'Nyanlända familjer får en trygg start genom Språkvännerna, tolk vid samtalen och den varma överlämningen.',
      'Det systematiska kvalitetsarbetet är i början: mätbara förväntade resultat och analys av orsaker saknas ännu.',
      'Medarbetarnas resultat och ekonomin har börjat vända, och det är värt att följa noga.',
    ],
  },
  'c-sprakvaskan': {
    toContestant: [
      'Tack för en ansökan som var lätt att läsa och som visar både idén, siffrorna och vad ni ännu inte vet. Att ni själva pekar ut enkätens begränsningar gjorde bedömningen lättare och ansökan mer trovärdig.',
      'Det vi tar med oss är hur enkelt Språkväskan vänder på vägen till biblioteket, och hur vårdnadshavarnas egna röster har blivit en del av idén. Återföringen pekar på det som återstår: att visa vad väskorna betyder för barnens språk och att nå de förskolor som ännu inte lånar.',
    ],
    keyThemes: [
      'Boken möter familjen där den redan är: förskolan blir lånestation och familjen behöver inget lånekort.',
      'Språkväskan har prövats, förbättrats och blivit ordinarie verksamhet som andra stadsdelar tar efter.',
      'Värdet för barnens språk är ännu inte undersökt, och fyra förskolor med många flerspråkiga barn lånar inte.',
    ],
  },
};

/** The lead writes the team's words to the unit and the key themes into the consensus. */
export async function writeFeedbackWords(core: Core, assessmentId: string, contestantId: string): Promise<void> {
  const words = WORDS[contestantId];
  if (!words) return;
  await call(core, 'consensus:set-team', { assessmentId, change: { field: 'toContestant', value: words.toContestant.join('\n\n') } });
  await call(core, 'consensus:set-team', { assessmentId, change: { field: 'keyThemes', value: [...words.keyThemes] } });
}
