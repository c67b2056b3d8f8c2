import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';

/** TODO: the messages operations. */
export function messageHandlers(rt: MockRuntime): HttpHandler[] {
  void rt;
  return [];
}
