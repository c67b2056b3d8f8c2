import { newId, type Db } from './db.js';
import type { PlanRecord } from './types.js';
import { at } from './seed-record-util.js';

type Sections = PlanRecord['sections'];

const seasons = ['winter', 'voorjaar', 'zomer', 'najaar'];

/** "Zorgplan najaar 2026": a plan is named after the season it was written in. */
export function planTitle(createdAt: number): string {
  const d = new Date(createdAt);
  const month = d.getUTCMonth();
  const year = month === 11 ? d.getUTCFullYear() + 1 : d.getUTCFullYear();
  return `Zorgplan ${seasons[Math.floor(((month + 1) % 12) / 3)]} ${year}`;
}

const noahV1: Sections = [
  {
    heading: 'Situatie',
    text: 'Noah (7) heeft een ernstige meervoudige beperking en epilepsie. Hij krijgt sondevoeding via een PEG-sonde en ’s nachts bewaking van de zuurstofsaturatie. Noah woont thuis met zijn ouders Sanne en Mark en zijn zusje Lotte, en gaat overdag naar het kinderdagcentrum.',
  },
  {
    heading: 'Doelen',
    text: 'Noah heeft een stabiel gewicht en groeit volgens zijn curve.\nDe nachten zijn rustig, met zo min mogelijk alarmen.\nDe ouders worden ontlast in de ochtend en de avond.',
  },
  {
    heading: 'Afspraken over de zorg',
    text: 'Elke ochtend van 7.00 tot 8.30 uur: verzorging, medicatie en voeding.\nElke avond van 19.00 tot 20.30 uur: verzorging, avondmedicatie en aansluiten van de nachtvoeding.\nDrie middagen per week pedagogische begeleiding door Fatima El Amrani.',
  },
  {
    heading: 'Medicatie',
    text: 'Levetiracetam tweemaal daags via de sonde; vitamine D eenmaal daags. Bij een aanval langer dan vijf minuten: noodmedicatie volgens het epilepsieprotocol en 112 bellen.',
  },
  {
    heading: 'Evaluatie',
    text: 'Het plan wordt elk half jaar met de ouders geëvalueerd, of eerder als dat nodig is.',
  },
];

const noahV2: Sections = [
  noahV1[0]!,
  {
    heading: 'Doelen',
    text: 'Noah heeft een stabiel gewicht en groeit volgens zijn curve.\nDe nachten zijn rustig: minder dan twee alarmen per week.\nNoah oefent dagelijks zijn zitbalans, zodat hij langer rechtop kan zitten.',
  },
  {
    heading: 'Afspraken over de zorg',
    text: 'Elke ochtend van 7.00 tot 8.30 uur: verzorging, medicatie en voeding.\nElke avond van 19.00 tot 20.30 uur: verzorging en avondmedicatie; de nachtvoeding start voortaan om 20.00 uur op 45 ml per uur.\nVier middagen per week pedagogische begeleiding, met oefeningen van de fysiotherapeut.',
  },
  noahV1[3]!,
  {
    heading: 'Wat is er veranderd?',
    text: 'Nieuwe voedingstijden in de avond, een extra middag begeleiding en oefeningen voor de zitbalans – besproken met de kinderarts en de fysiotherapeut.',
  },
  noahV1[4]!,
];

const elsV1: Sections = [
  {
    heading: 'Situatie',
    text: 'Mevrouw Jansen (85) woont zelfstandig in haar appartement aan de Vaartweg. Ze heeft diabetes type 2, een wond aan het linkeronderbeen en loopt met een rollator. Haar dochter Marieke komt twee keer per week langs.',
  },
  {
    heading: 'Doelen',
    text: 'Mevrouw blijft veilig thuis wonen.\nDe wond aan het been is binnen drie maanden genezen.\nDe bloedsuiker blijft tussen 4 en 10 mmol/l.',
  },
  {
    heading: 'Afspraken over de zorg',
    text: 'Elke ochtend: hulp bij douchen of wassen, steunkousen aantrekken en bloedsuiker meten.\nOm de dag: wondzorg.\nEén keer per week: wegen en bloeddruk meten.',
  },
  {
    heading: 'Evaluatie',
    text: 'Elk half jaar met mevrouw en haar dochter; eerder bij een val of een opname.',
  },
];

const elsV2: Sections = [
  elsV1[0]!,
  {
    heading: 'Doelen',
    text: 'Mevrouw blijft veilig thuis wonen en valt niet.\nMevrouw eet en drinkt voldoende; haar gewicht blijft boven 65 kg.\nDe bloedsuiker blijft tussen 4 en 10 mmol/l.',
  },
  {
    heading: 'Afspraken over de zorg',
    text: 'Elke ochtend: hulp bij douchen of wassen, steunkousen aantrekken en bloedsuiker meten.\nTwee keer per week ’s middags een kort bezoek voor een wandeling en een praatje.\nEén keer per week: wegen en bloeddruk meten. De wondzorg is gestopt: de wond is genezen.',
  },
  {
    heading: 'Wat is er veranderd?',
    text: 'De wond is genezen. Er zijn middagbezoeken bijgekomen, omdat mevrouw minder eet en zich soms eenzaam voelt. In de badkamer komt een extra handgreep.',
  },
  elsV1[3]!,
];

/** Two versions of the care plan for Noah and Els: v1 signed months ago, v2 waiting for a decision. */
export function seedPlans(db: Db, now: number): void {
  const plans: Array<[string, Sections, Sections, number, number, string]> = [
    ['cl-noah', noahV1, noahV2, 170, 6, 'Sanne de Vries'],
    ['cl-els', elsV1, elsV2, 150, 9, 'Els Jansen'],
  ];
  for (const [clientId, v1, v2, v1DaysAgo, v2DaysAgo, signer] of plans) {
    const created1 = at(now, v1DaysAgo, 14, 0);
    const created2 = at(now, v2DaysAgo, 14, 0);
    db.plans.push(
      {
        id: newId(db, 'pl'),
        clientId,
        version: 1,
        title: planTitle(created1),
        createdAt: created1,
        status: 'signed',
        decidedAt: at(now, v1DaysAgo - 4, 20, 30),
        decidedBy: signer,
        sections: v1,
      },
      {
        id: newId(db, 'pl'),
        clientId,
        version: 2,
        title: planTitle(created2),
        createdAt: created2,
        status: 'awaiting-decision',
        sections: v2,
      },
    );
  }
}
