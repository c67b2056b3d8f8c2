import { expect, fixture, html, oneEvent } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { applyLocale } from '../../i18n/localization.js';
import { parseCode } from './parse-code.js';
import type { PortalCodeInput } from './portal-code-input.js';
import './portal-code-input.js';

async function codeInput(): Promise<PortalCodeInput> {
  const el = await fixture<PortalCodeInput>(
    html`<portal-code-input prefix="4479" sent-to="06-••••••78"></portal-code-input>`,
  );
  await el.updateComplete;
  return el;
}

function input(el: PortalCodeInput): HTMLInputElement {
  return el.shadowRoot!.querySelector('input')!;
}

function message(el: PortalCodeInput): string {
  return el.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim();
}

function describedBy(el: PortalCodeInput): string {
  const ids = input(el).getAttribute('aria-describedby')!.split(' ');
  return ids.map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim()).join(' | ');
}

/** Pastes `text` the way a user does: copy it elsewhere with Ctrl+C, paste in the field with Ctrl+V. */
async function paste(el: PortalCodeInput, text: string): Promise<void> {
  const source = document.createElement('textarea');
  source.value = text;
  document.body.append(source);
  source.select();
  await sendKeys({ press: 'Control+C' });
  source.remove();
  input(el).focus();
  await sendKeys({ press: 'Control+V' });
  await el.updateComplete;
}

