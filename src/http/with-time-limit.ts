import { HttpProblemError } from './http-problem.js';

/**
 * Waits for `work` at most `ms` milliseconds, then answers 503 `timeout`. The engine's own work is
 * synchronous and bounded by the case limits; this bounds everything a request waits on.
 */
export async function withTimeLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new HttpProblemError({
            status: 503,
            code: 'timeout',
            message: `expected an answer within ${ms} ms; the limit was reached`,
          }),
        ),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
