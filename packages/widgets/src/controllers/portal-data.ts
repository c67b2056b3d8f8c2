import { ContextConsumer } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ApiError, PortalClient, Section } from '@clientportal/sdk';
import { portalContext, type PortalContextValue } from '../internal/context.js';
import { deepActiveElement } from '../ui/focus.js';
import { emptyView, errorView, forbiddenView, loadingView, RETRY_ATTRIBUTE } from './data-views.js';
import { isUnreachable, Reconnect } from './reconnect.js';

/** What a loader gets: the typed API, the selected client and an abort signal. */
export interface LoadContext {
  /** The typed API client; pass its results to `unwrap` to get the data or an `ApiError`. */
  api: PortalClient['api'];
  /** The whole SDK client, for calls outside `api` (the sign-in flow's terms and invitations). */
  client: PortalClient;
  /** The client whose portal is shown ('' while signing in). */
  clientId: string;
  /** Aborted when the panel leaves the page, the client changes or the session ends. */
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
  /**
   * When the data is there to load: while signed in with a client chosen (`session`, the
   * default), or while signing in (`sign-in`: the terms, the invitations), with no client yet.
   */
  during?: 'session' | 'sign-in';
}

/** The views a panel gives to `render`; the other states look the same in every panel. */
export interface DataViews<T> {
  /** The loaded data. */
  complete: (value: T) => unknown;
  /** The panel's own "nothing yet" text (a general one otherwise). */
  empty?: () => unknown;
  /** What to show while nobody is signed in (nothing otherwise). */
  signedOut?: () => unknown;
}

/** The states every panel shows the same way, one list for the type and the tests. */
export const DATA_STATES = [
  'signed-out',
  'forbidden',
  'loading',
  'error',
  'empty',
  'complete',
] as const;

/** One of `DATA_STATES`. */
export type DataState = (typeof DATA_STATES)[number];

const SIGNED_OUT = Symbol('signed-out');
const FORBIDDEN = Symbol('forbidden');
type Outcome<T> = T | typeof SIGNED_OUT | typeof FORBIDDEN;

/** The server refused the section: its grants changed after the session was loaded. */
const refusedSection = (error: unknown) =>
  (error as Partial<ApiError> | undefined)?.code === 'forbidden_section';

/**
 * The one data-loading controller of the panels, on @lit/task: it follows the provider's session
 * and selected client, makes no request for a section the session does not grant, aborts
 * stale and abandoned requests, and renders loading, empty, error (with retry), forbidden and
 * signed-out the same way in every panel. When the portal cannot be reached it says so (with the
 * provider's phone number) and loads again by itself: after 2, 4, 8 … 60 seconds and as soon as
 * the browser is back online.
 */
export class PortalData<T> implements ReactiveController {
  /** The provider's context, once found. */
  portal: PortalContextValue | undefined;
  private readonly task: Task<readonly unknown[], Outcome<T>>;
  /** A load was stopped because the panel left the page: load again when it comes back. */
  private interrupted = false;
  /** The retry button was used: put focus back where the person can go on once loaded. */
  private refocus = false;
  /** Loads again by itself while the portal cannot be reached. */
  private readonly reconnect = new Reconnect(() => this.reload());

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PortalDataOptions<T>,
  ) {
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
      task: (_args, { signal }) => this.run(signal),
    });
    // Last: a host that is already connected (a sign-in step made later) calls hostConnected at once.
    host.addController(this);
  }

  hostConnected(): void {
    if (this.task.status === TaskStatus.ERROR && isUnreachable(this.task.error)) {
      this.reconnect.schedule();
    }
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.task.run();
  }

  hostDisconnected(): void {
    this.reconnect.reset();
    if (this.task.status !== TaskStatus.PENDING) return;
    this.interrupted = true;
    this.task.abort();
  }

  hostUpdated(): void {
    if (this.refocus && this.task.status !== TaskStatus.PENDING) this.restoreFocus();
  }

  /** Whether the session grants the section for the selected client (true without a section). */
  granted(): boolean {
    const { portal, options } = this;
    if (!options.section) return true;
    const access = portal?.state.session?.clients.find((c) => c.id === portal.clientId);
    return !!access?.sections.includes(options.section);
  }

  private async run(signal: AbortSignal): Promise<Outcome<T> | typeof initialState> {
    const { portal } = this;
    if (!portal || portal.state.status !== this.activeStatus()) return SIGNED_OUT;
    const signingIn = this.options.during === 'sign-in';
    if (!signingIn && !portal.clientId) return SIGNED_OUT;
    if (!this.granted()) return FORBIDDEN;
    try {
      const { client } = portal;
      const clientId = signingIn ? '' : portal.clientId!;
      const value = await this.options.load({ api: client.api, client, clientId, signal });
      this.reconnect.reset();
      return value;
    } catch (error) {
      // A stopped load is no failure to show: a newer one replaces it, or the panel is gone.
      if (signal.aborted) return initialState;
      if (isUnreachable(error)) this.reconnect.schedule();
      else this.reconnect.reset();
      if (refusedSection(error)) return FORBIDDEN;
      throw error;
    }
  }

  /** The session status in which the data loads. */
  private activeStatus(): 'signed-in' | 'signing-in' {
    return this.options.during === 'sign-in' ? 'signing-in' : 'signed-in';
  }

  /** Loads again (the retry button does this). */
  reload(): void {
    void this.task.run();
  }

  /** The loaded value, while the state is `complete` or `empty`. */
  get value(): T | undefined {
    const state = this.state;
    return state === 'complete' || state === 'empty' ? (this.task.value as T) : undefined;
  }

  /** The current state. */
  get state(): DataState {
    const { status, value } = this.task;
    if (this.portal?.state.status !== this.activeStatus()) return 'signed-out';
    if (status === TaskStatus.ERROR) return 'error';
    if (status !== TaskStatus.COMPLETE) return 'loading';
    if (value === SIGNED_OUT) return 'signed-out';
    if (value === FORBIDDEN) return 'forbidden';
    return this.options.isEmpty?.(value as T) ? 'empty' : 'complete';
  }

  /** Renders the current state; the panel gives the complete (and optionally empty) view. */
  render(views: DataViews<T>): unknown {
    switch (this.state) {
      case 'signed-out':
        return views.signedOut?.() ?? nothing;
      case 'forbidden':
        return forbiddenView();
      case 'loading':
        return loadingView();
      case 'error':
        return errorView(this.task.error, () => this.retry(), this.portal?.phone);
      case 'empty':
        return views.empty?.() ?? emptyView();
      default:
        return views.complete(this.task.value as T);
    }
  }

  private retry(): void {
    this.refocus = true;
    this.reload();
  }

  /**
   * The retry button disappears while loading, which leaves focus nowhere. Unless the person
   * has moved on, focus goes to the new retry button (failed again), or to the panel's first
   * heading (or `[data-portal-focus]`) so a screen reader reads on from the loaded data.
   */
  private restoreFocus(): void {
    this.refocus = false;
    const active = deepActiveElement(this.host.ownerDocument);
    if (active && active !== this.host.ownerDocument.body) return;
    const root = this.host.shadowRoot ?? this.host;
    const target =
      root.querySelector<HTMLElement>(`[${RETRY_ATTRIBUTE}]`) ??
      root.querySelector<HTMLElement>('[data-portal-focus], h1, h2, h3, h4, h5, h6');
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  }
}
