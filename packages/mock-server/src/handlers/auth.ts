import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';
import { signInHandlers } from './auth-sign-in.js';
import { stepHandlers } from './auth-steps.js';
import { resetHandlers } from './auth-reset.js';

/** The sign-in sequence, passwords, terms, invitations, sign-out and password reset. */
export function authHandlers(rt: MockRuntime): HttpHandler[] {
  return [...signInHandlers(rt), ...stepHandlers(rt), ...resetHandlers(rt)];
}
