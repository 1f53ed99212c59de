import { HttpProblemError } from './http-problem.js';
import { nestsDeeperThan } from './measure-json-depth.js';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Answers 415 unless the request's content type is one of `accepted` (parameters such as charset allowed). */
export function requireContentType(request: Request, accepted: RegExp, expected: string): void {
  const type = request.headers.get('content-type') ?? '';
  if (!accepted.test(type)) {
    const found = type === '' ? 'no content type' : JSON.stringify(type);
    throw new HttpProblemError({
      status: 415,
      code: 'unsupported_media_type',
      message: `expected ${expected}; found ${found}`,
    });
  }
}

function tooLarge(maxBytes: number): HttpProblemError {
  return new HttpProblemError({
    status: 413,
    code: 'too_large',
    message: `expected a body of at most ${maxBytes} bytes; found a larger one`,
  });
}

/** Reads the body, stopping (and answering 413) as soon as it exceeds `maxBytes`, whatever Content-Length says. */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/**
 * Reads a JSON request body within the limits: 415 for another content type, 413 when too large or
 * too deeply nested, 400 `malformed_json` when it is not UTF-8 JSON.
 */
export async function readJsonBody(
  request: Request,
  limits: { maxBodyBytes: number; maxJsonDepth: number },
): Promise<unknown> {
  requireContentType(request, JSON_TYPE, 'application/json');
  const bytes = await readLimitedBody(request, limits.maxBodyBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpProblemError({
      status: 400,
      code: 'malformed_json',
      message: 'expected UTF-8 text; found invalid byte sequences',
    });
  }
  if (nestsDeeperThan(text, limits.maxJsonDepth)) {
    throw new HttpProblemError({
      status: 413,
      code: 'too_large',
      message: `expected JSON nested at most ${limits.maxJsonDepth} levels deep; found deeper nesting`,
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpProblemError({
      status: 400,
      code: 'malformed_json',
      message: `expected JSON; ${(error as Error).message}`,
    });
  }
}
