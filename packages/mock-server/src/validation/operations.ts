import { contract } from '../generated/contract.js';
import type { ContractOperation, ContractParameter } from './contract-types.js';

/**
 * The body limit when an operation names none in `x-max-body-bytes`: the contract's own
 * `x-max-body-bytes` at its root (65,536 bytes).
 */
export const DEFAULT_MAX_BODY_BYTES = rootBodyLimit(contract['x-max-body-bytes']);

function rootBodyLimit(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new Error('openapi.yaml must name its body limit in x-max-body-bytes at its root');
  }
  return value;
}

const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;

function deref<T>(value: unknown): T {
  const ref = (value as { $ref?: string } | undefined)?.$ref;
  if (!ref) return value as T;
  const parts = ref.replace(/^#\//, '').split('/');
  let node: unknown = contract;
  for (const part of parts)
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return deref<T>(node);
}

/** Every operation of the contract, read once. */
export const operations: ContractOperation[] = Object.entries(contract.paths).flatMap(
  ([path, item]) => {
    const shared = ((item as { parameters?: unknown[] }).parameters ?? []).map((p) =>
      deref<ContractParameter>(p),
    );
    return methods
      .filter((m) => item[m])
      .map((method) => {
        const op = item[method] as Record<string, unknown>;
        const own = ((op.parameters as unknown[] | undefined) ?? []).map((p) =>
          deref<ContractParameter>(p),
        );
        const body = op.requestBody as
          | { required?: boolean; content?: Record<string, { schema?: Record<string, unknown> }> }
          | undefined;
        return {
          operationId: op.operationId as string,
          method: method.toUpperCase(),
          path,
          parameters: [...shared, ...own],
          bodySchema: body?.content?.['application/json']?.schema,
          bodyRequired: Boolean(body?.required),
          bodyMediaTypes: Object.keys(body?.content ?? {}),
          maxBodyBytes: (op['x-max-body-bytes'] as number | undefined) ?? DEFAULT_MAX_BODY_BYTES,
          security:
            (op.security as ContractOperation['security'] | undefined) ??
            (contract as { security?: ContractOperation['security'] }).security ??
            [],
          section: op['x-section'] as string | undefined,
          features: (op['x-features'] as string[] | undefined) ?? [],
          responses: Object.fromEntries(
            Object.entries((op.responses as Record<string, unknown>) ?? {}).map(([s, r]) => [
              s,
              deref<ContractOperation['responses'][string]>(r),
            ]),
          ),
        } satisfies ContractOperation;
      });
  },
);

/** The operation with this id; throws for an unknown id (a programming error). */
export function operation(operationId: string): ContractOperation {
  const found = operations.find((o) => o.operationId === operationId);
  if (!found) throw new Error(`No operation ${operationId} in openapi.yaml`);
  return found;
}

/** Whether the operation requires the session cookie. */
export function needsSession(op: ContractOperation): boolean {
  return op.security.some((s) => 'sessionCookie' in s);
}

/** Whether the operation requires the cross-site request header. */
export function needsPortalRequestHeader(op: ContractOperation): boolean {
  return op.security.some((s) => 'portalRequest' in s);
}
