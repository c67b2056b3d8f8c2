// GENERATED from openapi.yaml by scripts/generate.mjs (contract facts). Do not edit: run `npm run generate`.
/** The limits of each property of `FieldError`, with `required`. */
export const FieldError = {
  field: {
    type: "string",
    required: true,
  },
  code: {
    type: "string",
    required: true,
  },
  message: {
    type: "string",
    required: true,
  },
} as const;

/** The limits of each property of `Problem`, with `required`. */
export const Problem = {
  type: {
    type: "string",
    required: true,
  },
  title: {
    type: "string",
    required: true,
  },
  status: {
    type: "integer",
    minimum: 400,
    maximum: 599,
    required: true,
  },
  detail: {
    type: "string",
    required: false,
  },
  instance: {
    type: "string",
    required: false,
  },
  code: {
    ref: "ProblemCode",
    type: "string",
    enum: ["validation_failed","invalid_credentials","too_many_attempts","too_many_requests","unauthenticated","session_expired","csrf_check_failed","step_out_of_order","code_invalid","code_expired","challenge_invalid","password_incorrect","password_rejected","reset_token_invalid","terms_outdated","forbidden_section","read_only","cannot_change_own_access","not_found","idempotency_key_reused","idempotency_key_in_use","plan_changed","plan_already_decided","questionnaire_completed","internal_error","service_unavailable","method_not_allowed","payload_too_large","unsupported_media_type"],
    required: true,
  },
  errors: {
    type: "array",
    items: {
      ref: "FieldError",
    },
    required: false,
  },
  attemptsLeft: {
    type: "integer",
    minimum: 0,
    required: false,
  },
  retryAfter: {
    type: "integer",
    minimum: 0,
    required: false,
  },
} as const;

/** The limits of each property of `Challenge`, with `required`. */
export const Challenge = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  purpose: {
    type: "string",
    enum: ["sign-in","plan-decision"],
    required: true,
  },
  prefix: {
    type: "string",
    pattern: /^[0-9]{4}$/u,
    required: true,
  },
  sentTo: {
    type: "string",
    required: true,
  },
  expiresAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  resendAvailableAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  attemptsLeft: {
    type: "integer",
    minimum: 0,
    maximum: 5,
    required: true,
  },
} as const;

/** The limits of each property of `PasswordRules`, with `required`. */
export const PasswordRules = {
  minLength: {
    type: "integer",
    minimum: 1,
    required: true,
  },
  maxLength: {
    type: "integer",
    minimum: 1,
    required: true,
  },
} as const;

/** The limits of each property of `SignInState`, with `required`. */
export const SignInState = {
  step: {
    ref: "SignInStep",
    type: "string",
    enum: ["password","code","password-change","terms","invitations","signed-in"],
    required: true,
  },
  codePolicy: {
    ref: "CodePolicy",
    type: "string",
    enum: ["every-sign-in","new-device"],
    required: true,
  },
  challenge: {
    ref: "Challenge",
    required: false,
  },
  passwordRules: {
    ref: "PasswordRules",
    required: true,
  },
  termsVersion: {
    type: "string",
    required: false,
  },
  pendingInvitations: {
    type: "integer",
    minimum: 0,
    required: false,
  },
} as const;

/** The limits of each property of `SignInRequest`, with `required`. */
export const SignInRequest = {
  username: {
    ref: "OneLineText",
    type: "string",
    pattern: /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u,
    minLength: 1,
    maxLength: 100,
    required: true,
  },
  password: {
    type: "string",
    minLength: 1,
    maxLength: 128,
    required: true,
  },
} as const;

/** The limits of each property of `VerifyCodeRequest`, with `required`. */
export const VerifyCodeRequest = {
  challengeId: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  code: {
    type: "string",
    pattern: /^[0-9]{6}$/u,
    required: true,
  },
  trustDevice: {
    type: "boolean",
    required: false,
  },
} as const;

/** The limits of each property of `ChangePasswordRequest`, with `required`. */
export const ChangePasswordRequest = {
  currentPassword: {
    type: "string",
    minLength: 1,
    maxLength: 128,
    required: true,
  },
  newPassword: {
    type: "string",
    minLength: 8,
    maxLength: 128,
    required: true,
  },
} as const;

/** The limits of each property of `Terms`, with `required`. */
export const Terms = {
  version: {
    type: "string",
    required: true,
  },
  title: {
    type: "string",
    required: true,
  },
  text: {
    type: "string",
    required: true,
  },
} as const;

