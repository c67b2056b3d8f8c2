import { ProblemError } from './problem.js';
import { operations } from '../validation/operations.js';

const pathPatterns = [...new Set(operations.map((o) => o.path))].map((path) => ({
  path,
  pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/** The methods the contract has for a path under the API (`/session`), or none for no such path. */
export function allowedMethods(apiPath: string): string[] {
  const paths = pathPatterns.filter((p) => p.pattern.test(apiPath)).map((p) => p.path);
  return operations.filter((o) => paths.includes(o.path)).map((o) => o.method);
}

/** `405 method_not_allowed` with `Allow` for a path the contract has with other methods. */
export function methodNotAllowed(method: string, allow: string[]): ProblemError {
  return new ProblemError(
    405,
    'method_not_allowed',
    `${method} is not a method of this path; it has ${allow.join(', ')}.`,
    {},
    { Allow: allow.join(', ') },
  );
}

/** The operation a method and API path call, if the contract has it. */
export function operationFor(method: string, apiPath: string) {
  const paths = pathPatterns.filter((p) => p.pattern.test(apiPath)).map((p) => p.path);
  return operations.find((o) => o.method === method.toUpperCase() && paths.includes(o.path));
}
