/**
 * Förskolan Blåklinten (Söderån), assessed by the övningsomgång's second team:
 * e-david (lead), e-eva, e-farid — in the order of `CriterionScript.scores`.
 * A young unit two years after a merger: a warm meeting with newly arrived
 * families (Språkvänner, varm överlämning) but commitments without expected
 * results, little follow-up and weak staff results. Every cue is a phrase of
 * scripts/ovning/documents/forskolan-blaklinten.pdf (see the cues test).
 */
import type { ContestantScript } from '../script';

export const BLAKLINTEN: ContestantScript = {
  contestantId: 'c-blaklinten',
  criteria: {
    '1.1': {
      scores: [40, 30, 40],
      strengths: [
        ['Språkvännerna gör det möjligt för nyanlända familjer att delta vid inskolningar, föräldramöten och fester på sitt eget språk.', 'Under 2025 hade vi 14 Språkvänner på 9 språk'],
        ['Tolk bokas alltid när familjen önskar, och viktig information ges med bildstöd och översättning.', 'under 2025 hölls 46 samtal med tolk'],
        ['En vårdnadshavares fråga ledde till en film om kläder för olika väder, som nu visas på alla föräldramöten.', 'Språkvännen för tigrinja gjorde tillsammans med Månens förskollärare en kort film'],
      ],
      improvements: [
        ['Det finns inget systematiskt sätt att fråga barnen vad de tycker om förskolan, och höstens barnintervjuer är inte sammanställda.', 'Vi har inte haft något sätt att systematiskt fråga barnen vad de tycker om förskolan.'],
        ['Få vårdnadshavare svarar på Förskoleundersökningen och det finns inget föräldraråd, så underlaget om familjernas behov är tunt.', 'svarsfrekvensen var 38 procent 2025'],
      ],
      question: 'Hur vill ni ta reda på vad barnen i båda husen tycker om förskolan?',
    },
    '1.2': {
      scores: [20, 10, 20],
      strengths: [
        ['Sedan 2025 registreras alla skriftliga synpunkter centralt, och rektor svarar.', 'Sedan januari 2025 ska alla skriftliga synpunkter lämnas till administratören'],
        ['Synpunkten om hämtningen mellan husen ledde till en tavla vid entrén, och klagomålen upphörde.', 'Vi införde en tavla vid entrén i båda husen som visar var barnen är.'],
      ],
      improvements: [
        ['De muntliga synpunkterna registreras inte, och synpunkterna gås inte igenom för att hitta mönster.', 'Vi har ingen rutin för hur vi ska ta vara på dem.'],
        ['Kvalitetsgarantierna följs inte upp, och förbättringen av den kalla maten i huset Vitsippan är inte uppföljd.', 'Vi har inte följt upp garantierna systematiskt.'],
      ],
    },
    '2.1': {
      scores: [30, 20, 30],
      strengths: [
        ['Inför 2025 var alla medarbetare för första gången med och diskuterade vad nämndens mål betyder för förskolan.', 'Inför 2025 hade vi för första gången en åtagandedag i november'],
        ['Åtagandet om trygghet har ett mätbart förväntat resultat, som nåddes 2025.', 'Trygghetsåtagandet nåddes 2025'],
      ],
      improvements: [
        ['Åtagandena är allmänt formulerade, och bara ett av fyra har ett förväntat resultat som går att mäta.', 'Vi ser själva att åtagandena är allmänt formulerade'],
        ['Två av sju avdelningar gjorde ingen plan för hur de arbetar med åtagandena.', 'Under 2025 gjorde fem av sju avdelningar en sådan plan.'],
      ],
    },
    '2.2': {
      scores: [40, 30, 30],
      strengths: [
        ['Inskolningen är föräldraaktiv och anpassas efter familjen, med Språkvän eller tolk vid inskolningssamtalet.', 'Vi använder en föräldraaktiv inskolning under tre till fem dagar'],
        ['En gemensam planeringsmall har införts för att göra undervisningen mer likvärdig mellan husen.', 'Sedan hösten 2025 har vi en gemensam planeringsmall'],
      ],
      improvements: [
        ['Förskollärarnas planeringstid ställs ofta in; i huset Vitsippan blev ungefär hälften av timmarna av.', 'Vi uppskattar att ungefär hälften av planeringstimmarna blev av i huset Vitsippan.'],
        ['Undervisningen beror på vem som arbetar: en vikarie som inte känner till planeringen ger barnen en förmiddag utan syfte.', 'När en vikarie inte känner till planeringen blir undervisningen beroende av vem som arbetar'],
      ],
      question: 'Hur ska planeringsmallen bli ett stöd även för vikarier och i huset Vitsippan?',
    },
    '2.3': {
      scores: [20, 30, 20],
      strengths: [
        ['Alla medarbetare går igenom året på planeringsdagen i juni, och kvalitetsrapporten bygger på avdelningarnas utvärderingar.', 'På planeringsdagen i juni går alla medarbetare igenom'],
        ['Ledningsgruppen har börjat följa sjukfrånvaron och ekonomin varje månad.', 'Under hösten 2025 började ledningsgruppen att gå igenom sjukfrånvaron och ekonomin varje månad.'],
      ],
      improvements: [
        ['Det saknas ett arbetssätt för att analysera varför resultaten blir som de blir.', 'Vi har ännu inte ett arbetssätt för att analysera varför resultaten blir som de blir.'],
        ['Åtagandena följs bara upp en gång per år, i juni.', 'Vi har inte följt upp åtagandena under året, utan bara i juni.'],
      ],
    },
    '3.1': {
      scores: [40, 40, 40],
      strengths: [
        ['En gemensam ledningsgrupp med arbetslagsledare från båda husen har bildats och träffas varannan vecka.', 'Rektor leder förskolan tillsammans med en ledningsgrupp som bildades i januari 2025.'],
        ['Rektor bygger medvetet förtroende mellan husen genom gemensamma arbetsgrupper och närvaro i huset Vitsippan.', 'Rektor har under 2025 försökt bygga förtroende'],
      ],
      improvements: [['Drygt hälften av medarbetarna upplever att de kan påverka beslut om sitt arbete, och var tredje medarbetare deltar inte i arbetsplatsträffarna.', 'svarade 54 procent att de har möjlighet att påverka beslut']],
      question: 'Hur når informationen från arbetsplatsträffarna de medarbetare som inte deltar?',
    },
    '3.2': {
      scores: [20, 30, 20],
      strengths: [
        ['Sex barnskötare har gått stadens utbildning i språkutvecklande arbetssätt, i linje med förskolans språkfokus.', 'Under 2024–2025 har sex barnskötare gått stadens utbildning'],
        ['Alla förskollärare har utbildats i TAKK, som används i rutinsituationerna på småbarnsavdelningarna.', 'Alla förskollärare har gått en utbildning i TAKK.'],
      ],
      improvements: [
        ['Det finns ingen samlad plan för kompetensutvecklingen, och Läslyftet avbröts när två förskollärare slutade.', 'Vi har inte en samlad plan för kompetensutvecklingen.'],
        ['Introduktionen av nya medarbetare och vikarier fungerar inte: checklistan används inte alltid.', 'Det finns en checklista, men vi vet att den inte alltid används'],
      ],
    },
    '4.1': {
      scores: [40, 20, 50],
      strengths: [
        ['Bildschemat är en idé från en barnskötare som svarar på ett verkligt behov hos familjer som inte kan läsa veckobrevet.', 'Idén kom från att många vårdnadshavare inte kunde läsa veckobrevet.'],
        ['Bildschemat har spridits från Månen till Solen efter ett halvår.', 'Bildschemat har använts på Månen sedan mars 2025'],
      ],
      improvements: [
        ['Bildschemat är inte utvärderat, och nyttan bygger på pedagogernas intryck.', 'Vi har inte utvärderat det'],
        ['Det saknas arbetssätt för att fånga medarbetarnas idéer och en plan för barnens digitala kompetens.', 'Vi har inget särskilt arbetssätt för att fånga medarbetarnas idéer.'],
      ],
      rationale:
        'Teamet diskuterade spridningen: bildschemat är en verklig idé från en medarbetare som har tagits i bruk på två avdelningar, men utan utvärdering och utan ett arbetssätt för idéer är det ännu ett enskilt exempel.',
      visit: {
        score: 30,
        note: 'Vid besöket användes bildschemat på två avdelningar; ingen plan fanns för att pröva det i huset Vitsippan eller för att fråga vårdnadshavarna om nyttan.',
      },
    },
    '4.2': {
      scores: [20, 20, 30],
      strengths: [
        ['Ledningsgruppen har lärt av en annan förskola och tar därifrån idén att gå igenom åtagandena varje månad.', 'Under 2025 besökte ledningsgruppen en uteprofilerad förskola i Västerby'],
        ['Språkvännerna har väckt intresse hos andra förskolor i Söderån.', 'Språkvännerna har väckt intresse hos två andra förskolor i Söderån'],
      ],
      improvements: [['Förskolan har inte spridit sina egna arbetssätt och har inte beskrivit Språkvännerna skriftligt.', 'Vi har inte spridit våra egna arbetssätt till andra.']],
    },
    '5.1': {
      scores: [50, 40, 60],
      strengths: [
        ['Den varma överlämningen från den öppna förskolan gör att barnen möter sin pedagog i en känd miljö innan inskolningen.', 'Under 2025 fick 22 av 38 nya barn en varm överlämning.'],
        ['Familjecentralen, BVC och socialtjänstens förebyggande enhet träffas regelbundet för att stödja familjer som behöver det.', 'Vi träffar familjecentralens personal, BVC och socialtjänstens förebyggande enhet'],
        ['Förskolan har identifierat sina målkonflikter mellan ekonomi, bemanning och lediga platser och diskuterat dem med förvaltningen.', 'Den svåraste målkonflikten för oss handlar om ekonomi och bemanning.'],
      ],
      improvements: [
        ['Samverkan följs inte upp, och nyttan bygger på pedagogernas upplevelse.', 'Vi har inte följt upp vad samverkan ger barnen och familjerna'],
        ['Målkonflikterna är inte lösta, och planeringstiden får stå tillbaka för budgeten.', 'men vi har inte hittat en lösning'],
      ],
      question: 'Vad vet ni om hur de barn som fått en varm överlämning har det under inskolningen jämfört med andra?',
      rationale:
        'Teamet diskuterade spridningen: den varma överlämningen är ett fast arbetssätt som når mer än hälften av de nya barnen, men samverkan följs inte upp och målkonflikterna är olösta.',
      visit: {
        score: 50,
        note: 'Vid besöket beskrev den öppna förskolans personal rutinen för varm överlämning på samma sätt som förskolan; en enkel uppföljning av inskolningarna saknas fortfarande.',
      },
    },
    '5.2': {
      scores: [20, 30, 20],
      strengths: [
        ['Förskolan ser sitt språkarbete och mötet med familjerna som en del av den sociala hållbarheten.', 'Den sociala hållbarheten är det viktigaste för oss.'],
        ['Matsvinnet har börjat mätas i huset Blåklinten.', 'Matsvinnet var 52 gram per portion i november 2025.'],
      ],
      improvements: [
        ['Matsvinnet mäts bara i ett av husen och har inget mål.', 'Vi har inte mätt i huset Vitsippan.'],
        ['Förskolan har inte slutat med något som inte längre skapar värde.', 'Vi har inte slutat med några aktiviteter eller arbetssätt'],
      ],
    },
    '6.1': {
      scores: [30, 30, 20],
      strengths: [
        ['Trygghetsåtagandet nåddes 2025 med 91 procent, i nivå med Söderån.', 'Andelen vårdnadshavare som instämmer i att barnet känner sig tryggt är densamma som i Söderån.'],
        ['Resultaten i Förskoleundersökningen återhämtade sig 2025 efter nedgången året efter sammanslagningen.', 'Resultaten sjönk 2024 och ökade igen 2025.'],
      ],
      improvements: [
        ['Det finns inga resultat för barnens språk och lärande, trots att språket är förskolans viktigaste åtagande.', 'Vi har inga resultat som visar hur barnens språk och lärande utvecklas.'],
        ['Informationen om barnets utveckling och barnens inflytande ligger under Söderåns genomsnitt, och svarsfrekvensen sjunker.', 'Informationen om barnets utveckling och barnens inflytande ligger under Söderåns genomsnitt.'],
      ],
    },
    '6.2': {
      scores: [20, 10, 40],
      strengths: [
        ['Aktivt medskapandeindex ökade 2025, vilket förskolan kopplar till arbetet med att bli en förskola.', 'Aktivt medskapandeindex ökade 2025'],
        ['Sjukfrånvaron minskade 2025, och arbetsmiljöarbetet har förstärkts med skyddsombud i ledningsgruppen.', 'Skyddsombuden i båda husen har deltagit i ledningsgruppen sedan hösten 2025.'],
      ],
      improvements: [
        ['Personalomsättningen är mycket hög, 24 procent mot 15 i Söderån.', 'Personalomsättningen är mycket hög.'],
        ['Sjukfrånvaron är fortfarande högre än i Söderån.', 'Sjukfrånvaron har minskat 2025 men är fortfarande hög'],
      ],
      rationale:
        'Teamet diskuterade spridningen: förbättringen 2025 är verklig men kort, och nivåerna för sjukfrånvaro och personalomsättning ligger långt från Söderåns.',
    },
    '6.3': {
      scores: [40, 30, 40],
      strengths: [
        ['Ekonomin har vänts från ett underskott på 3,1 procent till balans 2025.', 'Efter två år med underskott hade vi en ekonomi i balans 2025.'],
        ['Vikariekostnaden har minskat med en halv miljon kronor på två år.', 'Förbättringen beror främst på lägre vikariekostnader'],
      ],
      improvements: [
        ['Kostnaderna jämförs inte med andra förskolor, och sambandet med kvaliteten visas inte.', 'Vi har inte jämfört våra kostnader med andra förskolor.'],
        ['Besparingen på vikarier har gått ut över planeringstiden.', 'För att få budgeten i balans har vi sparat på vikarier'],
      ],
    },
  },
  team: {
    summary: [
      'Förskolan Blåklinten har på två år gått från två förskolor med olika kulturer till en förskola med gemensam ledningsgrupp, värdegrund och planeringsmall. Mötet med nyanlända familjer är förskolans styrka: Språkvännerna, tolk vid samtalen och den varma överlämningen från den öppna förskolan gör starten trygg.',
      'Det systematiska kvalitetsarbetet är ännu i början. Åtagandena saknar i de flesta fall mätbara förväntade resultat, uppföljningen sker en gång per år och analysen av orsaker saknas. Synpunkter och kvalitetsgarantier följs inte upp.',
      'Resultaten för medarbetarna är svaga, med hög personalomsättning och sjukfrånvaro, men de har börjat vända 2025, liksom ekonomin.',
    ],
    nextSteps: [
      'Formulera mätbara förväntade resultat för alla åtaganden och följ upp dem varje månad i ledningsgruppen.',
      'Inför ett gemensamt sätt att följa barnens språkutveckling i båda husen.',
      'Beskriv Språkvännerna och den varma överlämningen så att andra kan ta efter, och följ upp vad de ger familjerna.',
    ],
    nomination: 'none',
    citation: '',
  },
};
