import type { components, operations, paths } from './generated/openapi.js';

/** Every schema of the contract, by name. */
export type Schemas = components['schemas'];
/** The signed-in person, the clients they act for and the session's limits. */
export type Session = Schemas['Session'];
/** Where a sign-in stands and what comes next. */
export type SignInState = Schemas['SignInState'];
/** The next thing the person must do to sign in. */
export type SignInStep = Schemas['SignInStep'];
/** The organisation's SMS code policy. */
export type CodePolicy = Schemas['CodePolicy'];
/** An SMS code that was sent. */
export type Challenge = Schemas['Challenge'];
/** The terms of use to accept. */
export type Terms = Schemas['Terms'];
/** An invitation to use (part of) a client's portal. */
export type Invitation = Schemas['Invitation'];
/** A part of the portal that can be granted per person and client. */
export type Section = Schemas['Section'];
/** A client the person may act for, and the sections granted. */
export type ClientAccess = Schemas['ClientAccess'];
/** A stable machine-readable error code of the contract. */
export type ProblemCode = Schemas['ProblemCode'];
/** An RFC 9457 problem body. */
export type Problem = Schemas['Problem'];
/** What is wrong with one field of a request. */
export type FieldError = Schemas['FieldError'];

/** The generated types, for anyone who needs more than the aliases above. */
export type { components, operations, paths };

/** Operation parameters with `Idempotency-Key` optional (and the header object with it). */
type RelaxParameters<P> = P extends { header: infer H extends { 'Idempotency-Key': unknown } }
  ? Omit<P, 'header'> & {
      header?: Omit<H, 'Idempotency-Key'> & { 'Idempotency-Key'?: H['Idempotency-Key'] };
    }
  : P;

/** An operation whose idempotency key the SDK adds when the caller leaves it out. */
type RelaxOperation<O> = O extends { parameters: infer P }
  ? Omit<O, 'parameters'> & { parameters: RelaxParameters<P> }
  : O;

/**
 * The generated `paths`, except that `Idempotency-Key` is optional for callers: the SDK's
 * middleware adds one per call and keeps it across that call's retries.
 */
export type SdkPaths = {
  [Path in keyof paths]: { [Key in keyof paths[Path]]: RelaxOperation<paths[Path][Key]> };
};
