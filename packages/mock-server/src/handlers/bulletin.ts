import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';

/** TODO: the bulletin operations. */
export function bulletinHandlers(rt: MockRuntime): HttpHandler[] {
  void rt;
  return [];
}