/** The limits of each property of `AcceptTermsRequest`, with `required`. */
export const AcceptTermsRequest = {
  version: {
    type: "string",
    minLength: 1,
    maxLength: 40,
    required: true,
  },
} as const;

/** The limits of each property of `Invitation`, with `required`. */
export const Invitation = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  clientName: {
    type: "string",
    required: true,
  },
  invitedBy: {
    type: "string",
    required: true,
  },
  sections: {
    type: "array",
    items: {
      ref: "Section",
      type: "string",
      enum: ["appointments","messages","bulletin","reports","measurements","questionnaires","plans","profile","people","access-log"],
    },
    required: true,
  },
  invitedAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
} as const;

/** The limits of each property of `AnswerInvitationRequest`, with `required`. */
export const AnswerInvitationRequest = {
  decision: {
    type: "string",
    enum: ["accept","decline"],
    required: true,
  },
} as const;

/** The limits of each property of `PasswordResetRequest`, with `required`. */
export const PasswordResetRequest = {
  username: {
    ref: "OneLineText",
    type: "string",
    pattern: /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u,
    minLength: 1,
    maxLength: 100,
    required: true,
  },
  email: {
    type: "string",
    format: "email",
    maxLength: 254,
    required: true,
  },
} as const;

/** The limits of each property of `ConfirmPasswordResetRequest`, with `required`. */
export const ConfirmPasswordResetRequest = {
  token: {
    type: "string",
    minLength: 16,
    maxLength: 128,
    required: true,
  },
  username: {
    ref: "OneLineText",
    type: "string",
    pattern: /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u,
    minLength: 1,
    maxLength: 100,
    required: true,
  },
  newPassword: {
    type: "string",
    minLength: 8,
    maxLength: 128,
    required: true,
  },
} as const;

/** The limits of each property of `ClientAccess`, with `required`. */
export const ClientAccess = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  name: {
    type: "string",
    required: true,
  },
  relation: {
    type: "string",
    enum: ["self","parent","child","partner","family","other"],
    required: true,
  },
  sections: {
    type: "array",
    items: {
      ref: "Section",
      type: "string",
      enum: ["appointments","messages","bulletin","reports","measurements","questionnaires","plans","profile","people","access-log"],
    },
    required: true,
  },
} as const;

/** The limits of each property of `Session`, with `required`. */
export const Session = {
  user: {
    type: "object",
    required: true,
  },
  clients: {
    type: "array",
    items: {
      ref: "ClientAccess",
    },
    required: true,
  },
  idleTimeoutSeconds: {
    type: "integer",
    minimum: 60,
    required: true,
  },
  idleExpiresAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  expiresAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  previousVisitAt: {
    oneOf: [
      {
        ref: "Timestamp",
        type: "string",
        format: "date-time",
      },
      {
        type: "null",
      },
    ],
    required: false,
  },
} as const;

/** The limits of each property of `Summary`, with `required`. */
export const Summary = {
  since: {
    oneOf: [
      {
        ref: "Timestamp",
        type: "string",
        format: "date-time",
      },
      {
        type: "null",
      },
    ],
    required: true,
  },
  sections: {
    type: "array",
    items: {
      type: "object",
    },
    required: true,
  },
} as const;

/** The limits of each property of `SyncStatus`, with `required`. */
export const SyncStatus = {
  lastSyncAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  nextSyncAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  intervalMinutes: {
    type: "integer",
    minimum: 1,
    required: true,
  },
  windowStart: {
    type: "string",
    pattern: /^[0-2][0-9]:[0-5][0-9]$/u,
    required: true,
  },
  windowEnd: {
    type: "string",
    pattern: /^[0-2][0-9]:[0-5][0-9]$/u,
    required: true,
  },
  timeZone: {
    type: "string",
    required: true,
  },
} as const;

/** The limits of each property of `Author`, with `required`. */
export const Author = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  name: {
    type: "string",
    required: true,
  },
  kind: {
    type: "string",
    enum: ["care-staff","client","contact"],
    required: true,
  },
  role: {
    ref: "CareRole",
    type: "string",
    enum: ["coordinator","nurse","pedagogical-worker"],
    required: false,
  },
} as const;

