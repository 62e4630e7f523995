/**
 * What happens in the demo round: the three examiners' scores and
 * observations per criterion, the team's decisions, the site visit and the
 * dates. Everything is fixed, so every run tells the same story.
 *
 * Each observation is written once, in the team's words, with a cue: a few
 * words from the contestant's own document (see evidence.ts). Who wrote which
 * observation follows from `authorship`; each examiner's voice is added by
 * `inVoice`, and where two or three wrote the same thing the lead merges their
 * comments in the consensus and edits the text back to the team's words.
 */
import type { Nomination } from '../../../shared/domain/assessment';

/** Team's words, then the cue (a phrase of the document; "=…" quotes it exactly). */
export type Observation = readonly [text: string, cue: string];

export interface CriterionScript {
  /** Anna, Bilal, Cecilia. */
  readonly scores: readonly [number, number, number];
  readonly strengths: readonly Observation[];
  readonly improvements: readonly Observation[];
  readonly question?: string;
  /** The team's score when it lands elsewhere than the rounded mean the consensus starts from. */
  readonly agreed?: number;
  readonly rationale?: string;
  readonly visit?: { readonly score: number; readonly note: string };
}

export interface ContestantScript {
  readonly contestantId: string;
  readonly criteria: Readonly<Record<string, CriterionScript>>;
  readonly team: {
    readonly summary: readonly string[];
    readonly nextSteps: readonly string[];
    readonly nomination: Nomination;
    readonly citation: string;
  };
}

/** The övningsomgång's team, lead first, in the order of `CriterionScript.scores`. */
export const EXAMINERS = ['e-anna', 'e-bilal', 'e-cecilia'] as const;
export type DemoExaminer = (typeof EXAMINERS)[number];

/** Which of a criterion's observations each examiner wrote (by index), and who asks the site-visit question. */
export function authorship(examiner: DemoExaminer, criterionIndex: number, c: CriterionScript) {
  const three = c.strengths.length >= 3;
  const two = c.improvements.length >= 2;
  const odd = criterionIndex % 2 === 1;
  const written = {
    'e-anna': { strengths: [0, 1], improvements: [0] },
    'e-bilal': { strengths: three ? [0, 2] : [0], improvements: [two ? 1 : 0] },
    'e-cecilia': { strengths: three && odd ? [1, 2] : [1], improvements: two && !odd ? [0, 1] : [0] },
  }[examiner];
  const asks = c.question !== undefined && examiner === (odd ? 'e-cecilia' : 'e-anna');
  return { ...written, question: asks };
}

const VOICE: Record<DemoExaminer, { readonly strength: readonly string[]; readonly improvement: readonly string[]; readonly asPrefix: boolean }> = {
  // Anna, the lead, writes as the team will: plainly.
  'e-anna': { strength: [''], improvement: [''], asPrefix: false },
  // Bilal looks for figures and follow-up.
  'e-bilal': {
    strength: ['Siffrorna i beskrivningen styrker detta.', 'Det är konkret och går att följa upp.', 'Här syns en tydlig koppling mellan arbetssätt och resultat.'],
    improvement: ['Här skulle mätbara uppgifter stärka beskrivningen.', 'Det bör följas upp med tydliga mått.'],
    asPrefix: false,
  },
  // Cecilia asks what the organisation learns.
  'e-cecilia': {
    strength: ['Ett gott exempel på lärande:', 'Särskilt värt att lyfta fram:', 'Väl beskrivet:'],
    improvement: ['Att arbeta vidare med:', 'En fråga för det fortsatta lärandet:'],
    asPrefix: true,
  },
};

/** The observation as this examiner wrote it. */
export function inVoice(examiner: DemoExaminer, kind: 'strength' | 'improvement', text: string, turn: number): string {
  const voice = VOICE[examiner];
  const words = voice[kind][turn % voice[kind].length]!;
  if (words === '') return text;
  return voice.asPrefix ? `${words} ${text}` : `${text} ${words}`;
}

/** The round's days, in UTC: individual work before 15 September, consensus before 29 September, site visits in October. */
export const TIMELINE = {
  installed: '2026-08-24T07:30:00.000Z',
  /** Per examiner, per contestant (in the round's order): when they sit down to assess it. */
  individual: {
    'e-anna': ['2026-09-01T06:45:00.000Z', '2026-09-07T07:10:00.000Z'],
    'e-bilal': ['2026-09-02T11:30:00.000Z', '2026-09-09T06:20:00.000Z'],
    'e-cecilia': ['2026-09-03T08:05:00.000Z', '2026-09-10T12:15:00.000Z'],
  } satisfies Record<DemoExaminer, readonly string[]>,
  consensus: ['2026-09-22T07:00:00.000Z', '2026-09-24T07:00:00.000Z'],
  siteVisit: ['2026-10-06T12:30:00.000Z', '2026-10-08T12:30:00.000Z'],
  office: '2026-10-20T07:30:00.000Z',
  reportDate: '2026-10-20',
  /** Each action the core records takes this long. */
  stepSeconds: 47,
} as const;

