/**
 * @clientportal/sdk: a typed client for the portal API (openapi-fetch with retries, idempotency
 * keys and typed errors), a framework-free session store and the step-by-step sign-in. Only the
 * public API is exported here; the middleware, the operation table and the error parsing are
 * internal.
 */
export { createPortalClient, type PortalClient, type PortalClientOptions } from './client.js';
export { ApiError, unwrap, type ApiErrorCode, type ApiErrorInit } from './errors.js';
export type { RetryOptions } from './retry.js';
export { newIdempotencyKey } from './middleware.js';
export type {
  IdleWarningDetail,
  SessionEventListener,
  SessionEventMap,
  SessionState,
  SessionStore,
  SignedOutReason,
} from './session-types.js';
export type { SignInFlow } from './sign-in-flow.js';
export type {
  Challenge,
  ClientAccess,
  CodePolicy,
  FieldError,
  Invitation,
  Problem,
  ProblemCode,
  Schemas,
  SdkPaths,
  Section,
  Session,
  SignInState,
  SignInStep,
  Terms,
  components,
  operations,
  paths,
} from './types.js';