/** The limits of each property of `Appointment`, with `required`. */
export const Appointment = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  kind: {
    type: "string",
    enum: ["care","own"],
    required: true,
  },
  title: {
    type: "string",
    required: true,
  },
  start: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  end: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  location: {
    type: "string",
    required: false,
  },
  notes: {
    type: "string",
    required: false,
  },
  visibility: {
    type: "string",
    enum: ["public","private"],
    required: true,
  },
  createdBy: {
    ref: "Author",
    required: false,
  },
  editable: {
    type: "boolean",
    required: true,
  },
  changeRequest: {
    ref: "VisitChangeRequest",
    required: false,
  },
} as const;

/** The limits of each property of `AppointmentInput`, with `required`. */
export const AppointmentInput = {
  title: {
    ref: "OneLineText",
    type: "string",
    pattern: /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u,
    minLength: 1,
    maxLength: 120,
    required: true,
  },
  start: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  end: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  location: {
    ref: "OneLineText",
    type: "string",
    pattern: /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u,
    maxLength: 200,
    required: false,
  },
  notes: {
    ref: "MultiLineText",
    type: "string",
    pattern: /^(?:[\t\n\r\u200D]|[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}])*$/u,
    maxLength: 2000,
    required: false,
  },
  visibility: {
    type: "string",
    enum: ["public","private"],
    required: true,
  },
} as const;

/** The limits of each property of `VisitChangeRequest`, with `required`. */
export const VisitChangeRequest = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  kind: {
    type: "string",
    enum: ["not-home","reschedule"],
    required: true,
  },
  reason: {
    type: "string",
    required: true,
  },
  proposedStart: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: false,
  },
  status: {
    type: "string",
    enum: ["sent","accepted","declined"],
    required: true,
  },
  answer: {
    type: "string",
    required: false,
  },
  createdAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  answeredAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: false,
  },
} as const;

/** The limits of each property of `VisitChangeRequestInput`, with `required`. */
export const VisitChangeRequestInput = {
  kind: {
    type: "string",
    enum: ["not-home","reschedule"],
    required: true,
  },
  reason: {
    type: "string",
    minLength: 1,
    maxLength: 500,
    required: true,
  },
  proposedStart: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: false,
  },
} as const;

/** The limits of each property of `Recipient`, with `required`. */
export const Recipient = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  name: {
    type: "string",
    required: true,
  },
  kind: {
    type: "string",
    enum: ["care-team","care-staff","client","contact"],
    required: true,
  },
  role: {
    ref: "CareRole",
    type: "string",
    enum: ["coordinator","nurse","pedagogical-worker"],
    required: false,
  },
  usualAnswerHours: {
    type: "integer",
    minimum: 1,
    maximum: 720,
    required: false,
  },
} as const;

/** The limits of each property of `Message`, with `required`. */
export const Message = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  conversationId: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  sender: {
    ref: "Author",
    required: true,
  },
  body: {
    type: "string",
    required: true,
  },
  sentAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  read: {
    type: "boolean",
    required: true,
  },
  readByCareTeam: {
    type: "boolean",
    required: false,
  },
  attachments: {
    type: "array",
    items: {
      ref: "Attachment",
    },
    required: false,
  },
} as const;

/** The limits of each property of `MessagePage`, with `required`. */
export const MessagePage = {
  items: {
    type: "array",
    items: {
      ref: "Message",
    },
    required: true,
  },
  nextCursor: {
    oneOf: [
      {
        type: "string",
      },
      {
        type: "null",
      },
    ],
    required: true,
  },
} as const;

/** The limits of each property of `Conversation`, with `required`. */
export const Conversation = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  participants: {
    type: "array",
    items: {
      ref: "Recipient",
    },
    required: true,
  },
  lastMessage: {
    ref: "Message",
    required: false,
  },
  lastMessageAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  unread: {
    type: "integer",
    minimum: 0,
    required: true,
  },
} as const;

/** The limits of each property of `StartConversationRequest`, with `required`. */
export const StartConversationRequest = {
  recipientIds: {
    type: "array",
    minItems: 1,
    maxItems: 20,
    items: {
      ref: "Id",
      type: "string",
      minLength: 1,
      maxLength: 64,
      pattern: /^[A-Za-z0-9_-]+$/u,
    },
    required: true,
  },
  body: {
    ref: "MultiLineText",
    type: "string",
    pattern: /^(?:[\t\n\r\u200D]|[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}])*$/u,
    minLength: 1,
    maxLength: 2000,
    required: true,
  },
  attachmentIds: {
    type: "array",
    maxItems: 5,
    items: {
      ref: "Id",
      type: "string",
      minLength: 1,
      maxLength: 64,
      pattern: /^[A-Za-z0-9_-]+$/u,
    },
    required: false,
  },
} as const;

