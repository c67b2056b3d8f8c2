import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';

/** TODO: the details operations. */
export function detailHandlers(rt: MockRuntime): HttpHandler[] {
  void rt;
  return [];
}
