/** When a seeded message was sent: `[days from today, 'hh:mm']` local, or hours before now. */
export type When = [number, string] | number;

/** A seeded conversation: who takes part, what was said, and how far each person has read. */
export interface Talk {
  clientId: string;
  participants: string[];
  messages: Array<[When, string, string]>;
  /** Per portal user: how many of the messages they have read; the rest is unread for them. */
  read: Record<string, number>;
}

/** A seeded bulletin-board post. */
export interface Post {
  clientId: string;
  by: string;
  when: When;
  text: string;
}

/** Conversations of every client with the care team and relatives, in Dutch. */
export const talks: Talk[] = [
  {
    clientId: 'cl-noah',
    participants: ['u-sanne', 'care-team'],
    messages: [
      [
        [-9, '19:40'],
        'u-sanne',
        'Hallo, Noah heeft sinds vanmiddag wat verhoging (38,2). Moeten we morgen iets aanpassen aan de ochtendzorg?',
      ],
      [
        [-9, '20:05'],
        'st-anna',
        'Goedenavond Sanne, dank voor het doorgeven. Ik kom morgen gewoon en meet dan zijn temperatuur en saturatie. Als de koorts blijft, overleg ik met de kinderarts.',
      ],
      [[-9, '20:12'], 'u-sanne', 'Fijn, tot morgen!'],
      [
        [-8, '09:10'],
        'st-anna',
        'Temperatuur was vanochtend 37,9 en de saturatie 97%. Laat hem goed drinken en meet vanavond nog een keer. Ik heb het in het dossier gezet.',
      ],
      [
        [-2, '11:30'],
        'st-joost',
        'Beste Sanne, over ruim een week staat het evaluatiegesprek van het zorgplan in de agenda. Past 10:00 uur bij jullie?',
      ],
      [[-2, '12:05'], 'u-sanne', 'Ja, 10 uur is goed. Mark probeert ook aan te sluiten.'],
      [
        [-1, '09:00'],
        'st-joost',
        'Mooi, dan blijft het zo staan. Ik stuur vooraf de nieuwe versie van het zorgplan, dan kunnen jullie die rustig doorlezen.',
      ],
      [3, 'st-anna', 'Morgen kom ik een half uur later, rond 08:00 uur. Excuses voor het ongemak.'],
    ],
    read: { 'u-sanne': 6 },
  },
  {
    clientId: 'cl-noah',
    participants: ['st-fatima', 'u-sanne', 'u-mark'],
    messages: [
      [
        [-6, '17:15'],
        'st-fatima',
        'Hoi Sanne en Mark, Noah deed vandaag heel goed mee met het oefenen van het aankleden. Het plaatjesschema op zijn kamerdeur helpt echt.',
      ],
      [
        [-6, '20:30'],
        'u-mark',
        'Wat leuk om te horen! Kunnen we zo’n schema ook voor het slapengaan maken?',
      ],
      [
        [-5, '16:45'],
        'st-fatima',
        'Goed idee. Ik neem de volgende keer plaatjes mee, dan maken we het samen met Noah.',
      ],
      [[-5, '21:02'], 'u-sanne', 'Dank je wel Fatima, daar heeft hij vast zin in.'],
      [
        [-1, '17:10'],
        'st-fatima',
        'Het slaapschema hangt! Noah heeft zelf de volgorde gekozen. Laten jullie weten hoe de eerste avonden gaan?',
      ],
    ],
    read: { 'u-sanne': 4, 'u-mark': 3 },
  },
  {
    clientId: 'cl-noah',
    participants: ['u-mark', 'u-sanne'],
    messages: [
      [
        [-4, '13:02'],
        'u-mark',
        'Ik kan niet mee naar de kinderarts. Lukt het jou om met Noah te gaan?',
      ],
      [
        [-4, '13:40'],
        'u-sanne',
        'Ja, ik neem die ochtend vrij. Zet jij zijn zwemles in de agenda?',
      ],
      [[-4, '13:46'], 'u-mark', 'Staat erin.'],
      [20, 'u-mark', 'Vergeet je de medicijnlijst niet mee te nemen naar de kinderarts?'],
    ],
    read: { 'u-sanne': 3, 'u-mark': 4 },
  },
  {
    clientId: 'cl-lotte',
    participants: ['u-sanne', 'care-team'],
    messages: [
      [
        [-10, '21:15'],
        'u-sanne',
        'Lotte slaapt slecht sinds ze naar de nieuwe opvang gaat. Hebben jullie tips?',
      ],
      [
        [-9, '10:20'],
        'st-fatima',
        'Dat zien we vaker bij zo’n overgang. Een vast ritueel helpt: badje, boekje, liedje, en dan elke avond in dezelfde volgorde. Bij mijn volgende bezoek bespreken we het verder.',
      ],
      [[-9, '12:48'], 'u-sanne', 'Dank je, we gaan het proberen.'],
      [
        [-2, '16:30'],
        'st-fatima',
        'Hoe gaat het slapen nu? Ik neem de volgende keer een boekje over slaapritmes mee.',
      ],
    ],
    read: { 'u-sanne': 3 },
  },
  {
    clientId: 'cl-lotte',
    participants: ['st-joost', 'u-sanne'],
    messages: [
      [
        [-7, '14:05'],
        'st-joost',
        'Beste Sanne, ik wil graag bij jullie langskomen om het zorgplan van Lotte door te nemen. Schikt een middag over ruim twee weken?',
      ],
      [[-7, '18:30'], 'u-sanne', 'Dat is goed, graag na 14:00 uur.'],
      [[-6, '09:15'], 'st-joost', 'Genoteerd, de afspraak staat in de agenda.'],
    ],
    read: { 'u-sanne': 3 },
  },
  {
    clientId: 'cl-els',
    participants: ['u-els', 'care-team'],
    messages: [
      [
        [-12, '10:15'],
        'u-els',
        'Goedemorgen, zou de ochtendzorg op de dag dat ik naar de kapper ga een half uur later kunnen komen?',
      ],
      [
        [-12, '14:00'],
        'st-ruud',
        'Goedemiddag mevrouw Jansen, dat is geregeld. Die dag komen we om 08:30 uur.',
      ],
      [[-12, '15:32'], 'u-els', 'Hartelijk dank!'],
      [
        [-3, '16:20'],
        'st-anna',
        'Mevrouw Jansen, uw bloeddruk was vanochtend wat hoog (152/91). We meten de komende week elke ochtend. Blijft hij hoog, dan overleggen we met de huisarts.',
      ],
      [[-3, '18:05'], 'u-els', 'Dank u, ik let wat beter op het zout.'],
      [
        5,
        'st-joost',
        'Beste mevrouw Jansen, het evaluatiegesprek van het zorgplan staat in de agenda. Uw dochter Marieke is ook van harte welkom.',
      ],
    ],
    read: { 'u-els': 5 },
  },
  {
    clientId: 'cl-els',
    participants: ['u-els', 'st-joost'],
    messages: [
      [
        [-20, '11:00'],
        'u-els',
        'Meneer Meijer, mijn dochter Marieke wil graag meekijken in het portaal. Hoe regel ik dat?',
      ],
      [
        [-19, '09:40'],
        'st-joost',
        'Dat kunt u zelf doen onder Gebruikersbeheer: voeg Marieke toe en vink aan wat zij mag zien. Zij krijgt dan een e-mail met haar inloggegevens.',
      ],
      [[-2, '10:30'], 'u-els', 'Het is gelukt, dank u wel.'],
    ],
    read: { 'u-els': 3 },
  },
  {
    clientId: 'cl-henk',
    participants: ['u-henk', 'care-team'],
    messages: [
      [
        [-8, '09:00'],
        'st-ruud',
        'Goedemorgen meneer Visser, uw glucosewaarden van deze week zien er goed uit. Wilt u de waarde na het avondeten ook blijven noteren?',
      ],
      [[-8, '12:30'], 'u-henk', 'Doe ik. Gisteren was het 8,4 na het eten.'],
      [[-7, '08:20'], 'st-ruud', 'Dat is binnen de grenzen, mooi zo.'],
      [
        [-1, '10:00'],
        'st-joost',
        'Meneer Visser, de praktijkondersteuner van de huisarts wil u graag zien voor de jaarcontrole diabetes. Zal ik een afspraak voor u maken?',
      ],
    ],
    read: { 'u-henk': 3 },
  },
  {
    clientId: 'cl-henk',
    participants: ['st-ruud', 'u-henk'],
    messages: [
      [
        [-15, '08:40'],
        'st-ruud',
        'Ik heb nieuwe teststrips voor uw glucosemeter besteld. Ze worden deze week bij u bezorgd.',
      ],
      [[-15, '11:10'], 'u-henk', 'Prima, dank je.'],
    ],
    read: { 'u-henk': 2 },
  },
];