async function type(el: PortalCodeInput, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

function completions(el: PortalCodeInput): string[] {
  const codes: string[] = [];
  el.addEventListener('portal-code-complete', (e) => codes.push(e.detail.code));
  return codes;
}

describe('portal-code-input', () => {
  it('shows the prefix as text, with a labelled numeric one-time-code input', async () => {
    const el = await codeInput();
    const field = input(el);
    expect(field.labels![0]!.textContent!.trim()).to.equal('Code uit de sms');
    expect(field.getAttribute('inputmode')).to.equal('numeric');
    expect(field.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(el.shadowRoot!.querySelector('[part="prefix"]')!.textContent).to.equal('4479');
    expect(
      el.shadowRoot!.querySelector('[part="prefix"] input, [part="prefix"][contenteditable]'),
    ).to.equal(null);
    expect(describedBy(el)).to.equal('Code begint met 4479 | ');
    expect(el.shadowRoot!.querySelector('[part="sent-to"]')!.textContent!.trim()).to.equal(
      'Code verstuurd naar 06-••••••78',
    );
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('takes six typed digits and says the code is complete, once', async () => {
    const el = await codeInput();
    const codes = completions(el);
    await type(el, '123456');
    expect(input(el).value).to.equal('123456');
    expect(el.value).to.equal('123456');
    expect(codes).to.deep.equal(['123456']);
    expect(message(el)).to.equal('');
    await sendKeys({ press: 'Tab' });
    expect(codes).to.have.length(1);
  });

  for (const pasted of ['4479-123456', '4479 123456', ' 123 456 ', '123456', '4479 – 123 456']) {
    it(`takes the pasted code "${pasted}" as 123456`, async () => {
      const el = await codeInput();
      const codes = completions(el);
      await paste(el, pasted);
      expect(input(el).value).to.equal('123456');
      expect(codes).to.deep.equal(['123456']);
      expect(message(el)).to.equal('');
    });
  }

  it('refuses a pasted code with another prefix, and keeps what was typed', async () => {
    const el = await codeInput();
    const codes = completions(el);
    await type(el, '12');
    await paste(el, '1234-654321');
    expect(input(el).value).to.equal('12');
    expect(codes).to.deep.equal([]);
    expect(message(el)).to.equal('Deze code begint met 1234. Gebruik de code die begint met 4479.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el)).to.contain('Deze code begint met 1234');
    await expect(el).to.be.accessible();
  });

  it('refuses typed letters with a message and keeps the digits', async () => {
    const el = await codeInput();
    await type(el, '12a3');
    expect(input(el).value).to.equal('123');
    expect(message(el)).to.equal(
      'Typ alleen cijfers. Letters en andere tekens worden niet overgenomen.',
    );
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({ type: '45' });
    expect(message(el)).to.contain('Typ alleen cijfers');
    await sendKeys({ type: '6' });
    await el.updateComplete;
    expect(input(el).value).to.equal('123456');
    expect(message(el)).to.equal('');
  });

  it('refuses a pasted text with letters', async () => {
    const el = await codeInput();
    await type(el, '9');
    await paste(el, 'Uw code: 4479-123456');
    expect(input(el).value).to.equal('9');
    expect(message(el)).to.contain('Typ alleen cijfers');
  });

  it('says five digits are too few once the user leaves the field', async () => {
    const el = await codeInput();
    await type(el, '12345');
    expect(message(el)).to.equal('');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(message(el)).to.equal('Vul alle 6 cijfers in. Nu zijn het er 5.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el)).to.contain('Nu zijn het er 5');
    expect(input(el).value).to.equal('12345');
    await expect(el).to.be.accessible();
    await type(el, '6');
    expect(message(el)).to.equal('');
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('says seven digits are too many at once, and keeps all seven', async () => {
    const el = await codeInput();
    const codes = completions(el);
    await type(el, '1234567');
    expect(input(el).value).to.equal('1234567');
    expect(message(el)).to.equal('De code heeft 6 cijfers. Nu zijn het er 7.');
    expect(codes).to.deep.equal(['123456']);
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(message(el)).to.equal('');
    expect(codes).to.deep.equal(['123456', '123456']);
  });

  it('drops the prefix when the user types it too', async () => {
    const el = await codeInput();
    const codes = completions(el);
    await type(el, '4479-123456');
    expect(input(el).value).to.equal('123456');
    expect(codes.at(-1)).to.equal('123456');
    expect(message(el)).to.equal('');
  });

  it('shows a server error next to the field without clearing the code', async () => {
    const el = await codeInput();
    await type(el, '123456');
    el.error = 'Deze code is verlopen. Vraag een nieuwe code aan.';
    await el.updateComplete;
    expect(input(el).value).to.equal('123456');
    expect(message(el)).to.equal('Deze code is verlopen. Vraag een nieuwe code aan.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el)).to.contain('verlopen');
    await expect(el).to.be.accessible();
    el.error = '';
    await el.updateComplete;
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('takes part in a form: submits the digits, blocks an incomplete code', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form @submit=${(e: Event) => e.preventDefault()}>
        <portal-code-input name="code" prefix="4479"></portal-code-input>
        <button>Inloggen</button>
      </form>
    `);
    const el = form.querySelector('portal-code-input')!;
    await type(el, '123');
    expect(el.checkValidity()).to.equal(false);
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(message(el)).to.equal('Vul alle 6 cijfers in. Nu zijn het er 3.');

    await type(el, '456');
    expect(new FormData(form).get('code')).to.equal('123456');
    const submitted = oneEvent(form, 'submit');
    await sendKeys({ press: 'Enter' });
    await submitted;
    await expect(form).to.be.accessible();
  });

  it('says what is missing on Enter, and completes on Enter outside a form', async () => {
    const el = await codeInput();
    const codes = completions(el);
    input(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(message(el)).to.equal('Vul de code uit de sms in.');
    await type(el, '123456');
    await sendKeys({ press: 'Enter' });
    expect(codes).to.deep.equal(['123456', '123456']);
  });

  it('cannot be typed in when disabled', async () => {
    const el = await codeInput();
    el.disabled = true;
    await el.updateComplete;
    expect(input(el).disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('speaks English when the locale is English', async () => {
    const el = await codeInput();
    await applyLocale('en');
    await el.updateComplete;
    await type(el, '12345');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(input(el).labels![0]!.textContent!.trim()).to.equal('Code from the text message');
    expect(describedBy(el)).to.equal(
      'Code starts with 4479 | Enter all 6 digits. You have entered 5.',
    );
    await applyLocale('nl');
  });
});

describe('parseCode', () => {
  const cases: [string, string, string | undefined][] = [
    ['4479-123456', '123456', undefined],
    ['4479 123456', '123456', undefined],
    [' 123 456 ', '123456', undefined],
    ['123456', '123456', undefined],
    ['4479123456', '123456', undefined],
    ['4479-12345', '12345', undefined],
    ['1234-123456', '1234123456', 'prefix'],
    ['12a', '12', 'letters'],
  ];
  for (const [text, digits, problem] of cases) {
    it(`reads "${text}" as ${digits}${problem ? ` (${problem})` : ''}`, () => {
      const parsed = parseCode(text, '4479');
      expect(parsed.digits).to.equal(digits);
      expect(parsed.problem).to.equal(problem);
    });
  }
});
