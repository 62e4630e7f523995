/**
 * Förskolan Ekorren (Västerby), assessed by the övningsomgång's second team:
 * e-david (lead), e-eva, e-farid — in the order of `CriterionScript.scores`.
 * A mature unit with a strong outdoor profile and an innovation (Ekorrstigen),
 * but thin complaint handling, an analysis that stops early and results that
 * stand still or turn down in 2025. Ekorren also enters Framsteget with
 * Ekorrstigen: new and in use, but its value for the children is not yet shown.
 * Every cue is a phrase of scripts/ovning/documents/forskolan-ekorren.pdf (see
 * the ovning-cues test).
 */
import type { ContestantScript } from '../script';

export const EKORREN: ContestantScript = {
  contestantId: 'c-ekorren',
  criteria: {
    '1.1': {
      scores: [60, 60, 70],
      strengths: [
        ['Barnens perspektiv fångas systematiskt två gånger per år i Ekorrsamtalet, med fasta frågor och ordagranna svar som sammanställs per avdelning.', 'Samtalet följer sex frågor'],
        ['Trygghetskartan leder till konkreta åtgärder: platsen bakom Kojan gick från 14 till 3 röda lappar efter att pedagogerna ändrade var de står.', 'År 2025 fick platsen 3 röda lappar.'],
        ['Barnens önskemål om mer skog ändrade schemat, och andelen barn som var i skogen ”nästan alltid” ökade tydligt.', 'i mars 2025 svarade 34 av 56 barn'],
      ],
      improvements: [
        ['De flerspråkiga familjerna är nästan inte representerade i föräldrarådet, och förskolan har ännu inget sätt att nå dem.', 'men bara en av dem har ett annat modersmål än svenska'],
        ['Det är inte uppföljt om familjer som har tolk vid utvecklingssamtalen upplever samtalen på samma sätt som andra.', 'Vi har ännu inte följt upp om familjer som har tolk'],
      ],
      question: 'Hur vill ni nå de flerspråkiga familjerna så att de blir delaktiga i föräldrarådet?',
    },
    '1.2': {
      scores: [40, 30, 50],
      strengths: [
        ['Rutinen för synpunkter finns på fyra språk, delas ut vid inskolningen och har ett tydligt svarsåtagande på tio arbetsdagar.', 'Rutinen ”Säg vad du tycker” delas ut vid inskolningen'],
        ['Synpunkter leder till konkreta förbättringar, till exempel nya torkskåp och skogsdagarna i lärplattformens kalender.', 'Skogsdagarna står sedan dess i lärplattformens kalender'],
        ['Förskolan har en egen kvalitetsgaranti om tre timmars utevistelse som knyter an till profilen och följs upp i dagboken.', 'Utegarantin följs upp genom avdelningarnas dagbok.'],
      ],
      improvements: [
        ['Få synpunkter registreras och de sammanställs bara en gång per år, så mönster upptäcks sent, som med torkskåpen hösten 2025.', 'Eftersom sammanställningen görs en gång per år upptäcker vi mönster sent.'],
        ['Det saknas en rutin för att informera vårdnadshavarna när en garanti inte uppfylls.', 'Vi har ingen rutin för att informera vårdnadshavarna när en garanti inte uppfylls'],
      ],
      question: 'Hur tar ni vara på de muntliga synpunkter som löses direkt i hallen?',
    },
    '2.1': {
      scores: [50, 60, 40],
      strengths: [
        ['Alla medarbetare tar fram förslag till åtaganden i åtagandeverkstaden, och förslagen stäms av med föräldrarådet.', 'där alla medarbetare i blandade grupper går igenom årets resultat'],
        ['Åtagandena prövas mot budgeten: ett åtagande om digitala verktyg valdes medvetet bort inför 2025.', 'Inför 2025 valde vi bort ett åtagande om digitala verktyg'],
        ['Alla tre mätbara åtaganden nådde sitt förväntade resultat 2025, mot ett av tre 2023.', 'Under 2025 nådde vi det förväntade resultatet för åtagande 1, 2 och 3.'],
      ],
      improvements: [['Åtagandet om arbetsmiljön saknar ett mätbart förväntat resultat och kan därför inte följas upp.', 'Åtagande 4 saknar ett mätbart förväntat resultat.']],
    },
    '2.2': {
      scores: [60, 50, 60],
      strengths: [
        ['Ekorrveckan ger en gemensam planeringsmall, och andelen undervisning utomhus följs upp: 58 procent läsåret 2024/2025.', 'skedde 58 procent av de planerade tillfällena utomhus'],
        ['Förskolan följer kostnaden per barn och jämför den med Västerbys förskolor.', 'Sedan 2023 följer vi kostnaden per barn'],
        ['Skogsdagen visar hur arbetssätten hänger ihop i praktiken, från barnens fråga till dokumentation och återkoppling i samlingen.', 'Dagen efter visas bilderna i samlingen'],
      ],
      improvements: [
        ['Förskollärarna på småbarnsavdelningarna får inte sin planeringstid, och det finns ännu ingen lösning.', 'blev 19 av 32 planerade planeringstimmar av på de två avdelningarna'],
        ['Kostnaden för timvikarier har ökat sedan 2022 utan att det analyseras i beskrivningen.', 'Kostnaden för timvikarier var 298 000 kronor 2025'],
      ],
    },
    '2.3': {
      scores: [70, 40, 60],
      strengths: [
        ['Ekorrhjulet ger uppföljning på fyra nivåer, från arbetslagets vecka till kvalitetsrapporten, med tre fasta analysfrågor.', 'Ekorrhjulet är vår modell för systematiskt kvalitetsarbete'],
        ['Förbättringscykeln om matematiken är fullständig och belagd över flera år: andelen vårdnadshavare som instämde steg från 64 till 86 procent.', 'Andelen som instämde ökade till 74 procent 2022'],
        ['Förbättringen av vilan efter skogsdagarna bygger på en analys av orsaken och följdes upp efter en termin.', 'Vi flyttade skogsdagarnas återkomst trettio minuter tidigare.'],
      ],
      improvements: [
        ['Analysen stannar ibland vid de första förklaringarna, som när sjukfrånvaron ökade 2025.', 'Vi har blivit bättre på att använda våra resultat, men analysen stannar ibland'],
        ['Alla åtgärder följs inte upp: det är okänt om högläsningen blev av oftare efter beslutet att ta med böcker ut.', 'men vi har inte följt upp om det ändrade hur ofta barnen fick höra högläsning'],
      ],
      question: 'Hur säkerställer ni att varje åtgärd i Ekorrhjulet följs upp på det datum som bestämts?',
      rationale:
        'Teamet diskuterade spridningen: Ekorrhjulet är väl beskrivet och matematikcykeln visar lärande över flera år, men att analysen av sjukfrånvaron stannade vid ytan och att läsningen inte följdes upp gör att arbetssättet ännu inte är fullt integrerat.',
      visit: {
        score: 60,
        note: 'Vid besöket visade protokollen från Ekorrhjulsmötena att åtgärder får ansvarig och datum, men att uppföljningen ofta skjuts till nästa kvartal; bedömningen kvarstår.',
      },
    },
    '3.1': {
      scores: [60, 60, 60],
      strengths: [
        ['Fredagsforum ger alla medarbetare ett fast forum för idéer och problem, och två tredjedelar av frågorna ledde till beslut.', 'Under 2025 togs 21 frågor upp i Fredagsforum'],
        ['Arbetslagen har ett tydligt handlingsutrymme med egen materialbudget och beslut om undervisningens upplägg.', 'Arbetslagen bestämmer själva hur undervisningen ska läggas upp'],
      ],
      improvements: [['Information om beslut når inte alla, särskilt barnskötare på tidiga och sena pass; det är medarbetarenkätens lägsta värde.', 'det lägsta värdet (3,6 av 5)']],
    },
    '3.2': {
      scores: [60, 50, 50],
      strengths: [
        ['Forskningscirkeln med Stockholms universitet har förändrat undervisningen: skogsdagarna börjar nu med en fråga som barnen undersöker.', 'börjar vi med en fråga som barnen ska undersöka'],
        ['Förstelärarens handledning i utepedagogik sprider kompetensen till avdelningarna.', 'hon har sedan 2023 haft 34 handledningstillfällen'],
        ['Alla medarbetare har en individuell utvecklingsplan som följs upp i medarbetarsamtalet.', 'Varje medarbetare har en individuell utvecklingsplan'],
      ],
      improvements: [
        ['Barnskötarna på småbarnsavdelningarna deltar i mindre än hälften av lärgruppernas träffar.', 'Under 2025 deltog barnskötarna i 41 procent av träffarna'],
        ['Det saknas ett sätt att följa upp om utbildningarna förändrar undervisningen utanför forskningscirkeln.', 'men vi har inget sätt att följa upp om utbildningarna förändrar undervisningen'],
      ],
    },
    '4.1': {
      scores: [70, 50, 80],
      strengths: [
        ['Ekorrstigen är en innovation som utgår från ett barns fråga, prövades i liten skala, utvärderades och byggdes sedan ut.', 'Vi prövade först med tre stationer under våren 2023'],
        ['Ekorrstigen används: 4 300 skanningar sedan invigningen, och två andra förskolor använder den regelbundet.', 'Ekorrstigen har skannats 4 300 gånger sedan invigningen'],
        ['Nötskalet fångar idéer från alla, och drygt hälften av idéerna har prövats.', 'Sedan starten har 34 idéer lämnats in och 19 har prövats.'],
      ],
      improvements: [
        ['Nyttan för barnens språk och intresse för naturen är inte mätt, utöver vad barnen själva berättar.', 'men vi har inte mätt om den har påverkat barnens språk'],
        ['Förskolan har ingen egen digitaliseringsplan och följer förvaltningens.', 'Vi har ingen digitaliseringsplan'],
      ],
      question: 'Vad har Ekorrstigen betytt för de flerspråkiga barnens språk, och hur skulle ni kunna visa det?',
      rationale:
        'Teamet diskuterade spridningen: Ekorrstigen är ny, prövad och använd även av andra, vilket väger tyngre än att nyttan för barnens lärande ännu inte är mätt.',
      visit: {
        score: 70,
        note: 'Vid besöket visade barnen på Björken stigen och berättade på tre språk; förskolan har börjat samla barnens egna berättelser som underlag för en utvärdering.',
      },
    },
    '4.2': {
      scores: [70, 70, 60],
      strengths: [
        ['Förskolan delar generöst med sig: elva studiebesök sedan 2023, och två förskolor har byggt egna lärstigar efter modellen.', 'Efter studiebesöken har två förskolor byggt egna lärstigar efter vår modell.'],
        ['Förskolan tar till sig goda exempel från andra, till exempel den lugna hörnan och svinnmätningen.', 'Efter ett studiebesök på en förskola i Norrby 2023'],
        ['Förstelärarens blogg om utepedagogik når långt utanför stadsdelen.', 'Försteläraren skriver en blogg om utepedagogik'],
      ],
      improvements: [['Det framgår inte vilken effekt de exempel som hämtats från andra, som den lugna hörnan, har gett hos barnen.', 'Vi har inte följt upp vad den lugna hörnan har betytt för barnen.']],
    },
    '5.1': {
      scores: [50, 40, 50],
      strengths: [
        ['Samverkan med parkenheten gör att Ekorrstigen sköts och hålls framkomlig.', 'Ekorrstigen sköts tillsammans med parkenheten'],
        ['Målkonflikten med naturreservatets förvaltare löstes genom en överenskommelse om en plats där kojor är tillåtna.', 'Vi löste det genom att komma överens om en plats vid Tjärnen'],
        ['Den gemensamma utvärderingen med förskoleklassen leder till förändringar, som korta samlingar inne för de äldsta barnen.', 'Vi har därför börjat med korta samlingar inne under vårterminen'],
      ],
      improvements: [
        ['Det finns ingen fast samverkan med socialtjänsten utöver orosanmälningar, och nyttan av samverkan med BVC och skolan följs inte upp.', 'Vi har ingen fast samverkan med socialtjänsten utöver orosanmälningar'],
      ],
    },
    '5.2': {
      scores: [60, 60, 50],
      strengths: [
        ['Matsvinnet har minskat från 44 till 28 gram per portion, och barnen väger själva svinnet.', 'Matsvinnet vägs varje dag av barnen på Björken'],
        ['Förskolan har medvetet slutat med tre arbetssätt som inte längre skapade värde, för att få tid till utepedagogiken.', 'har vi slutat med tre saker som inte längre skapade värde'],
        ['Lånekläderna gör att alla barn kan delta i skogsdagarna oavsett vad familjen har råd med.', 'Vi arbetar för att alla barn ska få samma möjligheter i skogen'],
      ],
      improvements: [['Andelen ekologiska livsmedel ligger under stadens mål, och förskolan har valt att prioritera svinnet.', 'Andelen ekologiska livsmedel ligger under stadens mål på 50 procent.']],
    },
    '6.1': {
      scores: [60, 70, 60],
      strengths: [
        ['Vårdnadshavarnas nöjdhet, trygghet och syn på matematiken ligger över Västerbys och stadens genomsnitt.', 'Ekorren ligger över Västerbys och stadens genomsnitt för nöjdhet, trygghet och matematik.'],
        ['Alla mätbara åtaganden nåddes 2025, med positiva trender sedan 2022.', 'Samtliga mätbara åtaganden nåddes 2025.'],
        ['Nio av tio barn säger att det finns en vuxen som hjälper dem om de blir ledsna.', 'I Ekorrsamtalet i mars 2025 sa 51 av 56 barn'],
      ],
      improvements: [
        ['Informationen om barnets utveckling sjönk 2025 och ligger under stadens genomsnitt.', 'men sjönk igen 2025 och ligger nu under stadens genomsnitt'],
        ['Barnens inflytande och språkutvecklingen har inte förbättrats under perioden, trots barnråden.', 'Språkutvecklingen har inte heller förbättrats.'],
      ],
    },
    '6.2': {
      scores: [50, 60, 40],
      strengths: [
        ['Aktivt medskapandeindex ligger över Västerbys genomsnitt.', 'Aktivt medskapandeindex ligger över Västerbys genomsnitt'],
        ['Andelen förskollärare har ökat från 38 till 44 procent, högre än i Västerby.', 'Andelen förskollärare av den pedagogiska personalen var 44 procent'],
      ],
      improvements: [
        ['Sjukfrånvaron ökade 2025 till över Västerbys genomsnitt, och orsakerna är inte analyserade.', 'Sjukfrånvaron ökade 2025 och ligger nu över Västerbys genomsnitt.'],
        ['Aktivt medskapandeindex sjönk 2025, och förskolan kopplar det inte till något av sina arbetssätt.', 'Nedgången gäller främst frågorna om information och arbetsbelastning.'],
      ],
    },
    '6.3': {
      scores: [50, 40, 50],
      strengths: [
        ['Kostnaden per barn redovisas och jämförs med Västerbys förskolor över fyra år.', 'Kostnaden per barn har legat under Västerbys genomsnitt'],
        ['Förskolan hade överskott tre år i rad och använde dem till en investering i verksamhetens profil.', 'Ekorren hade överskott 2022–2024.'],
      ],
      improvements: [
        ['Ombyggnaden av Kojan blev dyrare än beräknat och gav ett underskott 2025.', 'och året slutade med ett underskott på 190 000 kronor'],
        ['Sambandet mellan kvalitet och kostnad visas inte, utöver en jämförelse av nöjdhet och kostnad per barn.', 'Vi har inte visat hur kostnaden förhåller sig till kvaliteten'],
      ],
    },
  },
  prizes: {
    framsteget: {
      nytt: {
        strengths: [
          ['Ekorrstigen är ett nytt arbetssätt för förskolan: en lärstig där barnen själva berättar om platserna i skogen, på svenska och på de vanligaste modersmålen.', 'När man skannar koden hör man barnen berätta'],
          ['Idén kom från barnen: ett barn undrade hur hennes mormor i Iran skulle kunna gå i skogen med gruppen.', 'Idén kom från ett barn på Björken'],
        ],
        improvements: [['Beskrivningen jämför inte Ekorrstigen med andra lärstigar med QR-koder, så det framgår inte vad som är nytt utanför förskolan.', 'Ekorrstigen är en lärstig på 800 meter']],
      },
      'skapar-varde': {
        strengths: [
          ['Stigen öppnar skogen för familjer och grannar: den har skannats 4 300 gånger, varav 1 650 gånger under 2025.', 'varav 1 650 gånger under 2025'],
          ['Inspelningarna på flera språk gör stigen till en plats där barnen delar språk med varandra, som när ett barn översätter till persiska för en ny kamrat.', 'ett barn översätter spontant till persiska'],
        ],
        improvements: [['Värdet för barnen är inte visat: förskolan har inte mätt om stigen har påverkat barnens språk eller intresse för naturen.', 'Vi vet att familjerna använder stigen på helgerna']],
      },
      anvands: {
        strengths: [
          ['Stigen ingår i vardagen: de äldre barnen går dit på skogsdagarna.', 'De äldre barnen går till Ekorrstigen'],
          ['Två andra förskolor i Västerby använder stigen regelbundet, och två förskolor har byggt egna lärstigar efter Ekorrens modell.', 'Två andra förskolor i Västerby använder stigen regelbundet.'],
          ['Skötseln är säkrad: parkenheten byter ut stolpar och håller stigen framkomlig.', 'som byter ut stolpar och håller stigen framkomlig'],
        ],
        improvements: [['Det framgår inte hur berättelserna förnyas när nya barngrupper kommer, så att stigen fortsätter att vara barnens egen.', 'Barnen har själva spelat in berättelserna']],
        question: 'Hur använder de två andra förskolorna stigen i sin undervisning?',
      },
    },
  },
  team: {
    summary: [
      'Förskolan Ekorren har en tydlig uteprofil som genomsyrar verksamheten och som barnen själva äger. Ekorrveckan och Ekorrhjulet ger planering och uppföljning på flera nivåer, och förbättringen av matematiken visar lärande över flera år.',
      'Ekorrstigen är en innovation som har vuxit ur ett barns fråga, prövats i liten skala och spridits till andra förskolor. Förskolan delar generöst med sig och lär av andra.',
      'Det som behöver utvecklas är synpunktshanteringen, analysen när resultaten går åt fel håll och planeringstiden på småbarnsavdelningarna. Barnens inflytande och informationen om det enskilda barnets lärande står still.',
    ],
    nextSteps: [
      'Sammanställ synpunkterna varje kvartal, inklusive muntliga synpunkter och beröm.',
      'Analysera sjukfrånvaron och planeringstiden på Kotten och Mossan tillsammans med förvaltningens kvalitetsutvecklare.',
      'Pröva hur Ekorrstigen påverkar barnens språk, till exempel genom Ekorrsamtalet.',
    ],
    nomination: 'honourable-mention',
    citation:
      'Förskolan Ekorren får ett hedersomnämnande för Ekorrstigen: en lärstig som har vuxit ur ett barns fråga, där barnens egna röster på flera språk öppnar skogen för familjer och andra förskolor.',
  },
};
