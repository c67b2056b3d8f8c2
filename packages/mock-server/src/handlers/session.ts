import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';

/** TODO: the session operations. */
export function sessionHandlers(rt: MockRuntime): HttpHandler[] {
  void rt;
  return [];
}
