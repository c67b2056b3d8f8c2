// The generated contract facts say what the server checks: the forms refuse exactly that.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { parse } from 'yaml';
import { operation } from '../../mock-server/src/validation/operations.js';
import { validateRequest } from '../../mock-server/src/validation/validator.js';
import * as facts from '../src/generated/contract-facts.js';
import { isEmail } from '../src/ui/forms/formats.js';

const contract = parse(await readFile(new URL('../../../openapi.yaml', import.meta.url), 'utf8'));

test('every property limit of every schema is in the facts', () => {
  const schemas = contract.components.schemas as Record<string, { properties?: object }>;
  const all = facts as unknown as Record<string, Record<string, Record<string, unknown>>>;
  for (const [name, schema] of Object.entries(schemas)) {
    if (!schema.properties) continue;
    for (const [prop, node] of Object.entries(schema.properties) as [string, object][]) {
      for (const key of ['minLength', 'maxLength', 'minimum', 'maximum', 'enum'] as const) {
        if (key in node)
          assert.deepEqual(all[name]![prop]![key], (node as never)[key], `${name}.${prop}`);
      }
    }
  }
  assert.deepEqual([...facts.Section], contract.components.schemas.Section.enum);
});

/** The operation whose body has an e-mail address. */
const RESET = 'requestPasswordReset';

test('an e-mail address passes here exactly when the server accepts it', () => {
  const addresses = [
    'naam@voorbeeld.nl',
    'a.b+c@sub.voorbeeld.nl',
    'naam@voorbeeld',
    'naam..dubbel@voorbeeld.nl',
    'naam@-voorbeeld.nl',
    `naam@${'a'.repeat(70)}.nl`,
    'naam @voorbeeld.nl',
  ];
  for (const email of addresses) {
    const errors = validateRequest(operation(RESET), {
      path: {},
      query: new URLSearchParams(),
      headers: new Headers(),
      body: { username: 'x', email },
      hasBody: true,
    });
    const server = !errors.some((e) => e.field === 'body.email');
    assert.equal(isEmail(email), server, email);
  }
});

test('the body limits are those of the contract: each x-max-body-bytes, and the default', () => {
  const named: Record<string, number> = {};
  for (const item of Object.values(contract.paths) as Record<string, Record<string, unknown>>[])
    for (const op of Object.values(item))
      if (op['x-max-body-bytes'] !== undefined)
        named[op.operationId as string] = op['x-max-body-bytes'] as number;
  assert.deepEqual({ ...facts.bodyLimits }, named);
  assert.equal(facts.bodyLimits.uploadAttachment, 10_485_760);
  assert.equal(facts.defaultBodyLimit, contract['x-max-body-bytes']);
  assert.equal(facts.defaultBodyLimit, 65_536);
});
