import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController } from 'lit';
import type { Challenge } from '@clientportal/sdk';
import { problemMessage } from '../../../i18n/problems.js';
import { announce } from '../../../ui/live-region.js';
import { codeIssueMessage } from '../../../ui/code-input/code-messages.js';
import { CODE_LENGTH } from '../../../ui/code-input/parse-code.js';
import type { PortalCodeInput } from '../../../ui/code-input/portal-code-input.component.js';
import '../../../ui/code-input/portal-code-input.js';
import {
  FormProblems,
  busyLine,
  codeOf,
  errorSummary,
  fieldMessage,
  retryAfterOf,
  submitRow,
  waitText,
} from '../../../ui/forms/index.js';
import { codeProblem } from '../login-messages.js';
import type { LoginCore, LoginStep } from '../login-core.js';

/** Codes after which the challenge is void: a new code may be sent at once. */
const VOIDING = ['code_expired', 'too_many_attempts', 'challenge_invalid'];
/** Codes that belong next to the code field. */
const ABOUT_THE_CODE = ['code_invalid', ...VOIDING];
/**
 * The longest wait for a new code the element believes. The server's time says when a new code
 * may be sent; a clock that runs behind should not make anyone wait long (the server's
 * Retry-After corrects a clock that runs ahead).
 */
const MAX_WAIT_MS = 120_000;

/**
 * The SMS code: asked for at every sign-in (P1, policy `every-sign-in`) or sent at once on a new
 * device (C2, policy `new-device`, with "Dit apparaat onthouden"). The policy is the server's.
 */
