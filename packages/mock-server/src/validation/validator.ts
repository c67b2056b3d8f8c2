import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { contract } from '../generated/contract.js';
import type { FieldError } from '../core/problem.js';
import type { ContractOperation, ContractParameter } from './contract-types.js';

type Schema = Record<string, unknown>;

function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [
        k,
        k === '$ref' && typeof v === 'string' ? v.replace(/^#\//, 'contract#/') : rewriteRefs(v),
      ]),
    );
  }
  return node;
}

function createAjv(coerceTypes: boolean) {
  // The OpenAPI keywords `examples`, `contentMediaType` and the like are not validation keywords.
  const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes, validateFormats: true });
  // ajv-formats is CommonJS: its function is the default export in Node and the module in bundlers.
  const install =
    (addFormats as unknown as { default?: (a: unknown) => void }).default ?? addFormats;
  (install as unknown as (a: unknown) => void)(ajv);
  ajv.addSchema({ $id: 'contract', components: rewriteRefs(contract.components) } as Schema);
  return ajv;
}

const bodyAjv = createAjv(false);
const paramAjv = createAjv(true);
const cache = new Map<string, ValidateFunction>();

function compiled(ajv: typeof bodyAjv, key: string, schema: unknown): ValidateFunction {
  let fn = cache.get(key);
  if (!fn) {
    fn = ajv.compile(rewriteRefs(schema) as Schema);
    cache.set(key, fn);
  }
  return fn;
}

function toFieldErrors(where: string, errors: ErrorObject[] | null | undefined): FieldError[] {
  return (errors ?? []).map((e) => {
    const path = e.instancePath.split('/').filter(Boolean);
    const params = e.params as { missingProperty?: string; additionalProperty?: string };
    if (params.missingProperty) path.push(params.missingProperty);
    if (params.additionalProperty) path.push(params.additionalProperty);
    return {
      field: [where, ...path].join('.'),
      code: e.keyword,
      message: e.message ?? 'is not valid',
    };
  });
}

function paramsSchema(params: ContractParameter[]): Schema {
  return {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name.toLowerCase(), p.schema ?? {}])),
    required: params.filter((p) => p.required).map((p) => p.name.toLowerCase()),
  };
}

/** What a request brought, already split by location. */
export interface RequestParts {
  path: Record<string, string>;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
  hasBody: boolean;
}

/** Validates a request against its operation; returns the field errors (none when valid). */
export function validateRequest(op: ContractOperation, parts: RequestParts): FieldError[] {
  const errors: FieldError[] = [];
  for (const where of ['path', 'query', 'header'] as const) {
    const params = op.parameters.filter((p) => p.in === where);
    const values: Record<string, unknown> = {};
    for (const p of params) {
      const name = p.name.toLowerCase();
      const raw =
        where === 'path'
          ? parts.path[p.name]
          : where === 'query'
            ? parts.query.get(p.name)
            : parts.headers.get(p.name);
      if (raw !== null && raw !== undefined) values[name] = raw;
    }
    const validate = compiled(paramAjv, `${op.operationId}:${where}`, paramsSchema(params));
    if (!validate(values)) errors.push(...toFieldErrors(where, validate.errors));
    if (where === 'query') {
      const known = new Set(params.map((p) => p.name));
      for (const name of parts.query.keys()) {
        if (!known.has(name))
          errors.push({
            field: `query.${name}`,
            code: 'unknown',
            message: 'is not a parameter of this operation',
          });
      }
    }
  }
  if (op.bodySchema) {
    if (!parts.hasBody) {
      if (op.bodyRequired)
        errors.push({ field: 'body', code: 'required', message: 'a JSON body is required' });
    } else {
      const validate = compiled(bodyAjv, `${op.operationId}:body`, op.bodySchema);
      if (!validate(parts.body)) errors.push(...toFieldErrors('body', validate.errors));
    }
  }
  return errors;
}

/** Validates a response body against the contract; returns the errors (none when valid). */
export function validateResponse(
  op: ContractOperation,
  status: number,
  contentType: string | null,
  body: unknown,
): string[] {
  const response = op.responses[String(status)];
  if (!response) return [`status ${status} is not documented for ${op.operationId}`];
  const content = response.content;
  if (!content)
    return body === undefined || body === '' ? [] : ['the response should have no body'];
  const type = (contentType ?? '').split(';')[0]!.trim();
  const media = content[type];
  if (!media) return [`content type ${type} is not documented for ${op.operationId} ${status}`];
  // Files (PDF, photos) are bytes: the schema only names their media type.
  if (type === 'application/pdf' || type.startsWith('image/')) return [];
  const validate = compiled(
    bodyAjv,
    `${op.operationId}:response:${status}:${type}`,
    media.schema ?? {},
  );
  return validate(body)
    ? []
    : toFieldErrors('response', validate.errors).map((e) => `${e.field} ${e.message}`);
}
