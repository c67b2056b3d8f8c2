import { msg } from '@lit/localize';
import { html } from 'lit';
import {
  DEFAULT_RULES,
  FormProblems,
  checkNewPassword,
  currentPasswordField,
  currentPasswordProblem,
  CURRENT_PASSWORD_ID,
  errorSummary,
  formValues,
  newPasswordFields,
  newPasswordValues,
  passwordChangeRefused,
  showPasswordToggle,
  submitRow,
  usernameForManagers,
  type NewPasswordValues,
} from '../../../ui/forms/index.js';
import type { LoginCore, LoginStep } from '../login-core.js';

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
    const rules = this.rules();
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
        ${usernameForManagers(core.username.trim())}
        ${currentPasswordField({
          value: this.current,
          problems,
          shown: core.showPassword,
          hint: msg('Het wachtwoord uit de e-mail met uw inloggegevens.', {
            id: 'login.change.currentHint',
          }),
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
        ${submitRow({
          label: msg('Wachtwoord wijzigen', { id: 'login.change.submit' }),
          busy: core.busy,
        })}
      </form>`;
  }

  private readonly submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { core, problems } = this;
    if (core.busy) return;
    const values = formValues(event.currentTarget as HTMLFormElement);
    this.current = values[CURRENT_PASSWORD_ID] ?? this.current;
    this.values = newPasswordValues(values, this.values);
    problems.clear();
    problems.set(CURRENT_PASSWORD_ID, currentPasswordProblem(this.current));
    checkNewPassword(this.values, this.rules(), problems, this.current);
    if (problems.any) return core.focusAfterUpdate('summary');
    core.showPassword = false;
    const changed = await core.run(
      (flow) => flow.changePassword(this.current, this.values.newPassword),
      (error) => this.refused(error),
    );
    if (changed) this.forget();
    else core.focusAfterUpdate('summary');
  };

  private rules() {
    return this.core.signIn?.passwordRules ?? DEFAULT_RULES;
  }

  private refused(error: unknown): void {
    passwordChangeRefused(error, this.problems, {
      rules: this.rules(),
      typed: this.values.newPassword,
    });
  }
}
