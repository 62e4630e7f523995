/** The demo's script for Lindgårdens vård- och omsorgsboende: what its team's three examiners see in its verksamhetsbeskrivning. */
import type { ContestantScript } from '../script';

export const LINDGARDEN: ContestantScript = {
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
