import type { components } from '@clientportal/sdk/generated';
import type { PasswordHash } from '../core/secrets.js';

type S = components['schemas'];
/** A section of the portal. */
export type Section = S['Section'];
/** The organisation's code policy. */
export type CodePolicy = S['CodePolicy'];
/** A sign-in step. */
export type SignInStep = S['SignInStep'];

/** A portal account (a client or a contact). Only a salted slow hash of the password is kept. */
export interface UserRecord {
  id: string;
  username: string;
  name: string;
  email: string;
  phone: string;
  passwordHash: PasswordHash;
  mustChangePassword: boolean;
  acceptedTermsVersion: string | null;
  failedPasswordAttempts: number;
  lockedUntil: number;
  /** SHA-256 digests of the device ids this person trusted (never the cookie values). */
  trustedDevices: Set<string>;
  lastSignInAt: number | null;
  previousSignInAt: number | null;
}

/** A client whose record the portal shows. */
export interface ClientRecord {
  id: string;
  name: string;
  profile: S['Profile'];
  careTeam: S['CareTeamMember'][];
  measurementKinds: S['MeasurementKind'][];
  /** Seconds-of-day offsets are not needed: the last sync is computed from the clock. */
}

/** A person's access to a client (a row of "Gebruikersbeheer"). `userId` is set once invited. */
export interface GrantRecord {
  id: string;
  clientId: string;
  userId: string | null;
  name: string;
  email: string;
  phone: string;
  relation: S['ClientAccess']['relation'];
  relationLabel: string;
  sections: Section[];
  status: S['Person']['status'];
}

/** An invitation waiting for an answer at the invitee's next sign-in. */
export interface InvitationRecord {
  id: string;
  userId: string;
  clientId: string;
  grantId: string;
  invitedBy: string;
  invitedAt: number;
  status: 'pending' | 'accepted' | 'declined';
}

/** A session, from the password step on. */
export interface SessionRecord {
  /** The SHA-256 digest of the session cookie's value (the value itself is never stored). */
  id: string;
  userId: string;
  step: SignInStep;
  /** The digest of the trusted device's id, when signed in on one. */
  deviceId: string | null;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  ended: boolean;
}

/** An SMS code challenge. */
export interface ChallengeRecord {
  id: string;
  purpose: 'sign-in' | 'plan-decision';
  sessionId: string;
  userId: string;
  prefix: string;
  /** The SHA-256 digest of the 6 digits (the SMS itself carries them). */
  codeHash: string;
  createdAt: number;
  expiresAt: number;
  resendAvailableAt: number;
  attemptsLeft: number;
  state: 'open' | 'used' | 'void';
  planId?: string;
  planVersion?: number;
  decision?: S['PlanDecision'];
}

/** A password-reset token sent by e-mail. */
export interface ResetTokenRecord {
  /** The SHA-256 digest of the e-mailed token; the store's key too. */
  tokenHash: string;
  userId: string;
  expiresAt: number;
  used: boolean;
}

/** Where a message or post came from: a portal user or a care staff member. */
export interface AuthorRef {
  id: string;
  name: string;
  kind: S['Author']['kind'];
  role?: S['CareRole'];
}

/** An appointment of a client. */
export interface AppointmentRecord extends Omit<S['Appointment'], 'editable' | 'createdBy'> {
  clientId: string;
  createdBy?: AuthorRef;
  createdByUserId: string | null;
}

/** A conversation: participants are user ids, staff ids or `care-team`. */
export interface ConversationRecord {
  id: string;
  clientId: string;
  participantIds: string[];
  createdAt: number;
}

/** A message, kept in send order. */
export interface MessageRecord {
  id: string;
  seq: number;
  conversationId: string;
  clientId: string;
  sender: AuthorRef;
  body: string;
  sentAt: number;
  /** Photos and PDFs on it (X9). */
  attachments?: S['Attachment'][];
}

/** A bulletin-board post. */
export interface BulletinRecord {
  id: string;
  clientId: string;
  author: AuthorRef;
  authorUserId: string | null;
  text: string;
  postedAt: number;
}

/** A report in a client's dossier. */
export interface ReportRecord {
  id: string;
  clientId: string;
  title: string;
  body: string;
  author: AuthorRef;
  createdAt: number;
  category?: string;
  /** Photos and PDFs on it (X9). */
  attachments?: S['Attachment'][];
}

/** A measured value. */
export interface MeasurementRecord {
  id: string;
  clientId: string;
  kind: S['MeasurementKindCode'];
  value: number;
  measuredAt: number;
  measuredBy?: AuthorRef;
  note?: string;
}

/** A questionnaire the care team sent, with its answers once filled in. */
export interface QuestionnaireRecord {
  id: string;
  clientId: string;
  title: string;
  introduction?: string;
  sentAt: number;
  dueAt?: number;
  completedAt?: number;
  questions: S['Question'][];
  answers?: S['Answer'][];
}

/** A version of the care plan. */
export interface PlanRecord {
  id: string;
  clientId: string;
  version: number;
  title: string;
  createdAt: number;
  status: S['Plan']['status'];
  decidedAt?: number;
  decidedBy?: string;
  rejectionReason?: string;
  /** The plan's text, for the PDF. */
  sections: Array<{ heading: string; text: string }>;
}

/** One line of a client's access log. */
export interface AccessLogRecord {
  id: string;
  clientId: string;
  at: number;
  actor: { name: string; kind: 'client' | 'contact' | 'care-staff' };
  onBehalfOf: string;
  action: 'read' | 'write';
  resource: string;
  /** Where it came from (NEN 7513). */
  origin: S['AccessOrigin'];
}

/** A request to the care team to correct the record (X11). */
export interface CorrectionRecord {
  id: string;
  clientId: string;
  subject: S['CorrectionSubject'];
  wrong: string;
  correct: string;
  status: S['CorrectionStatus'];
  declineReason?: string;
  requestedBy: string;
  requestedByUserId: string;
  createdAt: number;
  updatedAt: number;
}

/** An SMS or e-mail the mock "sent". */
export interface OutboxMessage {
  id: string;
  channel: 'sms' | 'email';
  to: string;
  userId: string | null;
  subject?: string;
  text: string;
  sentAt: string;
  /** For SMS codes: the full code `prefix-digits`. For reset e-mails: the link. */
  code?: string;
  link?: string;
}

/** A stored answer to an Idempotency-Key. */
export interface IdempotencyRecord {
  fingerprint: string;
  state: 'in-progress' | 'done';
  status: number;
  headers: Array<[string, string]>;
  body: string;
  createdAt: number;
}