/** The limits of each property of `SendMessageRequest`, with `required`. */
export const SendMessageRequest = {
  body: {
    ref: "MultiLineText",
    type: "string",
    pattern: /^(?:[\t\n\r\u200D]|[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}])*$/u,
    minLength: 1,
    maxLength: 2000,
    required: true,
  },
  attachmentIds: {
    type: "array",
    maxItems: 5,
    items: {
      ref: "Id",
      type: "string",
      minLength: 1,
      maxLength: 64,
      pattern: /^[A-Za-z0-9_-]+$/u,
    },
    required: false,
  },
} as const;

/** The limits of each property of `MarkReadRequest`, with `required`. */
export const MarkReadRequest = {
  upToMessageId: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
} as const;

/** The limits of each property of `BulletinPost`, with `required`. */
export const BulletinPost = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  author: {
    ref: "Author",
    required: true,
  },
  text: {
    type: "string",
    required: true,
  },
  postedAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  deletable: {
    type: "boolean",
    required: true,
  },
} as const;

/** The limits of each property of `BulletinPostInput`, with `required`. */
export const BulletinPostInput = {
  text: {
    ref: "MultiLineText",
    type: "string",
    pattern: /^(?:[\t\n\r\u200D]|[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}])*$/u,
    minLength: 1,
    maxLength: 500,
    required: true,
  },
} as const;

/** The limits of each property of `Attachment`, with `required`. */
export const Attachment = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  name: {
    type: "string",
    required: true,
  },
  mediaType: {
    ref: "AttachmentMediaType",
    type: "string",
    enum: ["image/jpeg","image/png","image/heic","application/pdf"],
    required: true,
  },
  size: {
    type: "integer",
    minimum: 1,
    required: true,
  },
} as const;

/** The limits of each property of `Report`, with `required`. */
export const Report = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  title: {
    type: "string",
    required: true,
  },
  body: {
    type: "string",
    required: true,
  },
  author: {
    ref: "Author",
    required: true,
  },
  createdAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  category: {
    type: "string",
    required: false,
  },
  attachments: {
    type: "array",
    items: {
      ref: "Attachment",
    },
    required: false,
  },
} as const;

/** The limits of each property of `ReportInput`, with `required`. */
export const ReportInput = {
  title: {
    ref: "OneLineText",
    type: "string",
    pattern: /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u,
    minLength: 1,
    maxLength: 120,
    required: true,
  },
  body: {
    ref: "MultiLineText",
    type: "string",
    pattern: /^(?:[\t\n\r\u200D]|[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}])*$/u,
    minLength: 1,
    maxLength: 5000,
    required: true,
  },
  attachmentIds: {
    type: "array",
    maxItems: 5,
    items: {
      ref: "Id",
      type: "string",
      minLength: 1,
      maxLength: 64,
      pattern: /^[A-Za-z0-9_-]+$/u,
    },
    required: false,
  },
} as const;

/** The limits of each property of `ReportPage`, with `required`. */
export const ReportPage = {
  items: {
    type: "array",
    items: {
      ref: "Report",
    },
    required: true,
  },
  nextCursor: {
    oneOf: [
      {
        type: "string",
      },
      {
        type: "null",
      },
    ],
    required: true,
  },
} as const;

/** The limits of each property of `TimelineEntry`, with `required`. */
export const TimelineEntry = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  type: {
    type: "string",
    enum: ["report","questionnaire","plan"],
    required: true,
  },
  title: {
    type: "string",
    required: true,
  },
  occurredAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  refId: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
} as const;

/** The limits of each property of `TimelinePage`, with `required`. */
export const TimelinePage = {
  items: {
    type: "array",
    items: {
      ref: "TimelineEntry",
    },
    required: true,
  },
  nextCursor: {
    oneOf: [
      {
        type: "string",
      },
      {
        type: "null",
      },
    ],
    required: true,
  },
} as const;

/** The limits of each property of `MeasurementKind`, with `required`. */
export const MeasurementKind = {
  code: {
    ref: "MeasurementKindCode",
    type: "string",
    enum: ["weight","temperature","pulse","blood-pressure-systolic","blood-pressure-diastolic","blood-glucose","oxygen-saturation"],
    required: true,
  },
  name: {
    type: "string",
    required: true,
  },
  unit: {
    type: "string",
    required: true,
  },
  decimals: {
    type: "integer",
    minimum: 0,
    maximum: 3,
    required: true,
  },
  referenceRange: {
    type: "object",
    required: false,
  },
} as const;

