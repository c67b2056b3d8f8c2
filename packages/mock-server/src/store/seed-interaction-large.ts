import { newId, type Db } from './db.js';
import type { AuthorRef, ConversationRecord, MessageRecord } from './types.js';
import { seedAuthor } from './seed-interaction-time.js';

const CONVERSATIONS = 50;
const PER_CONVERSATION = 205;
const SPACING = 3 * 3_600_000;

const fromSanne = [
  'Noah heeft vannacht goed geslapen.',
  'Kan de zorg morgen een kwartier eerder komen? We moeten op tijd weg.',
  'De nieuwe sondevoeding is bezorgd.',
  'Hij had vanmiddag weer wat verhoging, 37,8.',
  'Dank jullie wel voor het meedenken!',
  'Is het recept voor de medicijnen al verlengd?',
  'Noah vond het bezoek van vandaag erg gezellig.',
  'We zijn vrijdag bij opa en oma, de zorg kan dan om 09:00 uur.',
];

const fromTeam = [
  'Dank voor het doorgeven, ik heb het in het dossier gezet.',
  'Dat is geregeld. Tot morgen!',
  'De saturatie was vanochtend 98%, mooi stabiel.',
  'Ik heb het recept bij de apotheek aangevraagd.',
  'Goed om te horen. Laat het weten als er iets verandert.',
  'We passen de planning aan, jullie zien het in de agenda.',
  'Ik overleg even met de kinderarts en laat het vandaag nog weten.',
];

const team = ['st-anna', 'st-joost', 'st-fatima'];

/**
 * Years of older messages between Sanne and the care team about Noah, in 50 conversations, all
 * before `before`. `seq` starts at 1 and follows send order; Sanne has read all of them. Built in
 * one pass without sorting, so it takes milliseconds.
 */
export function largeTalk(
  db: Db,
  before: number,
): {
  conversations: ConversationRecord[];
  messages: MessageRecord[];
  reads: Array<[string, number]>;
} {
  const total = CONVERSATIONS * PER_CONVERSATION;
  const sanne = seedAuthor(db, 'cl-noah', 'u-sanne');
  const staff: AuthorRef[] = team.map((id) => seedAuthor(db, 'cl-noah', id));
  const conversations: ConversationRecord[] = [];
  const messages: MessageRecord[] = [];
  const reads: Array<[string, number]> = [];
  for (let c = 0; c < CONVERSATIONS; c += 1) {
    const id = newId(db, 'cv');
    for (let i = 0; i < PER_CONVERSATION; i += 1) {
      const seq = messages.length + 1;
      const mine = i % 2 === 0;
      // A jitter under the spacing keeps the times strictly increasing but not on the hour.
      const jitter = ((seq * 7919) % 57) * 60_000;
      messages.push({
        id: newId(db, 'msg'),
        seq,
        conversationId: id,
        clientId: 'cl-noah',
        sender: mine ? sanne : staff[(c + i) % staff.length]!,
        body: mine
          ? fromSanne[(seq + c) % fromSanne.length]!
          : fromTeam[(seq * 3) % fromTeam.length]!,
        sentAt: before - (total - seq + 1) * SPACING + jitter,
      });
    }
    conversations.push({
      id,
      clientId: 'cl-noah',
      participantIds: ['u-sanne', 'care-team'],
      createdAt: messages[c * PER_CONVERSATION]!.sentAt,
    });
    reads.push([`u-sanne:${id}`, messages.length]);
  }
  return { conversations, messages, reads };
}
