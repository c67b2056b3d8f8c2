// The `hostile` seed: every free text of every JSON answer carries a payload. Which strings are
// free text comes from the operation's response schema in the contract, so texts added to the
// contract later are covered without a change here.
import { HttpResponse } from 'msw';
import { contract } from '../generated/contract.js';
import { operations } from '../validation/operations.js';
import type { ContractOperation } from '../validation/contract-types.js';
import { payloads } from './payloads.js';

type Schema = Record<string, unknown>;

/**
 * Strings that identify something or that the client sends back (ids, cursors, codes, versions,
 * field names of errors): changing them would break the portal, not test it. Everything else
 * that the contract types as a plain string (no enum, const or format; a pattern only when the
 * payload matches it) is a text a person reads.
 */
export const KEPT_PROPERTY =
  /^(id|.+Id|.+Ids|nextCursor|cursor|code|token|version|termsVersion|field|type|instance|timeZone|username|prefix|.*[Pp]assword)$/;

function deref(schema: unknown): Schema {
  let node = (schema ?? {}) as Schema;
  while (typeof node.$ref === 'string') {
    let target: unknown = contract;
    for (const part of node.$ref.replace(/^#\//, '').split('/'))
      target = (target as Record<string, unknown>)[part];
    node = (target ?? {}) as Schema;
  }
  return node;
}

const types = (s: Schema) => (Array.isArray(s.type) ? (s.type as string[]) : [s.type as string]);

/** The branch of a oneOf/anyOf (or the merge of an allOf) that describes this value. */
function resolve(schema: unknown, value: unknown): Schema {
  const s = deref(schema);
  if (Array.isArray(s.allOf)) {
    const parts = (s.allOf as unknown[]).map((p) => resolve(p, value));
    const properties = Object.assign({}, ...parts.map((p) => p.properties ?? {}));
    return { ...Object.assign({}, ...parts), ...s, allOf: undefined, properties };
  }
  const branches = (s.oneOf ?? s.anyOf) as unknown[] | undefined;
  if (!branches) return s;
  const scored = branches.map((b) => resolve(b, value));
  const keys = value && typeof value === 'object' ? Object.keys(value) : [];
  const score = (b: Schema) =>
    keys.filter((k) => k in ((b.properties as Schema) ?? {})).length +
    (types(b).includes(Array.isArray(value) ? 'array' : typeof value) ? 1 : 0);
  return scored.reduce((best, b) => (score(b) > score(best) ? b : best));
}

function isFreeText(s: Schema): boolean {
  return types(s).includes('string') && !s.enum && s.const === undefined && !s.format;
}

function fits(s: Schema, text: string): boolean {
  const length = [...text].length;
  if (typeof s.maxLength === 'number' && length > s.maxLength) return false;
  if (typeof s.minLength === 'number' && length < s.minLength) return false;
  return typeof s.pattern !== 'string' || new RegExp(s.pattern, 'u').test(text);
}

/** Walks one answer, handing out the payloads in turn from `next`. */
class Walker {
  constructor(private next: number) {}

  value(schema: unknown, value: unknown, key: string): unknown {
    const s = resolve(schema, value);
    if (Array.isArray(value)) return value.map((v) => this.value(s.items, v, key));
    if (value && typeof value === 'object') {
      const properties = (s.properties ?? {}) as Schema;
      const extra = typeof s.additionalProperties === 'object' ? s.additionalProperties : {};
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, this.value(properties[k] ?? extra, v, k)]),
      );
    }
    if (typeof value !== 'string' || !isFreeText(s) || KEPT_PROPERTY.test(key)) return value;
    return this.text(s, value);
  }

  private text(s: Schema, original: string): string {
    for (let i = 0; i < payloads.length; i++) {
      const { text } = payloads[(this.next + i) % payloads.length]!;
      const found = [`${text} ${original}`, text].find((t) => fits(s, t));
      if (found !== undefined) {
        this.next += i + 1;
        return found;
      }
    }
    return original;
  }
}

const matchers = operations
  .map((op) => ({
    op,
    params: (op.path.match(/\{/g) ?? []).length,
    pattern: new RegExp(`${op.path.replace(/\{\w+\}/g, '[^/]+')}$`),
  }))
  .sort((a, b) => a.params - b.params);

/** The contract's operation for a request, matched on method and the path's end. */
export function operationOf(method: string, pathname: string): ContractOperation | undefined {
  return matchers.find((m) => m.op.method === method && m.pattern.test(pathname))?.op;
}

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

/** The body with a payload in every free text, as the contract's schema for this answer sees it. */
export function hostileBody(op: ContractOperation, status: number, type: string, body: unknown) {
  const schema = op.responses[String(status)]?.content?.[type]?.schema;
  if (!schema) return body;
  return new Walker(hash(op.operationId)).value(schema, body, '');
}

/** The answer with hostile texts; answers without a JSON body pass unchanged. */
export async function hostileResponse(request: Request, response: Response): Promise<Response> {
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const op = operationOf(request.method, new URL(request.url).pathname);
  if (!op || !type.endsWith('json') || response.status === 204) return response;
  const body = hostileBody(op, response.status, type, await response.clone().json());
  return new HttpResponse(JSON.stringify(body), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