const SOLROSEN: ContestantScript = {
  contestantId: 'c-solrosen',
  criteria: {
    '1.1': {
      scores: [70, 60, 70],
      strengths: [
        ['Förskolan har kartlagt sina målgrupper och beskriver för var och en hur och när deras behov fångas, från inskolningssamtal till överlämning till förskoleklassen.', 'Vi ser också familjer som står i kö'],
        ['Barnens synpunkter leder till konkreta förändringar: efter Barnens röst infördes Lek klart-principen, och andelen barn som nämnde att de fick avbryta leken sjönk från 17 av 46 till 6 av 45.', 'I april 2025 nämnde 6 av 45 barn'],
        ['Informationen till familjer som inte läser svenska har förbättrats efter synpunkter från föräldrarådet, med filmer på sex språk och bildstöd i hallarna.', 'På föräldrarådet i november 2023 berättade flera vårdnadshavare'],
      ],
      improvements: [
        ['Det framgår inte hur de yngsta barnens behov och förväntningar fångas systematiskt utöver observationer och samtal vid inskolningen.', '=Barn 1–3 år Observationer, pedagogisk dokumentation, inskolningssamtal med vårdnadshavare'],
      ],
      question: 'Hur använder ni observationerna av de yngsta barnen när ni planerar om verksamheten?',
    },
    '1.2': {
      scores: [60, 40, 70],
      strengths: [
        ['Rutinen för synpunkter är tydlig i sex steg, finns på sex språk och delas ut vid inskolningssamtalet.', 'finns på sex språk och delas ut vid inskolningssamtalet'],
        ['Förskolan registrerar sedan 2023 även beröm för att se vad som fungerar och bör bevaras.', 'Sedan 2023 registrerar vi även beröm'],
        ['Kvalitetsgarantierna följs upp varje år, och när en garanti inte uppfylldes fick familjerna ett personligt brev och en ny tid.', 'Familjerna fick ett personligt brev'],
      ],
      improvements: [
        ['Antalet registrerade synpunkter är lågt i förhållande till antalet familjer, och listan över muntliga synpunkter som löses direkt är ännu ny.', 'Vi riskerar då att missa mönster'],
        ['Det saknas en rutin för hur undantag från garantierna, som en inställd utevistelse, förklaras för vårdnadshavarna.', 'för hur sådana undantag ska kommuniceras till vårdnadshavarna'],
      ],
      question: 'Hur fångar ni upp de synpunkter som lämnas muntligt vid hämtning och lämning?',
      rationale: 'Teamet diskuterade spridningen: kedjan från synpunkt till förbättring är sluten och garantierna följs upp, men det låga antalet registrerade synpunkter gör underlaget för analys tunt.',
      visit: {
        score: 50,
        note: 'Vid besöket framkom att listan över muntliga synpunkter hittills bara förs på två av sex avdelningar, vilket bekräftade att underlaget för analys är tunt.',
      },
    },
    '2.1': {
      scores: [80, 70, 80],
      strengths: [
        ['Varje åtagande har förväntat resultat, indikatorer, planerade aktiviteter och en namngiven ägare, och målkedjan från kommunfullmäktige till avdelningen är tydlig.', 'Varje åtagande har ett förväntat resultat'],
        ['Alla medarbetare analyserar årets resultat och föreslår åtaganden på planeringsdagarna, och åtagandena stäms av med föräldrarådet.', 'analyserar alla medarbetare årets resultat'],
        ['Måluppfyllelsen har ökat från två av fem åtaganden 2023 till fyra av fem 2025.', 'Under 2025 nådde vi det förväntade resultatet för fyra av fem åtaganden'],
      ],
      improvements: [['Det framgår inte hur åtagandena vägs mot den ekonomiska ramen, till exempel vad språkarbetet kostar i planeringstid.', 'Åtagande 3–5 handlar om förutsättningar för verksamheten']],
    },
    '2.2': {
      scores: [60, 70, 60],
      strengths: [
        ['En gemensam mall med syfte, genomförande, dokumentation och reflektion används när varje undervisningstillfälle planeras.', 'använder vi en gemensam mall med fyra rubriker'],
        ['Flexpoolen har mer än halverat kostnaden för timvikarier och ger barnen kända vuxna vid frånvaro.', 'Kostnaden för timvikarier har minskat från 612 000 kronor'],
        ['Språkpromenaden prövades först på en avdelning, utvärderades och spreds sedan till hela förskolan.', 'kunde vi se att barnen använde fler prepositioner'],
      ],
      improvements: [
        ['Flexpoolens nettoeffekt är inte beräknad, så det går ännu inte att visa att modellen är kostnadseffektiv.', 'Vi har inte räknat fram flexpoolens totala nettoeffekt'],
        ['Tiden för planering är knapp, och det framgår inte hur arbetslagen prioriterar när planeringstimmen inte räcker.', 'Tid är vår mest begränsade resurs'],
      ],
    },
    '2.3': {
      scores: [80, 50, 80],
      strengths: [
        ['Varför-trappan gör att analysen går förbi de första förklaringarna, och åtgärderna förs upp på Förbättringstavlan med ansvarig och datum.', 'Metoden infördes efter att vi 2022 märkte'],
        ['Förbättringscykeln om information om barnens lärande är dokumenterad från mätning till resultat: andelen vårdnadshavare som instämde steg från 71 till 88 procent.', 'Resultat: 82 procent instämde 2024 och 88 procent 2025.'],
        ['Förbättringstavlan ger överblick: 26 av 31 åtgärder var genomförda vid årets slut.', 'Under 2025 fördes 31 åtgärder upp'],
      ],
      improvements: [
        ['Förskolan har inte analyserat vilka vårdnadshavare som inte svarar på Förskoleundersökningen, trots att svarsfrekvensen har sjunkit från 78 till 54 procent.', 'Vi har ännu inte undersökt vilka vårdnadshavare som inte svarar.'],
      ],
      question: 'Hur följer ni upp att åtgärderna på Förbättringstavlan ger den effekt ni avsåg?',
      agreed: 80,
      rationale: 'Teamet diskuterade spridningen: förbättringscyklerna är fullständiga och belagda med resultat, vilket väger tyngre än att svarsfrekvensen ännu inte är analyserad.',
    },
    '3.1': {
      scores: [60, 60, 70],
      strengths: [
        ['Ledarskapet bygger på tillitsbaserad styrning med tydliga ramar och stort handlingsutrymme, och rektor finns på avdelningarna minst två förmiddagar i veckan.', 'Rektor är på avdelningarna minst två förmiddagar i veckan'],
        ['Arbetslagen har en egen materialbudget och får ändra dagsrytmen; Lek klart-principen prövades först på en avdelnings eget initiativ.', 'Varje arbetslag förfogar över 8 000 kronor per termin'],
      ],
      improvements: [['Det framgår inte hur arbetet i utvecklingsgrupperna följs upp eller vilka beslut grupperna själva får fatta.', 'Alla medarbetare deltar i minst en utvecklingsgrupp']],
      question: 'Vilka beslut om undervisningen fattar arbetslagen själva?',
      visit: { score: 70, note: 'Ledningsgruppens mandat och arbetslagens beslutsrätt bekräftades i protokoll och i samtal med medarbetare på tre avdelningar.' },
    },
    '3.2': {
      scores: [70, 60, 70],
      strengths: [
        ['Lärcaféer varannan vecka och pedagogiska besök med tre fasta frågor ger ett återkommande kollegialt lärande.', 'Under 2025 hölls 17 lärcaféer.'],
        ['Nya medarbetare får ett introduktionsprogram på fyra veckor med fadder.', 'Nya medarbetare får ett introduktionsprogram på fyra veckor'],
        ['Läslyftet omfattade alla förskollärare och sju barnskötare och lade grunden för språkarbetet.', 'Alla förskollärare och sju barnskötare deltog'],
      ],
      improvements: [['Lärcaféerna ligger efter ordinarie arbetsdag, vilket förskolan själv kopplar till att förskollärarna inte hinner med sina arbetsuppgifter.', 'Vi kopplar det senare till att lärcaféerna']],
    },
    '4.1': {
      scores: [60, 70, 50],
      strengths: [
        ['Den digitala närvaroregistreringen sparar uppskattningsvis 15 minuter per avdelning och dag och ger köket rätt antal portioner.', 'Arbetslagsledarna har uppskattat att varje avdelning sparar cirka 15 minuter per dag'],
        ['Förskolan ser innovation som nya lösningar på verkliga problem, till exempel filmerna på sex språk som visades 1 260 gånger under 2025.', 'Filmerna hade 1 260 visningar under 2025.'],
        ['Barnen använder digitala verktyg för att skapa och undersöka, till exempel projektorn för att bygga miljöer kring bilder från Språkpromenaden.', 'Barnen använder projektorn för att förstora bilder'],
      ],
      improvements: [['Det framgår inte hur digitaliseringsplanen följs upp eller hur barnens digitala kompetens utvecklas över tid.', 'Vår digitaliseringsplan från 2023 utgår från']],
    },
    '4.2': {
      scores: [40, 50, 30],
      strengths: [
        ['Förskolan lär aktivt av andra: Skogsgruppen bygger på ett studiebesök och matsvinnsmätningen på kockarnas nätverk.', 'Skogsgruppen är inspirerad av ett studiebesök'],
        ['Resultaten från Förskoleundersökningen och Barnens röst redovisas öppet för föräldrarådet och i månadsbreven.', 'Resultat från Förskoleundersökningen och Barnens röst redovisas'],
      ],
      improvements: [
        ['Spridningen av de egna goda exemplen utanför enheten är begränsad: arbetssätten är inte dokumenterade för andra och inga studiebesök har tagits emot.', 'Spridningen av våra egna goda exempel utanför Solrosen har hittills varit begränsad.'],
        ['Det finns ingen plan för hur förskolan ska följa upp om presentationen av Språkpromenaden leder till förändring hos andra.', 'två förskolor i stadsdelen har därefter hört av sig med frågor'],
      ],
      question: 'Hur väljer ni vilka arbetssätt som först ska spridas till andra förskolor?',
    },
    '5.1': {
      scores: [60, 60, 60],
      strengths: [
        ['Samverkan med BVC, familjecentralen, socialtjänsten, biblioteket och skolan har fasta former och tider.', 'Vi har två samverkansmöten per år med BVC-sjuksköterskorna'],
        ['Rutinen för varm överlämning från den öppna förskolan gör starten tryggare för nya familjer.', 'familjer som har gått på den öppna förskolan'],
        ['Överlämningen till förskoleklassen innehåller, med vårdnadshavarnas samtycke, en sammanfattning av barnets språkprofil.', 'en sammanfattning av barnets språkprofil i överlämningen'],
      ],
      improvements: [['Samverkan beskrivs mest som möten och aktiviteter; det framgår inte hur den följs upp eller vad den ger barnen.', 'Vi har ett årligt möte med socialtjänstens mottagningsgrupp']],
    },
    '5.2': {
      scores: [70, 80, 60],
      strengths: [
        ['Matsvinnet har minskat från 38 till 21 gram per portion och andelen ekologiska livsmedel har ökat till 51 procent.', 'Matsvinnet har minskat från 38 till 21 gram per portion'],
        ['Miljöarbetet görs begripligt för barnen, som själva väger tallrikssvinnet och för statistik.', 'gjorde ett miljömål begripligt och engagerande för femåringar'],
        ['Den sociala hållbarheten knyts till likvärdighet genom arbetet med språk, trygghet och inflytande.', 'Vårt arbete med språk, trygghet och inflytande är i grunden ett arbete för likvärdighet'],
      ],
      improvements: [['Tallrikssvinnet minskar långsammare än serveringssvinnet, och det framgår inte vilka åtgärder som riktas mot det.', 'Tallrikssvinnet har minskat långsammare.']],
    },
    '6.1': {
      scores: [70, 60, 80],
      strengths: [
        ['Resultaten i Förskoleundersökningen ligger över Norrbys och stadens genomsnitt för samtliga påståenden och har förbättrats över tid.', 'Resultaten ligger över Norrbys och stadens genomsnitt för samtliga påståenden 2025'],
        ['Andelen barn som kan ge exempel på inflytande har ökat med 21 procentenheter sedan 2022.', 'Den tydligaste förbättringen gäller barnens upplevelse av inflytande'],
        ['Förskolan har bäst resultat av de jämförda förskolorna i Norrby på alla indikatorer utom svarsfrekvensen.', 'Solrosen har bäst resultat av de jämförda förskolorna'],
      ],
      improvements: [
        ['Svarsfrekvensen i Förskoleundersökningen har sjunkit till 54 procent, vilket gör resultaten osäkrare.', 'Svarsfrekvensen har sjunkit med 24 procentenheter på tre år'],
        ['Skillnaderna mellan avdelningarna är stora: på två avdelningar kan bara 74 procent av barnen ge exempel på inflytande.', 'på Trollsländan och Nyckelpigan 74 procent'],
      ],
    },
    '6.2': {
      scores: [70, 70, 50],
      strengths: [
        ['Sjukfrånvaron har minskat varje år, från 7,8 till 6,1 procent, och ligger under Norrbys genomsnitt.', 'Sjukfrånvaron var 6,1 procent 2025.'],
        ['Andelen förskollärare har ökat till 46 procent genom vidareutbildning och medveten rekrytering.', 'Andelen förskollärare har ökat eftersom två barnskötare har vidareutbildat sig'],
      ],
      improvements: [['Förskollärarna upplever att de inte hinner med sina arbetsuppgifter under arbetstid, vilket är det lägsta värdet i medarbetarenkäten.', 'lägst (3,4), främst bland förskollärarna']],
    },
    '6.3': {
      scores: [60, 70, 40],
      strengths: [
        ['Ekonomin är i balans sedan 2024, trots att kostnaderna för livsmedel har ökat med cirka 14 procent.', 'Sedan 2024 har vi en ekonomi i balans med ett litet överskott'],
        ['Överskotten har inte använts till engångsinköp utan sparats för att möta variationer i barnantalet.', 'Överskotten 2024 och 2025 har inte använts för engångsinköp'],
      ],
      improvements: [
        ['Underskottet 2023 visar att ekonomin är sårbar när personal slutar, och det framgår inte vilken beredskap som finns nu.', 'Underskottet 2023 berodde på att två förskollärare slutade under våren'],
        ['Resurseffektiviteten redovisas inte per barn och jämförs inte med andra förskolor.', 'Solrosens intäkter 2025 uppgick till 16,8 miljoner kronor'],
      ],
      rationale: 'Teamet diskuterade spridningen: ekonomin är i balans och timvikariekostnaden har halverats, men underskottet 2023 och den oberäknade nettoeffekten av flexpoolen gör att resultaten ännu inte är väl integrerade.',
    },
  },
  team: {
    summary: [
      'Förskolan Solrosen har ett kvalitetsarbete som hänger ihop. Åtagandena utgår från nämndens mål, har mätbara förväntade resultat och en namngiven ägare, och de bryts ned i korta handlingsplaner på varje avdelning. Solrosmodellen och Varför-trappan gör att uppföljning och analys sker på alla nivåer.',
      'Barnens perspektiv väger tungt i styrningen. Barnens röst och trygghetsvandringen har lett till konkreta förändringar, och resultaten i Förskoleundersökningen ligger över både Norrbys och stadens genomsnitt.',
      'Det som återstår handlar främst om att nå ut och fördjupa: att sprida de beprövade arbetssätten till andra förskolor, att ta reda på varför allt färre vårdnadshavare svarar på Förskoleundersökningen och att ge fler barn ett reellt inflytande.',
    ],
    nextSteps: [
      'Dokumentera Språkpromenaden och Lek klart-principen så att andra förskolor kan ta del av dem, och erbjud studiebesök.',
      'Undersök vilka vårdnadshavare som inte besvarar Förskoleundersökningen och pröva stöd på plats i hallen.',
      'Utveckla barnråden på Trollsländan och Nyckelpigan och följ upp om fler barn kan ge exempel på inflytande.',
    ],
    nomination: 'winner',
    citation:
      'Förskolan Solrosen visar hur ett systematiskt kvalitetsarbete kan göra skillnad för varje barn. Med en tydlig målkedja, en analys som går till botten med orsakerna och förbättringar som följs upp med mätbara resultat har förskolan stärkt barnens språk, trygghet och inflytande.',
  },
};

