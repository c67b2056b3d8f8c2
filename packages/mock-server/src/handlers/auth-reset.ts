import type { HttpHandler } from 'msw';
import type { components } from '@clientportal/sdk/generated';
import { route } from '../core/route.js';
import { empty, type RouteContext } from '../core/context.js';
import type { MockRuntime } from '../core/runtime.js';
import { randomToken } from '../core/ids.js';
import { digest, hashPassword } from '../core/secrets.js';
import { sendEmail } from '../core/outbox.js';
import { assertPasswordAllowed } from '../core/passwords.js';
import { ProblemError } from '../core/problem.js';
import type { Db } from '../store/db.js';
import type { UserRecord } from '../store/types.js';
import { rateLimit, signInAttemptsKey } from './auth-limits.js';
import { endSessions, findUser, normaliseUsername } from './auth-state.js';

type S = components['schemas'];

/** Where the demo site runs when a request names no origin. */
const DEFAULT_ORIGIN = 'http://127.0.0.1:8000';
/** Reset e-mails per username per hour, so nobody can flood a mailbox. */
const RESETS_PER_HOUR = 5;

/** The site the link points back to: the request's own origin, when it is a plain web origin. */
function siteOrigin(request: Request): string {
  const origin = request.headers.get('origin') ?? '';
  return /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(origin) ? origin : DEFAULT_ORIGIN;
}

function resetEmail(db: Db, user: UserRecord, link: string): { subject: string; text: string } {
  const minutes = Math.round(db.settings.resetTokenTtlSeconds / 60);
  const text = [
    `Beste ${user.name},`,
    `U heeft gevraagd om een nieuw wachtwoord voor het cliëntportaal van ${db.settings.name}.`,
    `Open de link hieronder. Vul daar uw gebruikersnaam in en kies een nieuw wachtwoord. ` +
      `De link werkt ${minutes} minuten en maar één keer.`,
    link,
    'Heeft u dit niet zelf gevraagd? Dan hoeft u niets te doen: uw wachtwoord blijft hetzelfde.',
  ].join('\n\n');
  return { subject: 'Nieuw wachtwoord voor het cliëntportaal', text };
}

async function sendResetLink(ctx: RouteContext, user: UserRecord): Promise<void> {
  const { db, now } = ctx;
  // Only the newest link works, so an older e-mail lying around cannot be used.
  const token = randomToken(32);
  const tokenHash = await digest(token);
  for (const t of db.resetTokens.values()) if (t.userId === user.id) t.used = true;
  db.resetTokens.set(tokenHash, {
    tokenHash,
    userId: user.id,
    expiresAt: now + db.settings.resetTokenTtlSeconds * 1000,
    used: false,
  });
  // A fragment, so the token never travels to a server or into its logs.
  const link = `${siteOrigin(ctx.request)}/#reset-token=${token}`;
  const { subject, text } = resetEmail(db, user, link);
  sendEmail(db, now, { email: user.email, userId: user.id }, subject, text, link);
}

async function requestPasswordReset(ctx: RouteContext<S['PasswordResetRequest']>) {
  const { db, now, body } = ctx;
  rateLimit(db, `password-reset:${normaliseUsername(body.username)}`, now, RESETS_PER_HOUR, 3600);
  const user = findUser(db, body.username);
  if (user && user.email.toLowerCase() === body.email.trim().toLowerCase()) {
    await sendResetLink(ctx, user);
  }
  return empty(202);
}

async function confirmPasswordReset(ctx: RouteContext<S['ConfirmPasswordResetRequest']>) {
  const { db, now, body } = ctx;
  const record = db.resetTokens.get(await digest(body.token));
  const user = record && db.users.get(record.userId);
  const valid =
    record &&
    user &&
    !record.used &&
    now < record.expiresAt &&
    normaliseUsername(user.username) === normaliseUsername(body.username);
  if (!valid) {
    throw new ProblemError(
      422,
      'reset_token_invalid',
      'This reset link is not valid any more; ask for a new one.',
    );
  }
  await assertPasswordAllowed(body.newPassword, {
    username: user.username,
    current: user.passwordHash,
  });
  const passwordHash = await hashPassword(body.newPassword, db.settings.passwordIterations);
  if (record.used) {
    throw new ProblemError(
      422,
      'reset_token_invalid',
      'This reset link is not valid any more; ask for a new one.',
    );
  }
  record.used = true;
  user.passwordHash = passwordHash;
  user.mustChangePassword = false;
  db.rate.delete(signInAttemptsKey(user.username));
  endSessions(db, user.id);
  return empty(204);
}

/** Forgotten password: the e-mailed link and setting a new password with it. */
export function resetHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route<S['PasswordResetRequest']>(rt, 'requestPasswordReset', requestPasswordReset),
    route<S['ConfirmPasswordResetRequest']>(rt, 'confirmPasswordReset', confirmPasswordReset),
  ];
}
