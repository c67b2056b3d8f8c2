import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { PortalElement } from '../../internal/portal-element.js';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { codeIssueMessage, type CodeIssue } from './code-messages.js';
import { CODE_LENGTH, parseCode, PREFIX_LENGTH, type ParsedCode } from './parse-code.js';
import { styles } from './portal-code-input.styles.js';
import { PortalCodeCompleteEvent } from '../../events/code-events.js';
export {
  type PortalCodeCompleteDetail,
  PortalCodeCompleteEvent,
} from '../../events/code-events.js';

/**
 * @summary The field for an SMS code shown as "4479 - ______": the prefix as text, one input for
 * the six digits that accepts the whole code pasted, and messages next to the field.
 *
 * @csspart sent-to - The line that says where the code was sent.
 * @csspart label - The label of the field.
 * @csspart field - The row with the prefix and the input.
 * @csspart prefix - The prefix shown before the input.
 * @csspart input - The input for the six digits.
 * @csspart message - The message next to the field (a problem, or the `error`).
 *
 * @event {PortalCodeCompleteEvent} portal-code-complete - All six digits are there (typed, pasted or filled in by the phone),
 * or Enter was pressed with six digits outside a form; `detail` is `{ code }`.
 */
@localized()
export class PortalCodeInput extends PortalElement {
  static override styles = [PortalElement.styles, styles];

