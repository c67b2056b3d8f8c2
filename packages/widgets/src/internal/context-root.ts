import { ContextRoot } from '@lit/context';

let attached = false;

/**
 * Lets panels that connect before their provider is upgraded find it later: the root keeps
 * unanswered context requests and replays them when a provider appears. Called from the files
 * that define tags, never when a class is merely imported.
 */
export function attachContextRoot(): void {
  if (attached || typeof document === 'undefined') return;
  attached = true;
  new ContextRoot().attach(document.documentElement);
}