/** The limits of each property of `Measurement`, with `required`. */
export const Measurement = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  kind: {
    ref: "MeasurementKindCode",
    type: "string",
    enum: ["weight","temperature","pulse","blood-pressure-systolic","blood-pressure-diastolic","blood-glucose","oxygen-saturation"],
    required: true,
  },
  value: {
    type: "number",
    required: true,
  },
  measuredAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  measuredBy: {
    ref: "Author",
    required: false,
  },
  note: {
    type: "string",
    required: false,
  },
} as const;

/** The limits of each property of `MeasurementPage`, with `required`. */
export const MeasurementPage = {
  items: {
    type: "array",
    items: {
      ref: "Measurement",
    },
    required: true,
  },
  nextCursor: {
    oneOf: [
      {
        type: "string",
      },
      {
        type: "null",
      },
    ],
    required: true,
  },
} as const;

/** The limits of each property of `QuestionnaireSummary`, with `required`. */
export const QuestionnaireSummary = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  title: {
    type: "string",
    required: true,
  },
  status: {
    type: "string",
    enum: ["open","completed"],
    required: true,
  },
  sentAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  dueAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: false,
  },
  completedAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: false,
  },
} as const;

/** The limits of each property of `Question`, with `required`. */
export const Question = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  text: {
    type: "string",
    required: true,
  },
  type: {
    type: "string",
    enum: ["text","choice","scale","yes-no"],
    required: true,
  },
  required: {
    type: "boolean",
    required: true,
  },
  options: {
    type: "array",
    items: {
      type: "string",
    },
    required: false,
  },
  min: {
    type: "integer",
    required: false,
  },
  max: {
    type: "integer",
    required: false,
  },
} as const;

/** The limits of each property of `Answer`, with `required`. */
export const Answer = {
  questionId: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  value: {
    oneOf: [
      {
        type: "string",
        maxLength: 2000,
      },
      {
        type: "integer",
      },
      {
        type: "boolean",
      },
    ],
    required: true,
  },
} as const;

/** The limits of each property of `QuestionnaireResponseInput`, with `required`. */
export const QuestionnaireResponseInput = {
  answers: {
    type: "array",
    maxItems: 100,
    items: {
      ref: "Answer",
    },
    required: true,
  },
} as const;

/** The limits of each property of `Plan`, with `required`. */
export const Plan = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  version: {
    type: "integer",
    minimum: 1,
    required: true,
  },
  title: {
    type: "string",
    required: true,
  },
  createdAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  status: {
    type: "string",
    enum: ["awaiting-decision","signed","rejected","superseded"],
    required: true,
  },
  decidedAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: false,
  },
  decidedBy: {
    type: "string",
    required: false,
  },
  rejectionReason: {
    type: "string",
    required: false,
  },
  sections: {
    type: "array",
    maxItems: 50,
    items: {
      ref: "PlanSection",
    },
    required: true,
  },
} as const;

/** The limits of each property of `PlanSection`, with `required`. */
export const PlanSection = {
  heading: {
    ref: "OneLineText",
    type: "string",
    pattern: /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u,
    required: true,
  },
  text: {
    ref: "MultiLineText",
    type: "string",
    pattern: /^(?:[\t\n\r\u200D]|[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}])*$/u,
    required: true,
  },
} as const;

/** The limits of each property of `PlanDecisionCodeRequest`, with `required`. */
export const PlanDecisionCodeRequest = {
  decision: {
    ref: "PlanDecision",
    type: "string",
    enum: ["sign","reject"],
    required: true,
  },
  version: {
    type: "integer",
    minimum: 1,
    required: true,
  },
} as const;

/** The limits of each property of `PlanDecisionRequest`, with `required`. */
export const PlanDecisionRequest = {
  decision: {
    ref: "PlanDecision",
    type: "string",
    enum: ["sign","reject"],
    required: true,
  },
  version: {
    type: "integer",
    minimum: 1,
    required: true,
  },
  challengeId: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  code: {
    type: "string",
    pattern: /^[0-9]{6}$/u,
    required: true,
  },
  reason: {
    ref: "MultiLineText",
    type: "string",
    pattern: /^(?:[\t\n\r\u200D]|[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}])*$/u,
    maxLength: 1000,
    required: false,
  },
} as const;

/** The limits of each property of `Address`, with `required`. */
export const Address = {
  street: {
    type: "string",
    required: true,
  },
  postalCode: {
    type: "string",
    required: true,
  },
  city: {
    type: "string",
    required: true,
  },
} as const;

