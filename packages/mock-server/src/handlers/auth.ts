import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';

/** TODO: the auth operations. */
export function authHandlers(rt: MockRuntime): HttpHandler[] {
  void rt;
  return [];
}
