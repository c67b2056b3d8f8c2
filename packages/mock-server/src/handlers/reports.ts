import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';

/** TODO: the reports operations. */
export function reportHandlers(rt: MockRuntime): HttpHandler[] {
  void rt;
  return [];
}