/** The limits of each property of `Profile`, with `required`. */
export const Profile = {
  name: {
    type: "string",
    required: true,
  },
  dateOfBirth: {
    type: "string",
    format: "date",
    required: true,
  },
  address: {
    ref: "Address",
    required: true,
  },
  phone: {
    type: "string",
    required: false,
  },
  email: {
    type: "string",
    required: false,
  },
  insurance: {
    type: "object",
    required: false,
  },
  gp: {
    type: "object",
    required: false,
  },
  contacts: {
    type: "array",
    items: {
      type: "object",
    },
    required: true,
  },
} as const;

/** The limits of each property of `CareTeamMember`, with `required`. */
export const CareTeamMember = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  name: {
    type: "string",
    required: true,
  },
  role: {
    ref: "CareRole",
    type: "string",
    enum: ["coordinator","nurse","pedagogical-worker"],
    required: true,
  },
  phone: {
    type: "string",
    required: false,
  },
} as const;

/** The limits of each property of `CorrectionSubject`, with `required`. */
export const CorrectionSubject = {
  kind: {
    type: "string",
    enum: ["profile","report"],
    required: true,
  },
  field: {
    ref: "ProfileField",
    type: "string",
    enum: ["name","date-of-birth","address","phone","email","insurance","gp","contacts"],
    required: false,
  },
  reportId: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: false,
  },
} as const;

/** The limits of each property of `CorrectionRequestInput`, with `required`. */
export const CorrectionRequestInput = {
  subject: {
    ref: "CorrectionSubject",
    required: true,
  },
  wrong: {
    type: "string",
    minLength: 1,
    maxLength: 1000,
    required: true,
  },
  correct: {
    type: "string",
    minLength: 1,
    maxLength: 300,
    pattern: /^[^\r\n]*$/u,
    required: true,
  },
} as const;

/** The limits of each property of `CorrectionRequest`, with `required`. */
export const CorrectionRequest = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  subject: {
    ref: "CorrectionSubject",
    required: true,
  },
  reportTitle: {
    type: "string",
    required: false,
  },
  wrong: {
    type: "string",
    required: true,
  },
  correct: {
    type: "string",
    required: true,
  },
  status: {
    ref: "CorrectionStatus",
    type: "string",
    enum: ["sent","in-progress","corrected","declined"],
    required: true,
  },
  declineReason: {
    type: "string",
    required: false,
  },
  requestedBy: {
    type: "string",
    required: true,
  },
  createdAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  updatedAt: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
} as const;

/** The limits of each property of `Person`, with `required`. */
export const Person = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  name: {
    type: "string",
    required: true,
  },
  email: {
    type: "string",
    required: true,
  },
  phone: {
    type: "string",
    required: false,
  },
  relation: {
    type: "string",
    required: true,
  },
  sections: {
    type: "array",
    items: {
      ref: "Section",
      type: "string",
      enum: ["appointments","messages","bulletin","reports","measurements","questionnaires","plans","profile","people","access-log"],
    },
    required: true,
  },
  status: {
    type: "string",
    enum: ["no-access","invited","active"],
    required: true,
  },
  isSelf: {
    type: "boolean",
    required: true,
  },
} as const;

/** The limits of each property of `PersonInput`, with `required`. */
export const PersonInput = {
  name: {
    ref: "OneLineText",
    type: "string",
    pattern: /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u,
    minLength: 1,
    maxLength: 100,
    required: true,
  },
  email: {
    type: "string",
    format: "email",
    maxLength: 254,
    required: true,
  },
  phone: {
    type: "string",
    pattern: /^\+?[0-9 ()-]{8,20}$/u,
    required: true,
  },
  relation: {
    ref: "OneLineText",
    type: "string",
    pattern: /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u,
    minLength: 1,
    maxLength: 60,
    required: true,
  },
} as const;

/** The limits of each property of `SetSectionsRequest`, with `required`. */
export const SetSectionsRequest = {
  sections: {
    type: "array",
    items: {
      ref: "Section",
      type: "string",
      enum: ["appointments","messages","bulletin","reports","measurements","questionnaires","plans","profile","people","access-log"],
    },
    required: true,
  },
} as const;

