import { ProblemError } from './problem.js';
import type { ContractOperation } from '../validation/contract-types.js';

/** A request body as read: its bytes, or nothing. */
export interface RawBody {
  bytes: Uint8Array;
  /** The declared media type it was accepted as (lower case, without parameters). */
  mediaType?: string;
}

function tooLarge(op: ContractOperation): ProblemError {
  return new ProblemError(
    413,
    'payload_too_large',
    `The body is larger than ${op.maxBodyBytes} bytes, the limit of this operation.`,
  );
}

/**
 * Reads the body, counting bytes as they arrive and stopping past the operation's limit with
 * `413 payload_too_large`: a large body costs no more memory than the limit, whoever sends it.
 */
export async function readLimited(request: Request, op: ContractOperation): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > op.maxBodyBytes) throw tooLarge(op);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > op.maxBodyBytes) {
      // Not awaited: a cancelled branch of a teed (cloned) body settles only with its twin.
      reader.cancel().catch(() => undefined);
      throw tooLarge(op);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** `type/subtype` and the parameters of a Content-Type value (names lower case, values unquoted). */
function parseMediaType(value: string): { essence: string; params: Map<string, string> } {
  const [essence = '', ...rest] = value.split(';');
  const params = new Map<string, string>();
  for (const part of rest) {
    const [name = '', ...v] = part.split('=');
    params.set(
      name.trim().toLowerCase(),
      v
        .join('=')
        .trim()
        .replace(/^"(.*)"$/, '$1'),
    );
  }
  return { essence: essence.trim().toLowerCase(), params };
}

/** Whether a Content-Type value is one the operation declares; JSON only as UTF-8. */
function accepted(declared: string, value: string): boolean {
  const { essence, params } = parseMediaType(value);
  if (essence !== declared.toLowerCase()) return false;
  if (essence !== 'application/json') return true;
  const charset = params.get('charset');
  const others = [...params.keys()].filter((k) => k !== 'charset');
  return others.length === 0 && (charset === undefined || charset.toLowerCase() === 'utf-8');
}

/**
 * The declared media type a non-empty body is sent as, or `415 unsupported_media_type` when the
 * operation's request body does not list it (or the operation takes no body).
 */
export function acceptedMediaType(request: Request, op: ContractOperation): string {
  const value = request.headers.get('content-type') ?? '';
  const found = op.bodyMediaTypes.find((declared) => accepted(declared, value));
  if (found) return found.toLowerCase();
  const allowed = op.bodyMediaTypes.length
    ? `one of: ${op.bodyMediaTypes.join(', ')}`
    : 'absent: this operation takes no body';
  throw new ProblemError(
    415,
    'unsupported_media_type',
    `The body's Content-Type '${value}' is not accepted; it must be ${allowed}.`,
  );
}

/**
 * Reads a request's body within its limit and checks its media type, before anything else is
 * done with the request (session, validation).
 */
export async function readBody(request: Request, op: ContractOperation): Promise<RawBody> {
  const bytes = await readLimited(request, op);
  if (bytes.byteLength === 0) return { bytes };
  return { bytes, mediaType: acceptedMediaType(request, op) };
}

/** Every string of a parsed JSON value in Unicode NFC, as the contract stores text. */
function toNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfc);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfc(v)]));
  return value;
}

/** The parsed body for the handler: JSON parsed, any other declared media type as its bytes. */
export function parseBody(raw: RawBody): { hasBody: boolean; body: unknown } {
  if (!raw.mediaType) return { hasBody: false, body: undefined };
  if (raw.mediaType !== 'application/json') return { hasBody: true, body: raw.bytes };
  try {
    return {
      hasBody: true,
      body: toNfc(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw.bytes))),
    };
  } catch {
    throw new ProblemError(400, 'validation_failed', 'The body is not valid JSON in UTF-8.', {
      errors: [{ field: 'body', code: 'json', message: 'is not valid JSON' }],
    });
  }
}
