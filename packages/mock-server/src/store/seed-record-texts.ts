/**
 * A moment of the day at which a care worker may write a report. The body is one sentence from
 * each part (an empty string leaves that part out), with `{…}` filled in from varying values. A
 * first-part sentence written `Title|sentence` brings its own title, so title and text agree.
 */
export interface ReportSlot {
  hour: number;
  /** The latest minute past the hour. */
  spread: number;
  staff: readonly string[];
  category: string;
  titles: readonly string[];
  parts: ReadonlyArray<readonly string[]>;
  /** How likely the slot is filled on a day (1 when missing). */
  chance?: number;
  /** Only on these days of the week (0 = Sunday). */
  weekdays?: readonly number[];
  /** Only until this many days before now (for care that has ended). */
  untilDaysAgo?: number;
}

/** Noah: a seven-year-old with epilepsy and tube feeding, cared for at home several times a day. */
export const noahSlots: readonly ReportSlot[] = [
  {
    hour: 7,
    spread: 40,
    staff: ['st-anna'],
    category: 'Verzorging',
    titles: ['Ochtendzorg'],
    parts: [
      [
        'Noah heeft een rustige nacht gehad en werd om {wake} wakker.',
        'De nacht was wat onrustig; Noah is twee keer wakker geworden en daarna weer in slaap gevallen.',
        'Noah sliep goed door, de saturatiemeter heeft geen alarm gegeven.',
        'Vannacht één keer alarm van de saturatiemeter; na het omdraaien herstelde de saturatie snel.',
      ],
      [
        'Gewassen en aangekleed, de huid rond de sonde ziet er rustig uit.',
        'Samen met moeder in bad gedaan, Noah genoot van het warme water.',
        'Insteekplaats van de PEG-sonde verzorgd, geen roodheid of vocht.',
        'Verschoond, huid is intact. Tanden gepoetst, dat ging met wat protest.',
      ],
      [
        '',
        'Vrolijk vertrokken met de taxi naar het kinderdagcentrum.',
        'Noah was wat stil vanochtend, we houden het in de gaten.',
        'Moeder is op de hoogte gebracht.',
      ],
    ],
  },
  {
    hour: 8,
    spread: 15,
    staff: ['st-anna'],
    category: 'Medicatie',
    titles: ['Medicatie ochtend'],
    parts: [
      [
        'Levetiracetam en vitamine D via de sonde gegeven, nagespoeld met 20 ml water.',
        'Ochtendmedicatie volgens de toedienlijst gegeven.',
        'Medicatie gegeven en afgetekend op de toedienlijst.',
      ],
      [
        'Geen aanvallen gezien sinds de vorige rapportage.',
        'Geen bijzonderheden.',
        'Geen aanvallen gezien.',
        'Korte absence gezien van ongeveer tien seconden, genoteerd in het aanvallendagboek.',
      ],
    ],
  },
  {
    hour: 12,
    spread: 45,
    staff: ['st-anna', 'st-fatima'],
    category: 'Voeding',
    titles: ['Sondevoeding', 'Voeding middag'],
    chance: 0.5,
    parts: [
      [
        'Sondevoeding van {ml} ml via de pomp gegeven, goed verdragen.',
        'Noah heeft een paar hapjes vla geproefd en daarna {ml} ml sondevoeding gekregen.',
        'Na de voeding wat gespuugd; houding aangepast en de pomp langzamer gezet.',
      ],
      ['', 'Voldoende vocht gehad vandaag.', 'Ontlasting normaal.'],
    ],
  },
  {
    hour: 16,
    spread: 50,
    staff: ['st-fatima'],
    category: 'Welzijn',
    titles: ['Middag thuis', 'Na het kinderdagcentrum'],
    chance: 0.8,
    parts: [
      [
        'Noah was vrolijk na het kinderdagcentrum. We hebben samen in de voelboeken gekeken.',
        'Naar buiten|In de rolstoel een rondje door de wijk gemaakt; Noah keek veel rond en lachte naar de honden.',
        'Noah was moe en prikkelbaar. We hebben rustig muziek geluisterd op de bank.',
        'Met Lotte samen met de grote blokken gespeeld, mooi om te zien hoe ze elkaar opzoeken.',
        'Oefenen|Oefeningen van de fysiotherapeut gedaan: benen rekken en zitbalans. Noah werkte goed mee.',
      ],
      [
        '',
        'Hij maakte veel geluidjes en zocht oogcontact.',
        'Na een half uur had hij genoeg prikkels gehad.',
      ],
    ],
  },
  {
    hour: 19,
    spread: 50,
    staff: ['st-anna'],
    category: 'Verzorging',
    titles: ['Avondzorg'],
    parts: [
      [
        'Gewassen, pyjama aan en in bed gelegd. Saturatiemeter aangesloten.',
        'Avondmedicatie en nachtvoeding aangesloten, pomp loopt op {rate} ml per uur.',
        'Noah viel snel in slaap na het voorlezen.',
        'Rustige avond. Noah lag om half acht in bed en sliep binnen een kwartier.',
        'Na het badje ingesmeerd en de nachtvoeding aangesloten. Noah was ontspannen.',
        'Samen met vader het avondritueel gedaan: liedje, knuffel, licht uit.',
        'Temperatuur iets verhoogd ({temp} °C); paracetamol gegeven volgens afspraak, ouders ingelicht.',
      ],
      ['', 'Geen bijzonderheden.', 'Vader is vanavond thuis en weet ervan.'],
    ],
  },
  {
    hour: 11,
    spread: 30,
    staff: ['st-joost'],
    category: 'Overleg',
    titles: ['Overleg'],
    weekdays: [5],
    parts: [
      [
        'Overleg met ouders|Telefonisch overleg met moeder over de planning van volgende week. De zorgmomenten blijven gelijk.',
        'Weekevaluatie|De nachten verlopen rustiger sinds de aangepaste voedingstijden. We houden dit schema aan.',
        'Contact met de kinderarts|Contact gehad met de kinderarts over de medicatie. De dosering blijft voorlopig gelijk; evaluatie over zes weken.',
        'Hulpmiddelen|Nieuwe sondepomp aangevraagd bij de leverancier, levering verwacht binnen twee weken.',
      ],
    ],
  },
];