/** The limits of each property of `AccessLogEntry`, with `required`. */
export const AccessLogEntry = {
  id: {
    ref: "Id",
    type: "string",
    minLength: 1,
    maxLength: 64,
    pattern: /^[A-Za-z0-9_-]+$/u,
    required: true,
  },
  at: {
    ref: "Timestamp",
    type: "string",
    format: "date-time",
    required: true,
  },
  actor: {
    type: "object",
    required: true,
  },
  onBehalfOf: {
    type: "string",
    required: false,
  },
  action: {
    type: "string",
    enum: ["read","write"],
    required: true,
  },
  resource: {
    type: "string",
    required: true,
  },
  origin: {
    ref: "AccessOrigin",
    required: true,
  },
} as const;

/** The limits of each property of `AccessOrigin`, with `required`. */
export const AccessOrigin = {
  channel: {
    type: "string",
    enum: ["portal","care-record"],
    required: true,
  },
  address: {
    type: "string",
    maxLength: 64,
    required: false,
  },
  device: {
    type: "string",
    enum: ["computer","phone","tablet","unknown"],
    required: true,
  },
} as const;

/** The limits of each property of `AccessLogPage`, with `required`. */
export const AccessLogPage = {
  items: {
    type: "array",
    items: {
      ref: "AccessLogEntry",
    },
    required: true,
  },
  nextCursor: {
    oneOf: [
      {
        type: "string",
      },
      {
        type: "null",
      },
    ],
    required: true,
  },
} as const;

/** The limits of the contract's `OneLineText`. */
export const OneLineText = {
  type: "string",
  pattern: /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u,
} as const;

/** The limits of the contract's `MultiLineText`. */
export const MultiLineText = {
  type: "string",
  pattern: /^(?:[\t\n\r\u200D]|[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}])*$/u,
} as const;

/** The limits of the contract's `Id`. */
export const Id = {
  type: "string",
  minLength: 1,
  maxLength: 64,
  pattern: /^[A-Za-z0-9_-]+$/u,
} as const;

/** The limits of the contract's `Timestamp`. */
export const Timestamp = {
  type: "string",
  format: "date-time",
} as const;

/** Every `Section` of the contract, in its order. */
export const Section = ["appointments","messages","bulletin","reports","measurements","questionnaires","plans","profile","people","access-log"] as const;
/** One `Section`. */
export type Section = (typeof Section)[number];

/** Every `ProblemCode` of the contract, in its order. */
export const ProblemCode = ["validation_failed","invalid_credentials","too_many_attempts","too_many_requests","unauthenticated","session_expired","csrf_check_failed","step_out_of_order","code_invalid","code_expired","challenge_invalid","password_incorrect","password_rejected","reset_token_invalid","terms_outdated","forbidden_section","read_only","cannot_change_own_access","not_found","idempotency_key_reused","idempotency_key_in_use","plan_changed","plan_already_decided","questionnaire_completed","internal_error","service_unavailable","method_not_allowed","payload_too_large","unsupported_media_type"] as const;
/** One `ProblemCode`. */
export type ProblemCode = (typeof ProblemCode)[number];

/** Every `SignInStep` of the contract, in its order. */
export const SignInStep = ["password","code","password-change","terms","invitations","signed-in"] as const;
/** One `SignInStep`. */
export type SignInStep = (typeof SignInStep)[number];

/** Every `CodePolicy` of the contract, in its order. */
export const CodePolicy = ["every-sign-in","new-device"] as const;
/** One `CodePolicy`. */
export type CodePolicy = (typeof CodePolicy)[number];

/** Every `CareRole` of the contract, in its order. */
export const CareRole = ["coordinator","nurse","pedagogical-worker"] as const;
/** One `CareRole`. */
export type CareRole = (typeof CareRole)[number];

/** Every `AttachmentMediaType` of the contract, in its order. */
export const AttachmentMediaType = ["image/jpeg","image/png","image/heic","application/pdf"] as const;
/** One `AttachmentMediaType`. */
export type AttachmentMediaType = (typeof AttachmentMediaType)[number];

/** Every `MeasurementKindCode` of the contract, in its order. */
export const MeasurementKindCode = ["weight","temperature","pulse","blood-pressure-systolic","blood-pressure-diastolic","blood-glucose","oxygen-saturation"] as const;
/** One `MeasurementKindCode`. */
export type MeasurementKindCode = (typeof MeasurementKindCode)[number];

/** Every `PlanDecision` of the contract, in its order. */
export const PlanDecision = ["sign","reject"] as const;
/** One `PlanDecision`. */
export type PlanDecision = (typeof PlanDecision)[number];

