import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ApiError } from '@clientportal/sdk';
import { problemMessage } from '../../../i18n/problems.js';
import {
  FormProblems,
  busyLine,
  errorSummary,
  formValues,
  showPasswordToggle,
  textField,
} from '../login-form.js';
import { codeOf, passwordTooLong, requiredText } from '../login-messages.js';
import {
  DEFAULT_RULES,
  NEW_PASSWORD_ID,
  checkNewPassword,
  newPasswordFields,
  rejectedText,
  type NewPasswordValues,
} from '../new-password.js';
import { LIMITS } from '../login-form.js';
import type { LoginCore, LoginStep } from '../login-core.js';

const CURRENT_ID = 'current-password';

/** The first sign-in's own password (C3, P2): the current one, and a new one twice. */
export class PasswordChangeStep implements LoginStep {
  private current = '';
  private values: NewPasswordValues = { newPassword: '', repeat: '' };
  private readonly problems = new FormProblems();

  constructor(private readonly core: LoginCore) {}

  key(): string {
    return 'password-change';
  }

  forget(): void {
    this.current = '';
    this.values = { newPassword: '', repeat: '' };
    this.problems.clear();
  }

  render() {
    const { core, problems } = this;
    const rules = core.signIn?.passwordRules ?? DEFAULT_RULES;
    return html`<h2 class="title" id="heading" tabindex="-1">
        ${msg('Kies uw eigen wachtwoord', { id: 'login.change.heading' })}
      </h2>
      <p>
        ${msg(
          'U logt voor het eerst in. Vervang daarom het wachtwoord uit de e-mail door een wachtwoord dat alleen u kent.',
          { id: 'login.change.intro' },
        )}
      </p>
      ${errorSummary(problems, (id) => core.focusField(id))}
      <form novalidate aria-labelledby="heading" @submit=${this.submit}>
        ${
          // For password managers: the account whose password changes.
          core.username
            ? html`<input
                type="text"
                name="username"
                autocomplete="username"
                hidden
                readonly
                .value=${core.username.trim()}
              />`
            : nothing
        }
        ${textField({
          id: CURRENT_ID,
          name: 'current-password',
          label: msg('Huidig wachtwoord', { id: 'login.change.currentLabel' }),
          hint: msg('Het wachtwoord uit de e-mail met uw inloggegevens.', {
            id: 'login.change.currentHint',
          }),
          type: core.showPassword ? 'text' : 'password',
          autocomplete: 'current-password',
          value: this.current,
          error: problems.get(CURRENT_ID),
          onInput: (v) => (this.current = v),
        })}
        ${newPasswordFields({
          values: this.values,
          rules,
          problems,
          shown: core.showPassword,
          onInput: (field, v) => (this.values = { ...this.values, [field]: v }),
        })}
        ${showPasswordToggle(core.showPassword, () => {
          core.showPassword = !core.showPassword;
          core.update();
        })}
        <div class="actions">
          <button class="primary" part="submit" type="submit" aria-disabled=${core.busy}>
            ${msg('Wachtwoord wijzigen', { id: 'login.change.submit' })}
          </button>
        </div>
        ${busyLine(core.busy)}
      </form>`;
  }

  private readonly submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { core, problems } = this;
    if (core.busy) return;
    const values = formValues(event.currentTarget as HTMLFormElement);
    this.current = values['current-password'] ?? this.current;
    this.values = {
      newPassword: values['new-password'] ?? this.values.newPassword,
      repeat: values['repeat-password'] ?? this.values.repeat,
    };
    problems.clear();
    const currentProblem = requiredText(
      this.current,
      LIMITS.password,
      () => msg('Vul uw huidige wachtwoord in.', { id: 'login.change.currentMissing' }),
      passwordTooLong,
    );
    if (currentProblem) problems.set(CURRENT_ID, currentProblem);
    checkNewPassword(
      this.values,
      core.signIn?.passwordRules ?? DEFAULT_RULES,
      problems,
      this.current,
    );
    if (problems.any) return core.focusAfterUpdate('summary');
    core.showPassword = false;
    const changed = await core.run(
      (flow) => flow.changePassword(this.current, this.values.newPassword),
      (error) => this.refused(error),
    );
    if (changed) this.forget();
    else core.focusAfterUpdate('summary');
  };

  private refused(error: unknown): void {
    const code = codeOf(error);
    if (code === 'password_incorrect') this.problems.set(CURRENT_ID, problemMessage(error));
    else if (code === 'password_rejected')
      this.problems.set(NEW_PASSWORD_ID, rejectedText(error as ApiError));
    else this.problems.add(problemMessage(error));
  }
}
