/** The demo's script for Förskolan Solrosen: what its team's three examiners see in its verksamhetsbeskrivning. */
import type { ContestantScript } from '../script';

export const SOLROSEN: ContestantScript = {
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
