import type { components } from '@clientportal/sdk/generated';
import type * as R from './types.js';
import { PASSWORD_ITERATIONS } from '../core/secrets.js';

/** The organisation's settings that the mock backend applies. */
export interface OrganisationSettings {
  name: string;
  codePolicy: R.CodePolicy;
  terms: components['schemas']['Terms'];
  idleTimeoutSeconds: number;
  absoluteTimeoutSeconds: number;
  codeTtlSeconds: number;
  codeAttempts: number;
  codeResendSeconds: number;
  /** How long wrong passwords count towards the sign-in delays. */
  throttleWindowSeconds: number;
  resetTokenTtlSeconds: number;
  /** PBKDF2 iterations for passwords set from now on (see `PASSWORD_ITERATIONS`). */
  passwordIterations: number;
  /** Requests per minute per source, on every operation (`429 too_many_requests` beyond). */
  requestsPerMinute: number;
  /** Within how many hours the care team usually answers a message; none stated when absent. */
  usualAnswerHours?: number;
}

/** The in-memory store of the mock backend: everything a real care-record backend would keep. */
export interface Db {
  settings: OrganisationSettings;
  users: Map<string, R.UserRecord>;
  clients: Map<string, R.ClientRecord>;
  staff: Map<string, components['schemas']['CareTeamMember']>;
  grants: R.GrantRecord[];
  invitations: R.InvitationRecord[];
  sessions: Map<string, R.SessionRecord>;
  challenges: Map<string, R.ChallengeRecord>;
  resetTokens: Map<string, R.ResetTokenRecord>;
  appointments: R.AppointmentRecord[];
  conversations: R.ConversationRecord[];
  /** Kept in send order (ascending `seq`). */
  messages: R.MessageRecord[];
  /** `userId:conversationId` → the highest `seq` read. */
  reads: Map<string, number>;
  bulletin: R.BulletinRecord[];
  reports: R.ReportRecord[];
  measurements: R.MeasurementRecord[];
  questionnaires: R.QuestionnaireRecord[];
  plans: R.PlanRecord[];
  accessLog: R.AccessLogRecord[];
  /** Correction requests (X11), in the order they were sent. */
  correctionRequests: R.CorrectionRecord[];
  outbox: R.OutboxMessage[];
  idempotency: Map<string, R.IdempotencyRecord>;
  /** Rate-limit windows: key → the times of recent requests. */
  rate: Map<string, number[]>;
  /** The last number used per id prefix, so ids are deterministic and survive persistence. */
  ids: Record<string, number>;
}

/** The next deterministic id for a prefix: `rp-1`, `rp-2`, … */
export function newId(db: Db, prefix: string): string {
  const n = (db.ids[prefix] ?? 0) + 1;
  db.ids[prefix] = n;
  return `${prefix}-${n}`;
}

/** The default settings: 15 minutes idle, 12 hours absolute, codes of 10 minutes and 5 tries. */
export function defaultSettings(codePolicy: R.CodePolicy = 'every-sign-in'): OrganisationSettings {
  return {
    name: 'Thuiszorg De Linde',
    codePolicy,
    terms: {
      version: '2026-01',
      title: 'Gebruiksvoorwaarden cliëntportaal',
      text: [
        'Het cliëntportaal is bedoeld voor cliënten van Thuiszorg De Linde en de mensen die zij toegang geven.',
        'U houdt uw gebruikersnaam, wachtwoord en inlogcodes geheim. Deel uw account met niemand.',
        'De gegevens in het portaal komen uit uw dossier. Klopt er iets niet, neem dan contact op met uw zorgteam.',
        'Wij leggen vast wie uw dossier bekijkt. U ziet dat zelf onder "Wie keek in mijn dossier".',
      ].join('\n\n'),
    },
    idleTimeoutSeconds: 15 * 60,
    absoluteTimeoutSeconds: 12 * 60 * 60,
    codeTtlSeconds: 10 * 60,
    codeAttempts: 5,
    codeResendSeconds: 30,
    throttleWindowSeconds: 15 * 60,
    resetTokenTtlSeconds: 60 * 60,
    passwordIterations: PASSWORD_ITERATIONS,
    requestsPerMinute: 600,
    usualAnswerHours: 24,
  };
}

/** An empty store with the given settings. */
export function createDb(settings: OrganisationSettings = defaultSettings()): Db {
  return {
    settings,
    users: new Map(),
    clients: new Map(),
    staff: new Map(),
    grants: [],
    invitations: [],
    sessions: new Map(),
    challenges: new Map(),
    resetTokens: new Map(),
    appointments: [],
    conversations: [],
    messages: [],
    reads: new Map(),
    bulletin: [],
    reports: [],
    measurements: [],
    questionnaires: [],
    plans: [],
    accessLog: [],
    correctionRequests: [],
    outbox: [],
    idempotency: new Map(),
    rate: new Map(),
    ids: {},
  };
}
