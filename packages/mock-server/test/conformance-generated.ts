// Bad input generated from the contract for every operation, so an operation added later is
// covered without a new case: bad path ids, unknown and mistyped query parameters, missing, extra
// and mistyped body fields, another method, a body too large or of another type, a full request
// budget and an unreachable care record. Each answer must be one the operation documents.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { operations } from '../src/validation/operations.js';
import type { ContractOperation } from '../src/validation/contract-types.js';
import { contract } from '../src/generated/contract.js';
import type { BrowserLikeFetch } from '../src/testing.js';
import { callOp, expectOp, type OpCall } from './conformance-kit.js';
import { setup, signIn } from './helpers.js';

type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string;
  examples?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  maxLength?: number;
};

/** A schema with its `$ref` followed (components only). */
function resolve(schema: Schema | undefined): Schema {
  if (!schema?.$ref) return schema ?? {};
  const name = schema.$ref.split('/').at(-1)!;
  return resolve((contract.components.schemas as Record<string, Schema>)[name]);
}

/** A value of the wrong type for a schema. */
function wrongType(schema: Schema): unknown {
  const type = resolve(schema).type;
  if (type === 'string') return 12345;
  if (type === 'integer' || type === 'number') return 'abc';
  if (type === 'boolean') return 'ja';
  if (type === 'array') return 'x';
  return ['x'];
}

/** Query values a parameter of this schema must refuse. */
function badQueryValues(schema: Schema): string[] {
  const s = resolve(schema);
  if (s.type === 'integer' || s.type === 'number') return ['abc', '1.5e999', '-1'];
  if (s.format === 'date-time') return ['gisteren', '2026-13-45T99:00:00Z'];
  const long = 'x'.repeat((s.maxLength ?? 200) + 1);
  return s.enum || s.pattern ? ['!!', long] : [long];
}

/** Bodies the operation's JSON schema must refuse, from its example (or nothing). */
function badBodies(op: ContractOperation): unknown[] {
  const schema = resolve(op.bodySchema as Schema);
  const valid = (schema.examples?.[0] ?? {}) as Record<string, unknown>;
  const bodies: unknown[] = [{}, [], null, 'text', { ...valid, unknownField: 1 }];
  for (const field of schema.required ?? []) {
    const { [field]: _, ...without } = valid;
    bodies.push(without);
  }
  for (const [field, fieldSchema] of Object.entries(schema.properties ?? {}))
    bodies.push({ ...valid, [field]: wrongType(fieldSchema) });
  return bodies;
}

/** Path values that are valid (the seed's client, an unknown id) for every path parameter. */
function validPath(op: ContractOperation): Record<string, string> {
  return Object.fromEntries(
    op.parameters
      .filter((p) => p.in === 'path')
      .map((p) => [p.name, p.name === 'clientId' ? 'cl-noah' : 'id-1']),
  );
}

let keys = 0;
/** A fresh Idempotency-Key when the operation takes one. */
const headersFor = (op: ContractOperation): Record<string, string> =>
  op.parameters.some((p) => p.name === 'Idempotency-Key')
    ? { 'Idempotency-Key': `generated-${++keys}-key` }
    : {};

async function badInput(browser: BrowserLikeFetch, op: ContractOperation) {
  const path = validPath(op);
  const send = (req: OpCall) =>
    callOp(browser, op.operationId, { path, headers: headersFor(op), ...req });
  for (const name of Object.keys(path))
    for (const bad of ['bad id!', 'x'.repeat(65), '..', 'ü'])
      await send({ path: { ...path, [name]: bad } });
  await expectOp(browser, op.operationId, 400, {
    path,
    headers: headersFor(op),
    query: { zzz: '1' },
  });
  for (const p of op.parameters.filter((x) => x.in === 'query'))
    for (const value of badQueryValues(p.schema as Schema))
      await send({ query: { [p.name]: value } });
  if (op.bodySchema) {
    for (const body of badBodies(op)) await send({ body });
    await send({ raw: { body: '{"not json', type: 'application/json' } });
  }
}

async function refusedBeforeWork(browser: BrowserLikeFetch, op: ContractOperation) {
  const path = validPath(op);
  const req = { path, headers: headersFor(op) };
  await expectOp(browser, op.operationId, 405, { ...req, method: 'PATCH' });
  if (op.method === 'GET') return;
  const big = 'x'.repeat(op.maxBodyBytes + 1);
  await expectOp(browser, op.operationId, 413, {
    ...req,
    raw: { body: big, type: 'application/json' },
  });
  await expectOp(browser, op.operationId, 415, { ...req, raw: { body: '{}', type: 'text/plain' } });
}

/** One test per operation of the contract. */
export function generatedCases() {
  it('PATCH is a method of no path (it stands for a method a path lacks)', () => {
    assert.deepEqual(
      operations.filter((o) => o.method === 'PATCH'),
      [],
    );
  });
  for (const op of operations) {
    it(`${op.operationId}: generated bad input gets only documented answers`, async () => {
      const { backend, browser } = setup({ random: () => 0 });
      await signIn(backend, browser, 's.devries');
      await badInput(browser, op);
      await refusedBeforeWork(browser, op);
      const req = { path: validPath(op), headers: headersFor(op) };
      backend.setScenario({ failureRate: 1 });
      await expectOp(browser, op.operationId, 503, req);
      backend.setScenario({ failureRate: 0 });
      backend.db.settings.requestsPerMinute = 0;
      const limited = await expectOp(browser, op.operationId, 429, req);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
    });
  }
}
