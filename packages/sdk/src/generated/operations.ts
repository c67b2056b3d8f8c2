// GENERATED from openapi.yaml by scripts/generate.mjs (operation table). Do not edit: run `npm run generate`.
/** One operation of the contract. */
export interface OperationInfo {
  operationId: string;
  method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  path: string;
  section: string | null;
  idempotent: boolean;
}

/** Every operation of openapi.yaml. */
export const operationTable: readonly OperationInfo[] = [
  {
    "operationId": "signIn",
    "method": "POST",
    "path": "/auth/sign-in",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "getSignInState",
    "method": "GET",
    "path": "/auth/state",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "requestSignInCode",
    "method": "POST",
    "path": "/auth/code",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "verifySignInCode",
    "method": "POST",
    "path": "/auth/code/verify",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "changePassword",
    "method": "POST",
    "path": "/auth/password",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "getTerms",
    "method": "GET",
    "path": "/auth/terms",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "acceptTerms",
    "method": "POST",
    "path": "/auth/terms",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "listInvitations",
    "method": "GET",
    "path": "/auth/invitations",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "answerInvitation",
    "method": "POST",
    "path": "/auth/invitations/{invitationId}",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "signOut",
    "method": "POST",
    "path": "/auth/sign-out",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "requestPasswordReset",
    "method": "POST",
    "path": "/auth/password-reset",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "confirmPasswordReset",
    "method": "POST",
    "path": "/auth/password-reset/confirm",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "getSession",
    "method": "GET",
    "path": "/session",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "keepAlive",
    "method": "POST",
    "path": "/session/keep-alive",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "getSummary",
    "method": "GET",
    "path": "/clients/{clientId}/summary",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "getSyncStatus",
    "method": "GET",
    "path": "/clients/{clientId}/sync-status",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "listAppointments",
    "method": "GET",
    "path": "/clients/{clientId}/appointments",
    "section": "appointments",
    "idempotent": false
  },
  {
    "operationId": "createAppointment",
    "method": "POST",
    "path": "/clients/{clientId}/appointments",
    "section": "appointments",
    "idempotent": true
  },
  {
    "operationId": "updateAppointment",
    "method": "PUT",
    "path": "/clients/{clientId}/appointments/{appointmentId}",
    "section": "appointments",
    "idempotent": false
  },
  {
    "operationId": "deleteAppointment",
    "method": "DELETE",
    "path": "/clients/{clientId}/appointments/{appointmentId}",
    "section": "appointments",
    "idempotent": false
  },
  {
    "operationId": "requestVisitChange",
    "method": "POST",
    "path": "/clients/{clientId}/appointments/{appointmentId}/change-request",
    "section": "appointments",
    "idempotent": true
  },
  {
    "operationId": "listRecipients",
    "method": "GET",
    "path": "/clients/{clientId}/recipients",
    "section": "messages",
    "idempotent": false
  },
  {
    "operationId": "listMessages",
    "method": "GET",
    "path": "/clients/{clientId}/messages",
    "section": "messages",
    "idempotent": false
  },
  {
    "operationId": "listConversations",
    "method": "GET",
    "path": "/clients/{clientId}/conversations",
    "section": "messages",
    "idempotent": false
  },
  {
    "operationId": "startConversation",
    "method": "POST",
    "path": "/clients/{clientId}/conversations",
    "section": "messages",
    "idempotent": true
  },
  {
    "operationId": "listConversationMessages",
    "method": "GET",
    "path": "/clients/{clientId}/conversations/{conversationId}/messages",
    "section": "messages",
    "idempotent": false
  },
  {
    "operationId": "sendMessage",
    "method": "POST",
    "path": "/clients/{clientId}/conversations/{conversationId}/messages",
    "section": "messages",
    "idempotent": true
  },
  {
    "operationId": "markConversationRead",
    "method": "POST",
    "path": "/clients/{clientId}/conversations/{conversationId}/read",
    "section": "messages",
    "idempotent": false
  },
  {
    "operationId": "listBulletinPosts",
    "method": "GET",
    "path": "/clients/{clientId}/bulletin",
    "section": "bulletin",
    "idempotent": false
  },
  {
    "operationId": "createBulletinPost",
    "method": "POST",
    "path": "/clients/{clientId}/bulletin",
    "section": "bulletin",
    "idempotent": true
  },
  {
    "operationId": "updateBulletinPost",
    "method": "PUT",
    "path": "/clients/{clientId}/bulletin/{postId}",
    "section": "bulletin",
    "idempotent": false
  },
  {
    "operationId": "deleteBulletinPost",
    "method": "DELETE",
    "path": "/clients/{clientId}/bulletin/{postId}",
    "section": "bulletin",
    "idempotent": false
  },
  {
    "operationId": "uploadAttachment",
    "method": "POST",
    "path": "/clients/{clientId}/attachments",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "getAttachment",
    "method": "GET",
    "path": "/clients/{clientId}/attachments/{attachmentId}",
    "section": null,
    "idempotent": false
  },
  {
    "operationId": "listReports",
    "method": "GET",
    "path": "/clients/{clientId}/reports",
    "section": "reports",
    "idempotent": false
  },
  {
    "operationId": "createReport",
    "method": "POST",
    "path": "/clients/{clientId}/reports",
    "section": "reports",
    "idempotent": true
  },
  {
    "operationId": "exportReports",
    "method": "GET",
    "path": "/clients/{clientId}/reports/export",
    "section": "reports",
    "idempotent": false
  },
  {
    "operationId": "listTimeline",
    "method": "GET",
    "path": "/clients/{clientId}/timeline",
    "section": "reports",
    "idempotent": false
  },
  {
    "operationId": "listMeasurementKinds",
    "method": "GET",
    "path": "/clients/{clientId}/measurement-kinds",
    "section": "measurements",
    "idempotent": false
  },
  {
    "operationId": "listMeasurements",
    "method": "GET",
    "path": "/clients/{clientId}/measurements",
    "section": "measurements",
    "idempotent": false
  },
  {
    "operationId": "listQuestionnaires",
    "method": "GET",
    "path": "/clients/{clientId}/questionnaires",
    "section": "questionnaires",
    "idempotent": false
  },
  {
    "operationId": "getQuestionnaire",
    "method": "GET",
    "path": "/clients/{clientId}/questionnaires/{questionnaireId}",
    "section": "questionnaires",
    "idempotent": false
  },
  {
    "operationId": "submitQuestionnaire",
    "method": "POST",
    "path": "/clients/{clientId}/questionnaires/{questionnaireId}/responses",
    "section": "questionnaires",
    "idempotent": true
  },
  {
    "operationId": "listPlans",
    "method": "GET",
    "path": "/clients/{clientId}/plans",
    "section": "plans",
    "idempotent": false
  },
  {
    "operationId": "getPlanDocument",
    "method": "GET",
    "path": "/clients/{clientId}/plans/{planId}/document",
    "section": "plans",
    "idempotent": false
  },
  {
    "operationId": "requestPlanDecisionCode",
    "method": "POST",
    "path": "/clients/{clientId}/plans/{planId}/decision-code",
    "section": "plans",
    "idempotent": false
  },
  {
    "operationId": "decidePlan",
    "method": "POST",
    "path": "/clients/{clientId}/plans/{planId}/decision",
    "section": "plans",
    "idempotent": false
  },
  {
    "operationId": "getProfile",
    "method": "GET",
    "path": "/clients/{clientId}/profile",
    "section": "profile",
    "idempotent": false
  },
  {
    "operationId": "listCareTeam",
    "method": "GET",
    "path": "/clients/{clientId}/care-team",
    "section": "profile",
    "idempotent": false
  },
  {
    "operationId": "listCorrectionRequests",
    "method": "GET",
    "path": "/clients/{clientId}/correction-requests",
    "section": "profile",
    "idempotent": false
  },
  {
    "operationId": "createCorrectionRequest",
    "method": "POST",
    "path": "/clients/{clientId}/correction-requests",
    "section": "profile",
    "idempotent": true
  },
  {
    "operationId": "listPeople",
    "method": "GET",
    "path": "/clients/{clientId}/people",
    "section": "people",
    "idempotent": false
  },
  {
    "operationId": "addPerson",
    "method": "POST",
    "path": "/clients/{clientId}/people",
    "section": "people",
    "idempotent": true
  },
  {
    "operationId": "setPersonSections",
    "method": "PUT",
    "path": "/clients/{clientId}/people/{personId}/sections",
    "section": "people",
    "idempotent": false
  },
  {
    "operationId": "revokePerson",
    "method": "DELETE",
    "path": "/clients/{clientId}/people/{personId}",
    "section": "people",
    "idempotent": false
  },
  {
    "operationId": "listAccessLog",
    "method": "GET",
    "path": "/clients/{clientId}/access-log",
    "section": "access-log",
    "idempotent": false
  }
];

/** `METHOD /path` of every operation that takes an Idempotency-Key (small, for the SDK's bundle). */
export const idempotentOperations: ReadonlySet<string> = new Set([
  "POST /clients/{clientId}/appointments",
  "POST /clients/{clientId}/appointments/{appointmentId}/change-request",
  "POST /clients/{clientId}/conversations",
  "POST /clients/{clientId}/conversations/{conversationId}/messages",
  "POST /clients/{clientId}/bulletin",
  "POST /clients/{clientId}/reports",
  "POST /clients/{clientId}/questionnaires/{questionnaireId}/responses",
  "POST /clients/{clientId}/correction-requests",
  "POST /clients/{clientId}/people"
]);
