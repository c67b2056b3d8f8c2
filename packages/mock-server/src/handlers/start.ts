import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';

/** TODO: the start operations. */
export function startHandlers(rt: MockRuntime): HttpHandler[] {
  void rt;
  return [];
}