  static override shadowRootOptions = {
    ...PortalElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** Takes part in a surrounding `<form>` under its `name`, with the six digits as value. */
  static formAssociated = true;

  // Shadows Element.prefix (an XML namespace prefix, always null for HTML elements).
  /** The four digits the code starts with, shown on screen and not editable. */
  @property() override prefix = '';

  /** The digits entered after the prefix; six when complete. */
  @property() value = '';

  /** Where the code was sent (a masked phone number), shown above the field when set. */
  @property({ attribute: 'sent-to' }) sentTo = '';

  /** The label of the field; "Code uit de sms" when empty. */
  @property() label = '';

  /** A message from the server ("Code verlopen"), shown next to the field until cleared. */
  @property() error = '';

  /** Whether the field is disabled (also when its fieldset or form is disabled). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The name under which the value is submitted with a form. */
  @property({ reflect: true }) name = '';

  @state() private issue: CodeIssue | null = null;

  @state() private otherPrefix = '';

  @state() private formDisabled = false;

  /** Whether too few digits are reported yet: only after leaving the field or pressing Enter. */
  private lengthReported = false;

  private readonly internals = this.attachInternals();

  @query('input') private input!: HTMLInputElement;

  /** The surrounding form, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Whether the field holds exactly six digits (without showing anything). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Shows the message for what is missing, next to the field, and says whether all is well. */
  reportValidity(): boolean {
    this.lengthReported = true;
    this.issue = this.lengthIssue(this.value);
    if (this.issue) this.input?.focus();
    return this.issue === null;
  }

  /** Called by the form on reset: empties the field and its messages. */
  formResetCallback(): void {
    this.value = '';
    this.issue = null;
    this.lengthReported = false;
  }

  /** Called by the form when a surrounding fieldset or form is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.onInvalid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.onInvalid);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.internals.setFormValue(this.value);
    const issue = this.lengthIssue(this.value, true);
    if (issue === null) this.internals.setValidity({});
    else {
      const flags = issue === 'empty' ? { valueMissing: true } : { customError: true };
      this.internals.setValidity(flags, this.message(issue), this.input);
    }
  }

  /** The length problem of `digits`; too few only once reported, unless `always`. */
  private lengthIssue(digits: string, always = false): CodeIssue | null {
    if (digits.length > CODE_LENGTH) return 'long';
    if (digits.length === CODE_LENGTH || !(always || this.lengthReported)) return null;
    return digits.length === 0 ? 'empty' : 'short';
  }

  private message(issue: CodeIssue): string {
    return codeIssueMessage(issue, {
      count: this.value.length,
      prefix: this.prefix,
      otherPrefix: this.otherPrefix,
    });
  }

  /** Puts `digits` in the field with the caret at `caret`, and tells the page what changed. */
  private accept(digits: string, caret: number): void {
    const before = this.value;
    this.value = digits;
    this.input.value = digits;
    this.input.setSelectionRange(caret, caret);
    if (digits !== before && digits.length === CODE_LENGTH) this.complete();
  }

  private complete(): void {
    this.dispatchEvent(new PortalCodeCompleteEvent(this.value));
  }

  private refuse(parsed: ParsedCode): void {
    this.issue = parsed.problem ?? null;
    this.otherPrefix = parsed.otherPrefix ?? '';
  }

  /** Typing, deleting, and codes the phone fills in from the SMS all come through here. */
  private onInput(): void {
    const { value: text, selectionStart } = this.input;
    const parsed = parseCode(text, this.prefix);
    const typedBeforeCaret = text.slice(0, selectionStart ?? text.length).replace(/\D/g, '');
    const stripped =
      parsed.problem === undefined && parsed.digits.length < text.replace(/\D/g, '').length;
    const caret = Math.max(0, typedBeforeCaret.length - (stripped ? PREFIX_LENGTH : 0));
    this.accept(parsed.digits, Math.min(caret, parsed.digits.length));
    if (parsed.problem) this.refuse(parsed);
    else this.issue = this.nextIssue(parsed.digits);
  }

  /**
   * After a change: a refused letter or code stays explained until the code is complete or
   * emptied (it would flash past otherwise); too many digits always shows.
   */
  private nextIssue(digits: string): CodeIssue | null {
    const length = this.lengthIssue(digits);
    const refused = this.issue === 'letters' || this.issue === 'prefix';
    const settled = digits.length === 0 || digits.length === CODE_LENGTH;
    return refused && !settled && length !== 'long' ? this.issue : length;
  }

  /** A pasted code replaces the field; a pasted part goes where the caret is; a wrong one is refused. */
  private onPaste(event: ClipboardEvent): void {
    event.preventDefault();
    const text = event.clipboardData?.getData('text') ?? '';
    const parsed = parseCode(text, this.prefix);
    if (parsed.problem) {
      this.refuse(parsed);
      return;
    }
    const { value, selectionStart, selectionEnd } = this.input;
    const start = selectionStart ?? value.length;
    const whole = parsed.digits.length >= CODE_LENGTH;
    const next = whole
      ? parsed.digits
      : value.slice(0, start) + parsed.digits + value.slice(selectionEnd ?? start);
    this.accept(next, whole ? next.length : start + parsed.digits.length);
    this.issue = this.nextIssue(next);
  }

  private onBlur(): void {
    if (this.value.length === 0) return;
    this.lengthReported = true;
    this.issue = this.issue ?? this.lengthIssue(this.value);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    if (!this.reportValidity()) return;
    if (this.form) this.form.requestSubmit();
    else this.complete();
  }

  /** A form that is submitted with this field incomplete: show why next to the field. */
  private readonly onInvalid = (): void => {
    this.lengthReported = true;
    this.issue = this.lengthIssue(this.value);
  };

  override render() {
    const message = this.issue ? this.message(this.issue) : this.error;
    const label = this.label || msg('Code uit de sms', { id: 'ui.code.label' });
    return html`
      ${
        this.sentTo
          ? html`<p class="sent-to" part="sent-to">
              ${msg(str`Code verstuurd naar ${this.sentTo}`, { id: 'ui.code.sentTo' })}
            </p>`
          : nothing
      }
      <label for="code" part="label">${label}</label>
      <div class="field" part="field">
        <span class="prefix" part="prefix" aria-hidden="true">${this.prefix}</span>
        <span class="separator" aria-hidden="true">-</span>
        <input
          id="code"
          part="input"
          type="text"
          inputmode="numeric"
          autocomplete="one-time-code"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="done"
          aria-describedby="prefix message"
          aria-invalid=${message ? 'true' : 'false'}
          ?disabled=${this.disabled || this.formDisabled}
          .value=${live(this.value)}
          @input=${this.onInput}
          @paste=${this.onPaste}
          @blur=${this.onBlur}
          @keydown=${this.onKeydown}
        />
      </div>
      <span id="prefix" class="visually-hidden">
        ${msg(str`Code begint met ${this.prefix}`, { id: 'ui.code.prefix' })}
      </span>
      <p id="message" class="message" part="message" aria-live="polite">${message}</p>
    `;
  }
}
