import type { components } from '@clientportal/sdk/generated';
import { newId, type Db } from '../store/db.js';
import type { ChallengeRecord, SessionRecord, UserRecord } from '../store/types.js';
import { randomDigits } from './ids.js';
import { maskPhone, sendSms } from './outbox.js';
import { ProblemError } from './problem.js';
import { digest, sameHex } from './secrets.js';

type Challenge = components['schemas']['Challenge'];

/** What a challenge is for; a code confirms only what its challenge was made for. */
export interface ChallengeBinding {
  purpose: ChallengeRecord['purpose'];
  planId?: string;
  planVersion?: number;
  decision?: ChallengeRecord['decision'];
}

/**
 * Sends a new SMS code: 4 random digits shown on screen, 6 random digits the user types. The
 * previous open challenge of the same session and purpose becomes void. Asking again within the
 * resend interval gives `429 too_many_requests`.
 */
export async function createChallenge(
  db: Db,
  now: number,
  session: SessionRecord,
  user: UserRecord,
  binding: ChallengeBinding,
): Promise<ChallengeRecord> {
  const code = randomDigits(6);
  const codeHash = await digest(code);
  const previous = [...db.challenges.values()].filter(
    (c) => c.sessionId === session.id && c.purpose === binding.purpose && c.state === 'open',
  );
  const latest = previous.at(-1);
  if (latest && now < latest.resendAvailableAt) {
    const retryAfter = Math.ceil((latest.resendAvailableAt - now) / 1000);
    throw new ProblemError(429, 'too_many_requests', 'A code was sent a moment ago.', {
      retryAfter,
    });
  }
  for (const c of previous) c.state = 'void';
  const { settings } = db;
  const challenge: ChallengeRecord = {
    id: newId(db, 'ch'),
    ...binding,
    sessionId: session.id,
    userId: user.id,
    prefix: randomDigits(4),
    codeHash,
    createdAt: now,
    expiresAt: now + settings.codeTtlSeconds * 1000,
    resendAvailableAt: now + settings.codeResendSeconds * 1000,
    attemptsLeft: settings.codeAttempts,
    state: 'open',
  };
  db.challenges.set(challenge.id, challenge);
  const full = `${challenge.prefix}-${code}`;
  const what = binding.purpose === 'sign-in' ? 'inlogcode' : 'code om het zorgplan te bevestigen';
  sendSms(db, now, user, `Uw ${what} is ${full}`, full);
  return challenge;
}

/** The challenge as the contract shows it (never the code). */
export function toChallenge(c: ChallengeRecord, user: UserRecord): Challenge {
  return {
    id: c.id,
    purpose: c.purpose,
    prefix: c.prefix,
    sentTo: maskPhone(user.phone),
    expiresAt: new Date(c.expiresAt).toISOString(),
    resendAvailableAt: new Date(c.resendAvailableAt).toISOString(),
    attemptsLeft: c.attemptsLeft,
  };
}

/**
 * Checks a code against its challenge. Refuses with `422 challenge_invalid` when the challenge is
 * not this session's, not for this purpose (or plan, version, decision), used or void; `422
 * code_expired` after its lifetime; `422 code_invalid` with the tries left for a wrong code; and
 * `422 too_many_attempts` when the last try was wrong (the challenge is void then).
 */
export async function verifyChallenge(
  db: Db,
  now: number,
  session: SessionRecord,
  challengeId: string,
  code: string,
  binding: ChallengeBinding,
): Promise<ChallengeRecord> {
  const codeHash = await digest(code);
  const c = db.challenges.get(challengeId);
  const matches =
    c &&
    c.sessionId === session.id &&
    c.purpose === binding.purpose &&
    (binding.planId === undefined || c.planId === binding.planId) &&
    (binding.decision === undefined || c.decision === binding.decision);
  if (!c || !matches || c.state !== 'open') {
    throw new ProblemError(
      422,
      'challenge_invalid',
      'This code cannot confirm this; ask for a new code.',
    );
  }
  if (now >= c.expiresAt) {
    c.state = 'void';
    throw new ProblemError(422, 'code_expired', 'The code has expired; ask for a new code.');
  }
  if (!sameHex(c.codeHash, codeHash)) {
    c.attemptsLeft -= 1;
    if (c.attemptsLeft <= 0) {
      c.state = 'void';
      throw new ProblemError(
        422,
        'too_many_attempts',
        'Too many wrong codes; ask for a new code.',
        { attemptsLeft: 0 },
      );
    }
    throw new ProblemError(422, 'code_invalid', 'The code is not right.', {
      attemptsLeft: c.attemptsLeft,
    });
  }
  c.state = 'used';
  return c;
}
