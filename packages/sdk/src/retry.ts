import { ApiError, parseRetryAfter, toTransportError } from './errors.js';

/** How failed calls are tried again. */
export interface RetryOptions {
  /** Tries after the first one (default 3). */
  retries?: number;
  /** The first backoff delay in ms, doubled per try (default 300). */
  baseDelayMs?: number;
  /** The longest wait in ms; a `Retry-After` longer than this is not waited for (default 10 000). */
  maxDelayMs?: number;
  /** The random source for jitter (tests pass a fixed one). */
  random?: () => number;
}

/** The fetch signature openapi-fetch calls. */
export type RequestFetch = (request: Request) => Promise<Response>;

const abortError = () =>
  new ApiError({ status: 0, code: 'aborted', title: 'The request was aborted' });

/** Waits `ms`, or rejects at once with an `aborted` error when the signal fires. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs one try, ending it at once on abort even if the underlying fetch ignores the signal. */
function attempt(fetchFn: RequestFetch, request: Request): Promise<Response> {
  const { signal } = request;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    fetchFn(request).then(
      (response) => {
        signal.removeEventListener('abort', onAbort);
        resolve(response);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(signal.aborted ? abortError() : toTransportError(error));
      },
    );
  });
}

/** Only a read or a keyed call can be sent twice without doing something twice. */
export function isRetrySafe(request: Request): boolean {
  return (
    request.method === 'GET' || request.method === 'HEAD' || request.headers.has('Idempotency-Key')
  );
}

const retryableStatus = (status: number) => status === 429 || status >= 500;

/** The wait before try `n` (0-based): exponential, capped, with "equal jitter". */
export function backoffDelay(n: number, base: number, max: number, random: () => number): number {
  const cap = Math.min(max, base * 2 ** n);
  return cap / 2 + (random() * cap) / 2;
}

/**
 * Wraps a fetch with retries for network errors, 5xx and 429, on safe or keyed calls only.
 * `Retry-After` (429, 503) sets the wait; one longer than `maxDelayMs` ends the retries so the
 * caller can show it. Each try gets a clone of the request, so its body survives.
 */
export function withRetry(fetchFn: RequestFetch, options: RetryOptions = {}): RequestFetch {
  const retries = options.retries ?? 3;
  const base = options.baseDelayMs ?? 300;
  const max = options.maxDelayMs ?? 10_000;
  const random = options.random ?? Math.random;
  return async (request) => {
    const canRetry = isRetrySafe(request);
    for (let n = 0; ; n++) {
      const last = !canRetry || n >= retries;
      let response: Response;
      try {
        response = await attempt(fetchFn, last ? request : request.clone());
      } catch (error) {
        if (last || (error instanceof ApiError && error.code === 'aborted')) throw error;
        await sleep(backoffDelay(n, base, max, random), request.signal);
        continue;
      }
      if (last || !retryableStatus(response.status)) return response;
      const wait = waitFor(response, n, { base, max, random });
      if (wait === undefined) return response;
      await response.body?.cancel();
      await sleep(wait, request.signal);
    }
  };
}

/** How long to wait after a retryable answer, or undefined when its `Retry-After` is too long. */
function waitFor(
  response: Response,
  n: number,
  o: { base: number; max: number; random: () => number },
): number | undefined {
  const honoured = response.status === 429 || response.status === 503;
  const seconds = honoured ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
  if (seconds === undefined) return backoffDelay(n, o.base, o.max, o.random);
  const ms = seconds * 1000;
  return ms > o.max ? undefined : ms;
}