/** Bulletin-board posts of every client. */
export const posts: Post[] = [
  {
    clientId: 'cl-noah',
    by: 'st-joost',
    when: [-10, '12:00'],
    text: 'Vanaf volgende maand is Anna Bakker ook op vrijdag de vaste verpleegkundige van Noah.',
  },
  {
    clientId: 'cl-noah',
    by: 'u-sanne',
    when: [-3, '20:15'],
    text: 'Noah gaat voortaan op woensdagmiddag naar zwemles. Hij is dan van 16:00 tot 17:00 uur niet thuis.',
  },
  {
    clientId: 'cl-noah',
    by: 'u-sanne',
    when: 30,
    text: 'Oma Joke past vrijdagmiddag op Noah en Lotte. Zij weet waar de medicijnen liggen.',
  },
  {
    clientId: 'cl-lotte',
    by: 'u-sanne',
    when: [-6, '19:00'],
    text: 'Lotte gaat op maandag en dinsdag naar de opvang. Op die dagen is er tot 17:30 uur niemand thuis.',
  },
  {
    clientId: 'cl-els',
    by: 'u-els',
    when: [-15, '10:00'],
    text: 'Let op: de voordeur klemt. Graag even stevig trekken.',
  },
  {
    clientId: 'cl-els',
    by: 'u-els',
    when: [-4, '17:45'],
    text: 'Mijn dochter Marieke komt voortaan elke zondag langs. Zij heeft een sleutel.',
  },
  {
    clientId: 'cl-henk',
    by: 'u-henk',
    when: [-9, '08:05'],
    text: 'De bel is kapot. Graag even kloppen op het keukenraam.',
  },
];