/** Els: 85, living alone, a wound on her leg, diabetes and a fear of falling. */
export const elsSlots: readonly ReportSlot[] = [
  {
    hour: 8,
    spread: 50,
    staff: ['st-anna', 'st-ruud'],
    category: 'Verzorging',
    titles: ['Ochtendzorg'],
    parts: [
      [
        'Douchen|Mevrouw Jansen geholpen met douchen. Ze kon zelf goed op de douchestoel zitten.',
        'Steunkousen|Steunkousen aangetrokken; de benen zien er goed uit, geen vocht in de enkels.',
        'Mevrouw had slecht geslapen door pijn in de heup en doet vandaag rustig aan.',
        'Mevrouw zat al aangekleed aan de ontbijttafel toen ik kwam en was goedgehumeurd.',
      ],
      [
        '',
        'Bloedsuiker voor het ontbijt: {glu} mmol/l.',
        'Medicijnrol gecontroleerd, alles van gisteren is ingenomen.',
        'Ze heeft voldoende gedronken.',
      ],
    ],
  },
  {
    hour: 9,
    spread: 30,
    staff: ['st-anna', 'st-ruud'],
    category: 'Wondzorg',
    titles: ['Wondzorg'],
    weekdays: [1, 3, 5],
    // The wound healed a few weeks ago (care plan version 2 says so).
    untilDaysAgo: 25,
    parts: [
      [
        'Wond aan het linkeronderbeen verzorgd. De wondranden zijn rustig, nieuw verband aangebracht.',
        'Wond gespoeld en opnieuw verbonden. Iets minder vocht dan vorige keer.',
        'De wond wordt kleiner. Mevrouw had weinig pijn bij het verbinden.',
      ],
    ],
  },
  {
    hour: 14,
    spread: 50,
    staff: ['st-ruud', 'st-anna'],
    category: 'Welzijn',
    titles: ['Middagbezoek', 'Even bijpraten'],
    chance: 0.35,
    parts: [
      [
        'Mevrouw vertelde over haar kleinzoon die op bezoek was geweest; ze was er zichtbaar blij mee.',
        'Mevrouw voelde zich wat eenzaam. We spraken over de ontmoetingsochtend in het buurthuis; ze wil het proberen.',
        'Wandeling|Samen met de rollator een korte wandeling naar de brievenbus gemaakt. Dat ging goed.',
        'Voeding|Mevrouw eet weinig de laatste dagen. Afgesproken dat Marieke extra tussendoortjes meebrengt.',
      ],
    ],
  },
  {
    hour: 10,
    spread: 30,
    staff: ['st-joost'],
    category: 'Overleg',
    titles: ['Overleg'],
    weekdays: [3],
    chance: 0.5,
    parts: [
      [
        'Evaluatiegesprek|Evaluatiegesprek met mevrouw en haar dochter Marieke. De avondzorg blijft zoals hij is.',
        'Valpreventie|Valrisico besproken; er komt een extra handgreep bij de douche.',
        'Overleg huisarts|Overleg met de huisarts over de bloeddruk. De medicatie blijft gelijk, over een maand opnieuw meten.',
      ],
    ],
  },
];

/** Lotte: Noah's little sister, four, with a few hours of support a week. */
export const lotteSlots: readonly ReportSlot[] = [
  {
    hour: 15,
    spread: 50,
    staff: ['st-fatima'],
    category: 'Welzijn',
    titles: ['Middag met Lotte'],
    weekdays: [1, 3, 5],
    parts: [
      [
        'Lotte speelde lang met de poppen en praatte honderduit.',
        'Lotte vond het lastig dat mama veel aandacht had voor Noah. Samen een tekening voor hem gemaakt.',
        'Zelf aankleden|Geoefend met zelf aankleden; de jas ging al bijna helemaal alleen.',
        'Eten|Lotte heeft goed gegeten, ook de groente.',
        'Buiten spelen|Buiten in de zandbak gespeeld met een buurmeisje, ze deelde haar schepjes.',
      ],
      ['', 'Ze was trots op zichzelf.', 'Moeder is op de hoogte.'],
    ],
  },
];
