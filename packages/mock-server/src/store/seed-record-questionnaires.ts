import type { components } from '@clientportal/sdk/generated';
import { newId, type Db } from './db.js';
import { at, DAY } from './seed-record-util.js';

type Question = components['schemas']['Question'];
type Answer = components['schemas']['Answer'];

const satisfaction: Question[] = [
  {
    id: 'q1',
    text: 'Hoe tevreden bent u over de zorg van de afgelopen maanden?',
    type: 'scale',
    required: true,
    min: 1,
    max: 5,
  },
  {
    id: 'q2',
    text: 'Komen de zorgverleners op de afgesproken tijd?',
    type: 'choice',
    required: true,
    options: ['Altijd', 'Meestal', 'Soms', 'Zelden'],
  },
  {
    id: 'q3',
    text: 'Weet u bij wie u terecht kunt met vragen?',
    type: 'yes-no',
    required: true,
  },
  { id: 'q4', text: 'Wat kunnen we beter doen?', type: 'text', required: false },
];

const sleep: Question[] = [
  {
    id: 'q1',
    text: 'Hoe goed sliep Noah de afgelopen week? (1 = heel slecht, 10 = heel goed)',
    type: 'scale',
    required: true,
    min: 1,
    max: 10,
  },
  {
    id: 'q2',
    text: 'Hoe vaak werd Noah ’s nachts gemiddeld wakker?',
    type: 'choice',
    required: true,
    options: ['Niet', '1 keer', '2 of 3 keer', 'Vaker'],
  },
  { id: 'q3', text: 'Gaf de saturatiemeter deze week alarm?', type: 'yes-no', required: true },
  { id: 'q4', text: 'Wat viel u verder op?', type: 'text', required: false },
];

const falls: Question[] = [
  { id: 'q1', text: 'Bent u het afgelopen jaar gevallen?', type: 'yes-no', required: true },
  { id: 'q2', text: 'Bent u bang om te vallen?', type: 'yes-no', required: true },
  {
    id: 'q3',
    text: 'Welk hulpmiddel gebruikt u bij het lopen?',
    type: 'choice',
    required: true,
    options: ['Geen', 'Stok', 'Rollator', 'Rolstoel'],
  },
  { id: 'q4', text: 'Waar in huis voelt u zich het minst zeker?', type: 'text', required: false },
];

const play: Question[] = [
  {
    id: 'q1',
    text: 'Hoe gaat het spelen met andere kinderen? (1 = moeilijk, 5 = goed)',
    type: 'scale',
    required: true,
    min: 1,
    max: 5,
  },
  { id: 'q2', text: 'Is Lotte overdag zindelijk?', type: 'yes-no', required: true },
  { id: 'q3', text: 'Waar wilt u dat we op letten?', type: 'text', required: false },
];

const intake: Question[] = [
  {
    id: 'q1',
    text: 'Waarmee wilt u geholpen worden?',
    type: 'choice',
    required: true,
    options: ['Medicatie', 'Wassen en aankleden', 'Wondzorg', 'Iets anders'],
  },
  { id: 'q2', text: 'Meet u uw bloedsuiker zelf?', type: 'yes-no', required: true },
  { id: 'q3', text: 'Wat is voor u belangrijk in de zorg?', type: 'text', required: true },
];

interface Seeded {
  clientId: string;
  title: string;
  introduction: string;
  questions: Question[];
  sentDaysAgo: number;
  completedDaysAgo?: number;
  answers?: Answer[];
}

const list: Seeded[] = [
  {
    clientId: 'cl-noah',
    title: 'Slaap en onrust',
    introduction: 'Wilt u deze vragen invullen over de afgelopen week? Dan bespreken we ze samen.',
    questions: sleep,
    sentDaysAgo: 3,
  },
  {
    clientId: 'cl-noah',
    title: 'Tevredenheid over de zorg',
    introduction: 'Twee keer per jaar vragen we hoe u de zorg ervaart.',
    questions: satisfaction,
    sentDaysAgo: 130,
    completedDaysAgo: 126,
    answers: [
      { questionId: 'q1', value: 4 },
      { questionId: 'q2', value: 'Meestal' },
      { questionId: 'q3', value: true },
      { questionId: 'q4', value: 'Graag vaker dezelfde verpleegkundige in de avond.' },
    ],
  },
  {
    clientId: 'cl-els',
    title: 'Tevredenheid over de zorg',
    introduction: 'Twee keer per jaar vragen we hoe u de zorg ervaart.',
    questions: satisfaction,
    sentDaysAgo: 5,
  },
  {
    clientId: 'cl-els',
    title: 'Valrisico thuis',
    introduction: 'Met deze vragen kijken we samen hoe we vallen kunnen voorkomen.',
    questions: falls,
    sentDaysAgo: 64,
    completedDaysAgo: 60,
    answers: [
      { questionId: 'q1', value: true },
      { questionId: 'q2', value: true },
      { questionId: 'q3', value: 'Rollator' },
      { questionId: 'q4', value: 'In de badkamer, als de vloer nat is.' },
    ],
  },
  {
    clientId: 'cl-lotte',
    title: 'Ontwikkeling en spel',
    introduction: 'Voor het gesprek over Lottes ontwikkeling in december.',
    questions: play,
    sentDaysAgo: 8,
  },
  {
    clientId: 'cl-lotte',
    title: 'Tevredenheid over de zorg',
    introduction: 'Twee keer per jaar vragen we hoe u de zorg ervaart.',
    questions: satisfaction,
    sentDaysAgo: 130,
    completedDaysAgo: 129,
    answers: [
      { questionId: 'q1', value: 5 },
      { questionId: 'q2', value: 'Altijd' },
      { questionId: 'q3', value: true },
    ],
  },
  {
    clientId: 'cl-henk',
    title: 'Tevredenheid over de eerste weken',
    introduction: 'U krijgt nu een paar weken zorg van ons. Hoe bevalt het?',
    questions: satisfaction,
    sentDaysAgo: 1,
  },
  {
    clientId: 'cl-henk',
    title: 'Intake',
    introduction: 'Voor het eerste gesprek met de wijkverpleging.',
    questions: intake,
    sentDaysAgo: 14,
    completedDaysAgo: 13,
    answers: [
      { questionId: 'q1', value: 'Medicatie' },
      { questionId: 'q2', value: true },
      { questionId: 'q3', value: 'Dat ik zelf kan blijven koken en boodschappen doen.' },
    ],
  },
];

/** Two questionnaires per client: one open, one filled in. */
export function seedQuestionnaires(db: Db, now: number): void {
  for (const q of list) {
    const sentAt = at(now, q.sentDaysAgo, 9, 0);
    db.questionnaires.push({
      id: newId(db, 'qn'),
      clientId: q.clientId,
      title: q.title,
      introduction: q.introduction,
      sentAt,
      dueAt: sentAt + 14 * DAY,
      questions: q.questions.map((question) => ({ ...question })),
      ...(q.completedDaysAgo !== undefined
        ? { completedAt: at(now, q.completedDaysAgo, 20, 15), answers: q.answers }
        : {}),
    });
  }
}