/** Every `ProfileField` of the contract, in its order. */
export const ProfileField = ["name","date-of-birth","address","phone","email","insurance","gp","contacts"] as const;
/** One `ProfileField`. */
export type ProfileField = (typeof ProfileField)[number];

/** Every `CorrectionStatus` of the contract, in its order. */
export const CorrectionStatus = ["sent","in-progress","corrected","declined"] as const;
/** One `CorrectionStatus`. */
export type CorrectionStatus = (typeof CorrectionStatus)[number];

/** The limits of the shared parameter `ClientId`. */
export const ClientIdParameter = {
  name: "clientId",
  in: "path",
  ref: "Id",
  type: "string",
  minLength: 1,
  maxLength: 64,
  pattern: /^[A-Za-z0-9_-]+$/u,
} as const;

/** The limits of the shared parameter `AppointmentId`. */
export const AppointmentIdParameter = {
  name: "appointmentId",
  in: "path",
  ref: "Id",
  type: "string",
  minLength: 1,
  maxLength: 64,
  pattern: /^[A-Za-z0-9_-]+$/u,
} as const;

/** The limits of the shared parameter `ConversationId`. */
export const ConversationIdParameter = {
  name: "conversationId",
  in: "path",
  ref: "Id",
  type: "string",
  minLength: 1,
  maxLength: 64,
  pattern: /^[A-Za-z0-9_-]+$/u,
} as const;

/** The limits of the shared parameter `PostId`. */
export const PostIdParameter = {
  name: "postId",
  in: "path",
  ref: "Id",
  type: "string",
  minLength: 1,
  maxLength: 64,
  pattern: /^[A-Za-z0-9_-]+$/u,
} as const;

/** The limits of the shared parameter `AttachmentId`. */
export const AttachmentIdParameter = {
  name: "attachmentId",
  in: "path",
  ref: "Id",
  type: "string",
  minLength: 1,
  maxLength: 64,
  pattern: /^[A-Za-z0-9_-]+$/u,
} as const;

/** The limits of the shared parameter `QuestionnaireId`. */
export const QuestionnaireIdParameter = {
  name: "questionnaireId",
  in: "path",
  ref: "Id",
  type: "string",
  minLength: 1,
  maxLength: 64,
  pattern: /^[A-Za-z0-9_-]+$/u,
} as const;

/** The limits of the shared parameter `PlanId`. */
export const PlanIdParameter = {
  name: "planId",
  in: "path",
  ref: "Id",
  type: "string",
  minLength: 1,
  maxLength: 64,
  pattern: /^[A-Za-z0-9_-]+$/u,
} as const;

/** The limits of the shared parameter `PersonId`. */
export const PersonIdParameter = {
  name: "personId",
  in: "path",
  ref: "Id",
  type: "string",
  minLength: 1,
  maxLength: 64,
  pattern: /^[A-Za-z0-9_-]+$/u,
} as const;

/** The limits of the shared parameter `InvitationId`. */
export const InvitationIdParameter = {
  name: "invitationId",
  in: "path",
  ref: "Id",
  type: "string",
  minLength: 1,
  maxLength: 64,
  pattern: /^[A-Za-z0-9_-]+$/u,
} as const;

/** The limits of the shared parameter `From`. */
export const FromParameter = {
  name: "from",
  in: "query",
  type: "string",
  format: "date-time",
} as const;

/** The limits of the shared parameter `To`. */
export const ToParameter = {
  name: "to",
  in: "query",
  type: "string",
  format: "date-time",
} as const;

/** The limits of the shared parameter `Cursor`. */
export const CursorParameter = {
  name: "cursor",
  in: "query",
  type: "string",
  minLength: 1,
  maxLength: 200,
} as const;

/** The limits of the shared parameter `Limit`. */
export const LimitParameter = {
  name: "limit",
  in: "query",
  type: "integer",
  minimum: 1,
  maximum: 100,
} as const;

/** The limits of the shared parameter `IdempotencyKey`. */
export const IdempotencyKeyParameter = {
  name: "Idempotency-Key",
  in: "header",
  type: "string",
  minLength: 8,
  maxLength: 64,
  pattern: /^[A-Za-z0-9_-]+$/u,
} as const;

/** The largest body in bytes of each operation that names its own (`x-max-body-bytes`). */
export const bodyLimits = {
  uploadAttachment: 10485760,
} as const;

/** The largest body in bytes of any other operation. */
export const defaultBodyLimit = 65536 as const;

/** The server's check of `format: email` (ajv-formats, full mode). */
export const emailFormat = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
