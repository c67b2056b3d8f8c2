import { msg } from '@lit/localize';
import { html } from 'lit';
import {
  FormProblems,
  errorSummary,
  formValues,
  passwordProblem,
  showPasswordToggle,
  submitRow,
  textField,
  usernameField,
  usernameProblem,
} from '../../../ui/forms/index.js';
import { signInProblem } from '../login-messages.js';
import type { LoginCore, LoginStep } from '../login-core.js';

/** Username and password (C1), with "Wachtwoord vergeten?". */
export class PasswordStep implements LoginStep {
  private password = '';
  private readonly problems = new FormProblems();

  constructor(
    private readonly core: LoginCore,
    private readonly forgotPassword: () => void,
  ) {}

  key(): string {
    return 'password';
  }

  forget(): void {
    this.password = '';
    this.problems.clear();
  }

  render() {
    const { core, problems } = this;
    return html`<h2 class="title" id="heading" tabindex="-1">
        ${msg('Inloggen', { id: 'login.password.heading' })}
      </h2>
      ${core.renderNotice()} ${errorSummary(problems, (id) => core.focusField(id))}
      <form novalidate aria-labelledby="heading" @submit=${this.submit}>
        ${usernameField({
          value: core.username,
          error: problems.get('username'),
          onInput: (v) => (core.username = v),
        })}
        ${textField({
          id: 'password',
          name: 'password',
          label: msg('Wachtwoord', { id: 'login.password' }),
          type: core.showPassword ? 'text' : 'password',
          autocomplete: 'current-password',
          value: this.password,
          error: problems.get('password'),
          onInput: (v) => (this.password = v),
        })}
        ${showPasswordToggle(core.showPassword, () => {
          core.showPassword = !core.showPassword;
          core.update();
        })}
        ${submitRow({
          label: msg('Inloggen', { id: 'login.submit' }),
          busy: core.busy,
          extra: html`<button
            class="link"
            part="forgot-password"
            type="button"
            @click=${this.forgotPassword}
          >
            ${msg('Wachtwoord vergeten?', { id: 'login.forgot' })}
          </button>`,
        })}
      </form>`;
  }

  private readonly submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { core, problems } = this;
    if (core.busy) return;
    const values = formValues(event.currentTarget as HTMLFormElement);
    core.username = values.username ?? core.username;
    this.password = values.password ?? this.password;
    const username = core.username.trim();
    problems.clear();
    core.notice = '';
    problems.set('username', usernameProblem(username));
    problems.set('password', passwordProblem(this.password));
    if (problems.any) return core.focusAfterUpdate('summary');
    // Hidden again, so a password manager offering to save sees a password field.
    core.showPassword = false;
    const signedIn = await core.run(
      (flow) => flow.start(username, this.password),
      (error) => problems.add(signInProblem(error)),
    );
    if (signedIn) this.password = '';
    else core.focusAfterUpdate('summary');
  };
}