export class CodeStep implements LoginStep, ReactiveController {
  private readonly problems = new FormProblems();
  private codeError = '';
  private resendError = '';
  private trust = true;
  private trackedChallenge = '';
  private resendAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly core: LoginCore) {
    core.host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private get newDevice(): boolean {
    return this.core.signIn?.codePolicy === 'new-device';
  }

  key(): string {
    return this.core.signIn?.challenge ? 'code' : 'code-request';
  }

  forget(): void {
    this.problems.clear();
    this.codeError = '';
    this.resendError = '';
    this.trust = true;
  }

  render() {
    const challenge = this.core.signIn?.challenge;
    return challenge ? this.renderEntry(challenge) : this.renderRequest();
  }

  private heading() {
    const text = this.newDevice
      ? msg('Apparaat verificatie', { id: 'login.device.heading' })
      : msg('Inlogcode per sms', { id: 'login.code.heading' });
    return html`<h2 class="title" id="heading" tabindex="-1">${text}</h2>`;
  }

  private renderRequest() {
    const { core } = this;
    const intro = this.newDevice
      ? msg(
          'U logt voor het eerst in op dit apparaat. Voor uw veiligheid sturen we een code per sms naar uw mobiele telefoon.',
          { id: 'login.device.requestIntro' },
        )
      : msg(
          'Voor uw veiligheid logt u in met een code die u per sms krijgt op uw mobiele telefoon. U krijgt elke keer een nieuwe code.',
          { id: 'login.code.requestIntro' },
        );
    return html`${this.heading()}
      <p>${intro}</p>
      ${errorSummary(this.problems, (id) => core.focusField(id))}
      <div class="actions">
        <button class="primary" part="request-code" type="button" @click=${this.request}>
          ${msg('SMS-inlogcode aanvragen', { id: 'login.code.request' })}
        </button>
      </div>
      ${busyLine(core.busy)}`;
  }

  private renderEntry(challenge: Challenge) {
    const { core } = this;
    this.track(challenge);
    return html`${this.heading()}
      ${
        this.newDevice
          ? html`<p>
              ${msg(
                'U logt voor het eerst in op dit apparaat. Voor uw veiligheid controleren we met een code of u het bent.',
                { id: 'login.device.intro' },
              )}
            </p>`
          : nothing
      }
      <p part="sent-to">
        ${msg(
          str`Er is een sms verstuurd naar ${challenge.sentTo}; de code begint met ${challenge.prefix}. Vul hieronder de laatste ${CODE_LENGTH} cijfers in. Het kan een paar seconden duren voordat de sms er is.`,
          { id: 'login.code.sent' },
        )}
      </p>
      ${errorSummary(this.problems, (id) => core.focusField(id))}
      <form novalidate aria-labelledby="heading" @submit=${this.verify}>
        <portal-code-input
          id="code"
          name="code"
          part="code"
          prefix=${challenge.prefix}
          label=${msg('Inlogcode', { id: 'login.code.label' })}
          error=${this.codeError}
        ></portal-code-input>
        ${this.newDevice ? this.renderTrust() : nothing}
        ${submitRow({
          label: this.newDevice
            ? msg('Code controleren', { id: 'login.device.submit' })
            : msg('Inloggen', { id: 'login.submit' }),
          busy: core.busy,
        })}
      </form>
      ${this.renderResend()}`;
  }

  private renderTrust() {
    return html`<div class="check">
      <input
        type="checkbox"
        id="trust"
        name="trust"
        part="trust"
        aria-describedby="trust-hint"
        .checked=${this.trust}
        @change=${(e: Event) => (this.trust = (e.target as HTMLInputElement).checked)}
      />
      <label for="trust">${msg('Dit apparaat onthouden', { id: 'login.device.trust' })}</label>
      <p class="hint" id="trust-hint">
        ${msg(
          'Dan vragen we hier de volgende keer geen code. Zet dit uit op een computer die u met anderen deelt.',
          { id: 'login.device.trustHint' },
        )}
      </p>
    </div>`;
  }

  private renderResend() {
    const waitMs = this.resendAt - Date.now();
    if (waitMs > 0) this.tick(waitMs);
    const waiting = waitMs > 0;
    return html`<div class="resend" part="resend">
      <button
        class="secondary"
        id="resend"
        type="button"
        ?disabled=${waiting}
        aria-describedby="resend-wait resend-error"
        @click=${this.resend}
      >
        ${msg('Stuur een nieuwe code', { id: 'login.code.resend' })}
      </button>
      <p class="hint" id="resend-wait">
        ${
          waiting
            ? msg(str`Over ${waitText(waitMs / 1000)} kunt u een nieuwe code laten sturen.`, {
                id: 'login.code.resendWait',
              })
            : nothing
        }
      </p>
      ${fieldMessage('resend', this.resendError)}
    </div>`;
  }

  /** A new challenge: its resend time counts from now on. */
  private track(challenge: Challenge): void {
    if (challenge.id === this.trackedChallenge) return;
    this.trackedChallenge = challenge.id;
    const at = Date.parse(challenge.resendAvailableAt);
    this.resendAt = Math.min(Number.isNaN(at) ? 0 : at, Date.now() + MAX_WAIT_MS);
  }

  /** Re-renders every second while the resend button waits. */
  private tick(waitMs: number): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.core.update();
      },
      Math.min(1000, waitMs + 50),
    );
  }

  private codeInput(): PortalCodeInput | null {
    return (this.core.host.renderRoot as ShadowRoot).querySelector('portal-code-input');
  }

  private readonly request = async (): Promise<void> => {
    this.problems.clear();
    const sent = await this.core.run(
      (flow) => flow.requestCode(),
      (error) => this.problems.add(this.resendProblem(error)),
    );
    if (!sent) this.core.focusAfterUpdate('summary');
  };

  private readonly verify = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { core, problems } = this;
    const input = this.codeInput();
    if (core.busy || !input) return;
    problems.clear();
    this.codeError = '';
    this.resendError = '';
    if (!input.reportValidity()) {
      problems.set('code', this.lengthMessage(input));
      return core.focusAfterUpdate('summary');
    }
    const options = this.newDevice ? { trustDevice: this.trust } : {};
    const ok = await core.run(
      (flow) => flow.verifyCode(input.value, options),
      (error) => this.refused(error, input),
    );
    if (!ok) core.focusAfterUpdate('summary');
  };

  private lengthMessage(input: PortalCodeInput): string {
    const count = input.value.length;
    const issue = count === 0 ? 'empty' : count < CODE_LENGTH ? 'short' : 'long';
    return codeIssueMessage(issue, { count, prefix: input.prefix });
  }

  private refused(error: unknown, input: PortalCodeInput): void {
    const code = codeOf(error);
    if (!ABOUT_THE_CODE.includes(code)) return this.problems.add(problemMessage(error));
    this.codeError = codeProblem(error);
    this.problems.set('code', this.codeError);
    // A void code cannot be tried again: a new one may be sent at once.
    if (VOIDING.includes(code)) this.resendAt = 0;
    // After too many tries the code is of no use: clear it for the next one.
    if (code === 'too_many_attempts') input.value = '';
  }

  private readonly resend = async (): Promise<void> => {
    const { core, problems } = this;
    problems.clear();
    this.codeError = '';
    this.resendError = '';
    const sent = await core.run(
      (flow) => flow.requestCode(),
      (error) => {
        const message = this.resendProblem(error);
        if (codeOf(error) === 'too_many_requests') this.resendError = message;
        problems.add(message);
      },
    );
    if (!sent) return core.focusAfterUpdate('summary');
    const challenge = core.signIn?.challenge;
    const input = this.codeInput();
    if (input) input.value = '';
    core.focusAfterUpdate('code');
    if (challenge) {
      void announce(
        core.host,
        msg(str`Er is een nieuwe sms verstuurd; de code begint met ${challenge.prefix}.`, {
          id: 'login.code.resent',
        }),
      );
    }
  };

  /** Asking for a code too soon says when it can be done (and waits that long). */
  private resendProblem(error: unknown): string {
    const wait = retryAfterOf(error);
    if (codeOf(error) !== 'too_many_requests' || !wait) return problemMessage(error);
    this.resendAt = Date.now() + wait * 1000;
    return msg(
      str`U heeft net een code gekregen. Over ${waitText(wait)} kunt u een nieuwe code laten sturen.`,
      { id: 'login.code.tooSoon' },
    );
  }
}
