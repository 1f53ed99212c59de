import type { MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'hono/utils/buffer';
import type { HttpEnv } from './http-env.js';
import { HttpProblemError } from './http-problem.js';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * 401 `unauthorized` unless `Authorization: Bearer <token>` matches, compared in constant time
 * (over SHA-256 digests).
 */
export function requireBearerToken(token: string): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const given = BEARER.exec(c.req.header('authorization') ?? '')?.[1];
    if (given === undefined || !(await timingSafeEqual(given, token))) {
      throw new HttpProblemError({
        status: 401,
        code: 'unauthorized',
        message: 'expected Authorization: Bearer <token> with the configured token',
      });
    }
    await next();
  };
}