const LINDGARDEN: ContestantScript = {
  contestantId: 'c-lindgarden',
  criteria: {
    '1.1': {
      scores: [60, 50, 60],
      strengths: [
        ['Behoven fångas på flera sätt: välkomstsamtal inom två veckor, levnadsberättelse, brukarundersökning och anhörigråd.', 'När en ny boende flyttar in har vi ett välkomstsamtal'],
        ['De boendes önskemål leder till förändringar, till exempel flexibla frukosttider och Kvällsstund på de somatiska enheterna.', 'Frukosten serveras sedan 2023 mellan kl. 07.00 och 10.30'],
        ['Levnadsberättelsen gör att även boende som inte själva kan berätta bemöts utifrån sin historia, vilket exemplet från Aspen visar.', 'Av levnadsberättelsen framgick att hon under 40 år hade hämtat sina barn'],
      ],
      improvements: [
        ['Det framgår inte hur behoven hos boende med demenssjukdom som inte kan besvara enkäten fångas systematiskt.', 'Varje vår besvarar de boende Socialstyrelsens enkät'],
        ['På de somatiska enheterna gör den korta boendetiden det svårare att lära känna varje person, och det saknas en beskrivning av hur det kompenseras.', 'På Lönnen och Almen gör den korta boendetiden'],
      ],
      question: 'Hur fångar ni önskemålen hos boende som inte själva kan uttrycka dem?',
    },
    '1.2': {
      scores: [70, 70, 60],
      strengths: [
        ['Rutinen för synpunkter i sex steg omfattar även muntliga synpunkter och avslutas med att verksamheten lär av dem.', '=Sedan 2023 har vi en rutin i sex steg som alla medarbetare har gått igenom'],
        ['Klagomålen har minskat med nästan hälften sedan 2023 samtidigt som berömmet har ökat.', 'Sedan dess har antalet klagomål minskat med nästan hälften'],
        ['Klagomål leder till konkreta åtgärder, till exempel märkta askar för hörapparater och nya värmevagnar.', 'Två nya värmevagnar köptes in i januari 2024.'],
      ],
      improvements: [['Garantin om utevistelse följs inte upp systematiskt, så det går inte att veta om den uppfylls.', 'Garantin om utevistelse följs inte upp systematiskt']],
    },
    '2.1': {
      scores: [40, 50, 50],
      strengths: [
        ['Åtagandena utgår från kommunfullmäktiges och nämndens mål och bryts ned i enhetsplaner med konkreta aktiviteter.', 'Varje enhet tar fram en enhetsplan med aktiviteter kopplade till åtagandena.'],
        ['Enhetsplanerna följs upp på arbetsplatsträffarna och i kvalitetsrådet.', 'Enhetsplanerna följs upp på enheternas arbetsplatsträffar'],
      ],
      improvements: [
        ['Åtagandet om en meningsfull vardag kan inte bedömas, eftersom aktiviteterna inte dokumenteras per boende.', 'Åtagande 2 kan inte bedömas, eftersom aktiviteterna inte dokumenteras per boende'],
        ['De förväntade resultaten har ändrats mellan åren, vilket gör det svårt att följa utvecklingen över tid.', 'Åtagandena har i stort sett varit desamma sedan 2022'],
      ],
      agreed: 30,
      rationale:
        'Teamet enades om en lägre poäng än någon av de individuella: vid genomgången blev det tydligt att två av sex åtaganden inte nåddes, att ett inte alls kan följas upp och att de förväntade resultaten har ändrats mellan åren. Målkedjan finns, men den används ännu inte för styrning.',
    },
    '2.2': {
      scores: [60, 60, 50],
      strengths: [
        ['Personcentrerade arbetssätt som IBIC, genomförandeplaner och kontaktmannaskap är väl beskrivna och används i vardagen.', 'Sedan 2021 arbetar vi enligt Individens behov i centrum (IBIC)'],
        ['Beläggningen har ökat till 97 procent genom en rutin för snabbare inflyttning.', 'beläggningen har ökat från 93,8 procent 2022 till 97,0 procent 2025'],
        ['Projektet Rätt skydd minskade förbrukningen av inkontinensskydd med 18 procent och sparar cirka 140 000 kronor per år.', 'Förbrukningen minskade med 18 procent'],
      ],
      improvements: [['Granskningen av genomförandeplanerna visade att de boendes egna mål och önskemål om aktiviteter beskrivs mindre utförligt.', 'Granskningen visade att planerna ofta var fullständiga vad gäller omvårdnad']],
    },
    '2.3': {
      scores: [50, 30, 60],
      strengths: [
        ['Kvalitetsrådet går varje månad igenom avvikelser, synpunkter, egenkontroller och kvalitetsregister.', 'Kvalitetsrådet träffas den andra tisdagen varje månad.'],
        ['Förbättringsarbetet med nattfastan är ett fullständigt exempel: mätning, analys, ny rutin och ny mätning.', 'Andelen med nattfasta under elva timmar ökade till 78 procent i mars 2025.'],
        ['Satsningen mot trycksår har sänkt andelen boende med trycksår från 11,4 till 4,2 procent.', 'Efter satsningen 2022 har andelen boende med trycksår minskat'],
      ],
      improvements: [
        ['Fallen har inte analyserats per enhet eller per boende, trots att antalet fall har ökat sedan 2022.', 'Vi har inte gjort någon fördjupad analys av fallen per enhet eller per boende.'],
        ['Det framgår inte hur förbättringsförslag som inte genomförs återkopplas till medarbetarna.', 'Under 2025 kom 63 förbättringsförslag, varav 41 genomfördes.'],
      ],
      question: 'Hur går kvalitetsrådet från enskilda avvikelser till mönster och åtgärder?',
      rationale: 'Teamet diskuterade spridningen: kvalitetsrådet och arbetet med nattfasta och trycksår visar ett systematiskt arbetssätt, men att fallen inte analyseras djupare drar ned helheten.',
    },
    '3.1': {
      scores: [60, 50, 60],
      strengths: [
        ['Ledarskapet är närvarande, med chefsrundor varje fredag och chefer som regelbundet arbetar kvälls- och helgpass.', 'En gång per månad arbetar någon av cheferna ett kvällspass eller en helg på en enhet.'],
        ['Prova-på-principen ger enheterna utrymme att testa förbättringar i upp till fyra veckor utan att fråga.', 'Prova-på-principen innebär att en enhet får testa en förbättring'],
      ],
      improvements: [['Bara ungefär hälften av medarbetarna kan delta i Lindgårdsdialogen, och det framgår inte hur övriga görs delaktiga.', 'Ungefär hälften av medarbetarna deltar']],
      question: 'Hur når ni de medarbetare som inte kan delta i Lindgårdsdialogen?',
    },
    '3.2': {
      scores: [60, 60, 60],
      strengths: [
        ['Äldreomsorgslyftet har höjt kompetensen: 19 vårdbiträden har utbildat sig till undersköterskor på betald arbetstid.', 'Genom Äldreomsorgslyftet 2021–2023 utbildade sig 19 vårdbiträden'],
        ['Reflektionsgrupper med Silviasystrarna ger medarbetarna stöd i svåra situationer på demensenheterna.', 'I reflektionsgrupperna diskuterar medarbetarna svåra situationer'],
        ['Kursen i vårdsvenska på arbetstid är ett svar på klagomål om att närstående inte förstod personalen.', 'Klagomålen diskuterades med språkombuden'],
      ],
      improvements: [['Det framgår inte hur kompetensutvecklingsplanerna följs upp eller om satsningarna ger effekt i vården.', 'Varje medarbetare har en individuell kompetensutvecklingsplan']],
    },
    '4.1': {
      scores: [70, 40, 70],
      strengths: [
        ['Trygg natt är en genomtänkt innovation: digital tillsyn med samtycke har minskat de fysiska tillsynerna från tre till 0,6 per natt.', 'Antalet fysiska tillsyner för de deltagande boende minskade'],
        ['Projektet infördes med rutin för samtycke, etisk reflektion och utvärdering innan det utvidgades.', 'Innan projektet startade tog vi fram en rutin tillsammans med förvaltningens jurist och MAS.'],
        ['De boende sover bättre: 11 av 14 deltagare uppgav det i utvärderingen.', '11 av 14 boende uppgav i utvärderingen 2024 att de sov bättre'],
      ],
      improvements: [
        ['Fallen nattetid bland deltagarna ökade från 9 till 14, och det framgår inte hur det har analyserats.', '=Fall nattetid bland deltagande boende uppgift saknas 9 14'],
        ['Efter utvidgningen 2025 har sömnen inte mätts, så effekten för fler boende är ännu inte visad.', '=Andel deltagare som uppger att de sover bättre – 79 % (11/14) ej mätt'],
      ],
      question: 'Hur följer ni upp fallen nattetid bland dem som har digital tillsyn?',
      agreed: 70,
      rationale: 'Teamet diskuterade spridningen: Trygg natt är prövat, utvärderat och infört med tydliga etiska rutiner, vilket väger tyngre än att effekten på fallen ännu är oklar.',
      visit: {
        score: 80,
        note: 'Vid besöket visade nattpersonalen hur digital tillsyn planeras i genomförandeplanen och hur samtycket dokumenteras; arbetssättet är väl integrerat och på väg ut till fler boende.',
      },
    },
    '4.2': {
      scores: [60, 60, 70],
      strengths: [
        ['Lindgården delar med sig: Trygg natt presenterades på förvaltningens innovationsdag och två boenden har gjort studiebesök.', 'under 2025 tog vi emot studiebesök från två vård- och omsorgsboenden'],
        ['Verksamheten lär av andra, till exempel sinnesträdgården efter ett studiebesök och måltidsvärdarna från förvaltningens nätverk.', 'Sinnesträdgården kom till efter ett studiebesök'],
        ['Lindgårdsdagen samlade cirka 180 besökare och öppnar huset för grannar och blivande boende.', '2025 kom cirka 180 besökare.'],
      ],
      improvements: [['Det framgår inte om spridningen av Rätt skydd har gett resultat hos de andra boendena.', 'Rutinen från projektet Rätt skydd har spridits till de andra två vård- och omsorgsboendena i Sjövik.']],
    },
    '5.1': {
      scores: [60, 60, 60],
      strengths: [
        ['Teamträffarna samlar alla yrkesgrupper kring varje boende och är verksamhetens viktigaste form för helhetssyn.', 'Internt är teamträffarna vår viktigaste form för helhetssyn'],
        ['Samverkan med läkare, biståndsenheten, hemtjänsten, tandvården och frivilliga har fasta former.', 'Inför en inflyttning har vi sedan 2024 ett överlämningssamtal'],
      ],
      improvements: [['Samverkan beskrivs som former och aktiviteter; det saknas uppföljning av hur den fungerar, till exempel vid utskrivning från sjukhus.', 'Vid utskrivning från sjukhus används regionens digitala system']],
    },
    '5.2': {
      scores: [40, 50, 40],
      strengths: [
        ['Den sociala hållbarheten är ett styrkeområde: elevplatser, anställningar via jobbtorget och heltid bidrar till en hållbar arbetssituation.', 'Genom stadens jobbtorg har vi sedan 2023 anställt sex personer'],
        ['Rätt skydd minskade både förbrukningen och kostnaderna.', 'Projektet Rätt skydd minskade förbrukningen av inkontinensskydd med 18 procent.'],
      ],
      improvements: [
        ['Matsvinnet på 61 gram per portion har inte mätts igen efter att halva portioner infördes.', 'men någon ny mätning har inte gjorts'],
        ['Det saknas mål och indikatorer för miljöarbetet.', 'Lindgården har ett miljöombud per plan'],
      ],
    },
    '6.1': {
      scores: [60, 50, 70],
      strengths: [
        ['Andelen boende med trycksår har minskat från 11,4 till 4,2 procent.', 'Antalet trycksår har minskat kraftigt sedan satsningen 2022'],
        ['Resultaten i brukarundersökningen har förbättrats för alla frågor mellan 2024 och 2025.', 'Resultaten har förbättrats mellan 2024 och 2025 för alla frågor.'],
        ['Smärtskattningen under den sista levnadsveckan har ökat varje år, från 54 till 81 procent.', 'Vi har förbättrat oss varje år, men når inte målnivån.'],
      ],
      improvements: [
        ['Nöjdheten med aktiviteterna är låg, 52 procent mot stadens 58, trots att utbudet har ökat kraftigt.', 'Nöjdheten med aktiviteterna är fortfarande låg'],
        ['Antalet svar i brukarundersökningen är litet, och resultaten kan variera mycket mellan åren.', 'Eftersom antalet svar är litet kan resultaten variera mycket mellan åren.'],
      ],
    },
    '6.2': {
      scores: [40, 50, 40],
      strengths: [
        ['Andelen heltidsanställda har ökat från 54 till 71 procent, mer än i Sjöviks äldreomsorg som helhet.', 'Andelen tillsvidareanställda som arbetar heltid har ökat från 54 procent'],
        ['64 procent av undersköterskorna har skyddad yrkestitel.', 'har 64 procent av våra undersköterskor fått bevis från Socialstyrelsen'],
      ],
      improvements: [
        ['Sjukfrånvaron är 9,1 procent och högre än i Sjöviks äldreomsorg som helhet, och den ökade igen 2025.', 'Sjukfrånvaron är fortfarande hög, trots att den har minskat sedan 2022.'],
        ['Återkoppling från närmaste chef och arbetsbelastning får de lägsta värdena i medarbetarenkäten.', 'I medarbetarenkäten får påståendena om återkoppling från närmaste chef'],
      ],
    },
    '6.3': {
      scores: [70, 70, 60],
      strengths: [
        ['Ekonomin har vänts från ett underskott på 2,4 miljoner kronor till ett litet överskott.', 'Efter två år med underskott har vi en ekonomi i balans.'],
        ['Kostnaden för bemanningssjuksköterskor har gått från 1,9 miljoner kronor till noll.', 'Kostnaden för bemanningssjuksköterskor var 1,9 miljoner kronor 2022'],
      ],
      improvements: [['Resurseffektiviteten redovisas inte i förhållande till kvaliteten, till exempel kostnad per vårddygn jämfört med andra boenden.', 'Lindgården finansieras genom en ersättning per belagt vårddygn']],
    },
  },
  team: {
    summary: [
      'Lindgården har på fyra år gått från hög chefsomsättning, underskott och många klagomål till en stabil verksamhet med väl inarbetade, personcentrerade arbetssätt. Levnadsberättelser, BPSD-registret och Silviasystrarnas reflektionsgrupper gör att de boende möts utifrån sin egen historia.',
      'Synpunktshanteringen och projektet Trygg natt är goda exempel: klagomålen har nästan halverats, och digital tillsyn med samtycke har gett de boende bättre sömn och nattpersonalen mer tid för dem som behöver den.',
      'Det som behöver utvecklas är uppföljningen. Flera åtaganden saknar mätbara förväntade resultat, fallen analyseras inte per enhet och boende, och de boende är mindre nöjda med aktiviteterna än genomsnittet i staden.',
    ],
    nextSteps: [
      'Formulera mätbara förväntade resultat för alla åtaganden och inför ett aktivitetsregister per boende.',
      'Gör en fördjupad fallanalys per enhet och per boende tillsammans med MAS.',
      'Fråga de boende och deras närstående vilka aktiviteter de själva efterfrågar.',
    ],
    nomination: 'honourable-mention',
    citation:
      'Lindgårdens vård- och omsorgsboende får ett hedersomnämnande för Trygg natt: en väl förberedd och etiskt genomtänkt digital tillsyn som har gett de boende bättre nattsömn och nattpersonalen mer tid för dem som behöver den.',
  },
};

/** In the round's order. */
export const CONTESTANTS: readonly ContestantScript[] = [SOLROSEN, LINDGARDEN];

/** Whose individual assessment of each contestant is also printed as a bedömning of its own. */
export const INDIVIDUAL_REPORT: Readonly<Record<string, DemoExaminer>> = { 'c-solrosen': 'e-bilal', 'c-lindgarden': 'e-cecilia' };
