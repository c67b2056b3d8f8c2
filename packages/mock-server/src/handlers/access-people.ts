import type { components } from '@clientportal/sdk/generated';
import { randomToken } from '../core/ids.js';
import { hashPassword } from '../core/secrets.js';
import { sendEmail } from '../core/outbox.js';
import { newId, type Db } from '../store/db.js';
import type { ClientRecord, GrantRecord, UserRecord } from '../store/types.js';

type S = components['schemas'];

/** A row of "Gebruikersbeheer" as the contract shows it. */
export function toPerson(g: GrantRecord, viewer: UserRecord): S['Person'] {
  return {
    id: g.id,
    name: g.name,
    email: g.email,
    ...(g.phone ? { phone: g.phone } : {}),
    relation: g.relationLabel,
    sections: [...g.sections],
    status: g.status,
    isSelf: g.userId === viewer.id,
  };
}

const relations: Array<[RegExp, GrantRecord['relation']]> = [
  [/^(moeder|vader|ouder|mama|papa|pleegouder|voogd)/i, 'parent'],
  [/^(dochter|zoon|kind)/i, 'child'],
  [/^(partner|echtgeno|man$|vrouw$)/i, 'partner'],
  [/^(oma|opa|broer|zus|tante|oom|neef|nicht|kleinzoon|kleindochter|schoon)/i, 'family'],
];

/** The kind of relation behind the label the client typed ("Oma" → family). */
export function relationKind(label: string): GrantRecord['relation'] {
  return relations.find(([pattern]) => pattern.test(label.trim()))?.[1] ?? 'other';
}

/** `Joke de Vries` → `j.devries`; a number is added when that name is taken. */
export function newUsername(db: Db, name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '');
  const [first = 'gebruiker', ...rest] = plain.split(/ +/).filter(Boolean);
  const base = rest.length ? `${first[0]}.${rest.join('')}` : first;
  const taken = new Set([...db.users.values()].map((u) => u.username.toLowerCase()));
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n}`;
  return candidate;
}

/** A new account for a person given access for the first time, with a random first password. */
async function createAccount(
  db: Db,
  grant: GrantRecord,
): Promise<{ user: UserRecord; password: string }> {
  const password = randomToken(6);
  const passwordHash = await hashPassword(password, db.settings.passwordIterations);
  const user: UserRecord = {
    id: newId(db, 'u'),
    username: newUsername(db, grant.name),
    name: grant.name,
    email: grant.email,
    phone: grant.phone,
    passwordHash,
    // The e-mailed password is only for the first sign-in (C3, P2).
    mustChangePassword: true,
    acceptedTermsVersion: null,
    failedPasswordAttempts: 0,
    lockedUntil: 0,
    trustedDevices: new Set(),
    lastSignInAt: null,
    previousSignInAt: null,
  };
  db.users.set(user.id, user);
  return { user, password };
}

function inviteMail(client: ClientRecord, inviter: UserRecord, grant: GrantRecord, org: string) {
  return [
    `Beste ${grant.name},`,
    `${inviter.name} heeft u toegang gegeven tot het cliëntportaal van ${client.name} bij ${org}.`,
  ];
}

/**
 * Invites a person who just got their first sections (C12): an account when they have none
 * (found by e-mail address otherwise, as one person may act for several clients), an e-mail
 * with the sign-in details and an invitation to accept at the next sign-in.
 */
export async function invite(
  db: Db,
  now: number,
  client: ClientRecord,
  inviter: UserRecord,
  grant: GrantRecord,
) {
  const email = grant.email.toLowerCase();
  const existing = grant.userId
    ? db.users.get(grant.userId)
    : [...db.users.values()].find((u) => u.email.toLowerCase() === email);
  const account = existing
    ? { user: existing, password: undefined }
    : await createAccount(db, grant);
  grant.userId = account.user.id;
  grant.status = 'invited';
  db.invitations.push({
    id: newId(db, 'inv'),
    userId: account.user.id,
    clientId: client.id,
    grantId: grant.id,
    invitedBy: inviter.name,
    invitedAt: now,
    status: 'pending',
  });
  const lines = inviteMail(client, inviter, grant, db.settings.name);
  lines.push(
    account.password
      ? `Uw gebruikersnaam: ${account.user.username}\nUw tijdelijke wachtwoord: ${account.password}\n\nBij de eerste keer inloggen kiest u een nieuw wachtwoord, accepteert u de gebruiksvoorwaarden en daarna de uitnodiging. U ontvangt een sms-code op uw mobiele nummer.`
      : `Log in met uw gebruikersnaam ${account.user.username} en accepteer de uitnodiging.`,
  );
  sendEmail(
    db,
    now,
    { email: grant.email, userId: account.user.id },
    `Uw toegang tot het cliëntportaal van ${client.name}`,
    lines.join('\n\n'),
  );
}
