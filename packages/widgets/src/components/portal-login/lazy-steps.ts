import { msg } from '@lit/localize';
import { html } from 'lit';
import { problemMessage } from '../../i18n/problems.js';
import type { LoginCore, LoginStep } from './login-core.js';

/** Makes a step once its module has loaded. */
export type StepLoader = (core: LoginCore) => Promise<LoginStep>;

/**
 * Steps that load when the server first asks for them (the code step is fetched early by the
 * panel; a first sign-in's password and terms and the invitations only when reached), so the
 * sign-in form itself loads quickly on a phone.
 */
export class LazySteps {
  private readonly steps = new Map<string, LoginStep>();
  private readonly loading = new Set<string>();
  private failed: string | undefined;

  constructor(
    private readonly core: LoginCore,
    private readonly loaders: Record<string, StepLoader>,
  ) {}

  /** Whether `name` is a step this loads. */
  has(name: string): boolean {
    return name in this.loaders;
  }

  /** The step, once loaded; meanwhile a step that says it is loading (or failed, with a retry). */
  get(name: string): LoginStep {
    const step = this.steps.get(name);
    if (step) return step;
    if (this.failed !== name) void this.load(name);
    return this.placeholder(name);
  }

  /** Every loaded step (to forget what was typed in them). */
  loaded(): LoginStep[] {
    return [...this.steps.values()];
  }

  private async load(name: string): Promise<void> {
    const loader = this.loaders[name];
    if (!loader || this.loading.has(name)) return;
    this.loading.add(name);
    try {
      this.steps.set(name, await loader(this.core));
    } catch {
      this.failed = name;
    } finally {
      this.loading.delete(name);
      this.core.update();
    }
  }

  private placeholder(name: string): LoginStep {
    const retry = () => {
      this.failed = undefined;
      void this.load(name);
    };
    return {
      key: () => 'loading',
      forget: () => undefined,
      render: () =>
        this.failed === name
          ? html`<div class="state error" part="error" role="alert">
              <p>${problemMessage({ code: 'network_error' })}</p>
              <button class="secondary" type="button" @click=${retry}>
                ${msg('Opnieuw proberen', { id: 'login.retry' })}
              </button>
            </div>`
          : html`<p class="state loading" part="loading" role="status">
              <span class="spinner" aria-hidden="true"></span>${msg('Even geduld…', {
                id: 'login.busy',
              })}
            </p>`,
    };
  }
}
