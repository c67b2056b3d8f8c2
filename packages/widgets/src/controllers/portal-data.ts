import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { msg } from '@lit/localize';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { PortalClient, Section } from '@clientportal/sdk';
import { portalContext, type PortalContextValue } from '../internal/context.js';
import { problemMessage } from '../i18n/problems.js';

/** What a loader gets: the typed API, the selected client and an abort signal. */
export interface LoadContext {
  api: PortalClient['api'];
  clientId: string;
  signal: AbortSignal;
}

/** How a panel loads its data. */
export interface PortalDataOptions<T> {
  /** The section the data belongs to; without it, any access to the client will do. */
  section?: Section;
  /** Loads the data (throw an ApiError, e.g. through `unwrap`, on failure). */
  load: (ctx: LoadContext) => Promise<T>;
  /** Whether the loaded data counts as empty. */
  isEmpty?: (value: T) => boolean;
  /** More inputs that reload the data when they change (a period, a filter). */
  args?: () => readonly unknown[];
}

/** The states every panel shows the same way. */
export type DataState = 'signed-out' | 'forbidden' | 'loading' | 'error' | 'empty' | 'complete';

const SIGNED_OUT = Symbol('signed-out');
const FORBIDDEN = Symbol('forbidden');
type Outcome<T> = T | typeof SIGNED_OUT | typeof FORBIDDEN;

/**
 * The one data-loading controller of the panels, on @lit/task: it follows the provider's session
 * and selected client, makes no request for a section the session does not grant, aborts
 * stale and abandoned requests, and renders loading, empty, error (with retry), forbidden and
 * signed-out the same way in every panel.
 */
export class PortalData<T> implements ReactiveController {
  /** The provider's context, once found. */
  portal: PortalContextValue | undefined;
  private readonly task: Task<readonly unknown[], Outcome<T>>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PortalDataOptions<T>,
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: portalContext,
      subscribe: true,
      callback: (value) => {
        this.portal = value;
        host.requestUpdate();
      },
    });
    this.task = new Task(host, {
      args: () => [
        this.portal?.state.status,
        this.portal?.clientId,
        this.granted(),
        this.portal?.client,
        ...(options.args?.() ?? []),
      ],
      task: async (_args, { signal }) => this.run(signal),
    });
  }

  hostDisconnected(): void {
    this.task.abort();
  }

  /** Whether the session grants the section for the selected client (true without a section). */
  granted(): boolean {
    const { portal, options } = this;
    if (!options.section) return true;
    const access = portal?.state.session?.clients.find((c) => c.id === portal.clientId);
    return !!access?.sections.includes(options.section);
  }

  private async run(signal: AbortSignal): Promise<Outcome<T>> {
    const { portal } = this;
    if (!portal || portal.state.status !== 'signed-in' || !portal.clientId) return SIGNED_OUT;
    if (!this.granted()) return FORBIDDEN;
    return this.options.load({ api: portal.client.api, clientId: portal.clientId, signal });
  }

  /** Loads again (the retry button does this). */
  reload(): void {
    void this.task.run();
  }

  /** The loaded value, when complete. */
  get value(): T | undefined {
    const v = this.task.value;
    return v === SIGNED_OUT || v === FORBIDDEN ? undefined : v;
  }

  /** The current state. */
  get state(): DataState {
    const { status, value } = this.task;
    if (status === TaskStatus.ERROR) return 'error';
    if (status !== TaskStatus.COMPLETE)
      return this.portal?.state.status === 'signed-in' ? 'loading' : 'signed-out';
    if (value === SIGNED_OUT) return 'signed-out';
    if (value === FORBIDDEN) return 'forbidden';
    return this.options.isEmpty?.(value as T) ? 'empty' : 'complete';
  }

  /** Renders the current state; the panel gives the complete (and optionally empty) view. */
  render(views: {
    complete: (value: T) => unknown;
    empty?: () => unknown;
    signedOut?: () => unknown;
  }): unknown {
    switch (this.state) {
      case 'signed-out':
        return views.signedOut?.() ?? nothing;
      case 'forbidden':
        return html`<p class="state forbidden" part="forbidden">
          ${msg('U heeft geen toegang tot dit onderdeel. De cliënt bepaalt wie wat mag zien; vraag het hem of haar als u dit nodig heeft.', { id: 'data.forbidden' })}
        </p>`;
      case 'loading':
        return loading();
      case 'error':
        return html`<div class="state error" part="error" role="alert">
          <p>${problemMessage(this.task.error)}</p>
          <button class="secondary" @click=${() => this.reload()}>
            ${msg('Opnieuw proberen', { id: 'data.retry' })}
          </button>
        </div>`;
      case 'empty':
        return (
          views.empty?.() ??
          html`<p class="state empty" part="empty">
            ${msg('Er is nog niets om te laten zien.', { id: 'data.empty' })}
          </p>`
        );
      default:
        return views.complete(this.value as T);
    }
  }
}

/** The progress indicator: in the accessibility tree at once, visible only after 300 ms (CSS). */
function loading(): TemplateResult {
  return html`<p class="state loading" part="loading" role="status">
    <span class="spinner" aria-hidden="true"></span>${msg('Laden…', { id: 'data.loading' })}
  </p>`;
}
