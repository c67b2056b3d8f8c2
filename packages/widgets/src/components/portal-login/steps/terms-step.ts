import { msg } from '@lit/localize';
import { html } from 'lit';
import type { Terms } from '@clientportal/sdk';
import { problemMessage } from '../../../i18n/problems.js';
import { PortalData } from '../../../controllers/portal-data.js';
import {
  FormProblems,
  checkboxField,
  codeOf,
  errorSummary,
  submitRow,
} from '../../../ui/forms/index.js';
import type { LoginCore, LoginStep } from '../login-core.js';

/** The terms of use to read and accept (P2): a scrollable region a keyboard can scroll too. */
export class TermsStep implements LoginStep {
  private accepted = false;
  private readonly problems = new FormProblems();
  private readonly terms: PortalData<Terms | undefined>;

  constructor(private readonly core: LoginCore) {
    const version = () => (core.signIn?.step === 'terms' ? core.signIn.termsVersion : undefined);
    this.terms = new PortalData(core.host, {
      during: 'sign-in',
      args: () => [version()],
      load: async ({ client }) => (version() === undefined ? undefined : client.signIn.getTerms()),
    });
  }

  key(): string {
    return 'terms';
  }

  forget(): void {
    this.accepted = false;
    this.problems.clear();
  }

  render() {
    const { core } = this;
    return html`<h2 class="title" id="heading" tabindex="-1">
        ${msg('Gebruiksvoorwaarden', { id: 'login.terms.heading' })}
      </h2>
      <p>
        ${msg(
          'Lees de gebruiksvoorwaarden van het portaal. Daarna geeft u aan dat u ermee akkoord gaat.',
          { id: 'login.terms.intro' },
        )}
      </p>
      ${errorSummary(this.problems, (id) => core.focusField(id))}
      ${this.terms.render({
        complete: (terms) => (terms ? this.renderTerms(terms) : html``),
      })}`;
  }

  private renderTerms(terms: Terms) {
    const { core } = this;
    const error = this.problems.get('accept');
    return html`<div
        class="terms"
        part="terms"
        role="region"
        tabindex="0"
        aria-labelledby="terms-title"
      >
        <h3 id="terms-title">${terms.title}</h3>
        ${terms.text.split(/\n\s*\n/).map((paragraph) => html`<p>${paragraph}</p>`)}
      </div>
      <form
        novalidate
        aria-labelledby="heading"
        @submit=${(e: SubmitEvent) => this.submit(e, terms)}
      >
        ${checkboxField({
          id: 'accept',
          name: 'accept',
          part: 'accept',
          required: true,
          label: msg('Ik heb de gebruiksvoorwaarden gelezen en ga ermee akkoord.', {
            id: 'login.terms.accept',
          }),
          checked: this.accepted,
          error,
          onChange: (checked) => (this.accepted = checked),
        })}
        ${submitRow({
          label: msg('Akkoord en verder', { id: 'login.terms.submit' }),
          busy: core.busy,
        })}
      </form>`;
  }

  private async submit(event: SubmitEvent, terms: Terms): Promise<void> {
    event.preventDefault();
    const { core, problems } = this;
    if (core.busy) return;
    problems.clear();
    if (!this.accepted) {
      problems.set(
        'accept',
        msg('Vink aan dat u akkoord gaat met de gebruiksvoorwaarden.', {
          id: 'login.terms.required',
        }),
      );
      return core.focusAfterUpdate('summary');
    }
    const ok = await core.run(
      (flow) => flow.acceptTerms(terms.version),
      (error) => {
        problems.add(problemMessage(error));
        // A newer version came out meanwhile: show it, to be read and accepted again.
        if (codeOf(error) === 'terms_outdated') {
          this.accepted = false;
          this.terms.reload();
        }
      },
    );
    if (!ok) core.focusAfterUpdate('summary');
  }
}
