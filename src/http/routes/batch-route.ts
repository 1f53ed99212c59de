import type { Hono } from 'hono';
import { answerBatchLines } from '../../batch/answer-batch-lines.js';
import { readByteLines } from '../../batch/read-byte-lines.js';
import type { CreateHttpHandlerOptions } from '../http-handler-options.js';
import type { HttpEnv, ResolvedLimits } from '../http-env.js';
import { requireContentType } from '../read-json-body.js';
import { streamChunks } from '../stream-chunks.js';

const NDJSON_TYPE = /^application\/(?:x-)?ndjson\s*(?:;|$)/i;

/**
 * POST /v1/triage/batch: NDJSON in, NDJSON out, streamed both ways. The next input line is read
 * only when the client has taken the answers before it (pull-based), so a slow reader holds the
 * writer back and memory stays flat; a client that goes away cancels the reading.
 */
export function addBatchRoute(app: Hono<HttpEnv>, options: CreateHttpHandlerOptions, limits: ResolvedLimits): void {
  app.post('/v1/triage/batch', (c) => {
    requireContentType(c.req.raw, NDJSON_TYPE, 'application/x-ndjson');
    const body = c.req.raw.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
    const lines = readByteLines(streamChunks(body), limits.maxBodyBytes);
    const answers = answerBatchLines(c.get('triage'), lines, {
      maxLineBytes: limits.maxBodyBytes,
      concurrency: limits.batchConcurrency,
    });
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await answers.next();
          if (next.done) return controller.close();
          if (next.value.result)
            options.metrics?.recordTriage({
              scenario: next.value.result.scenario,
              severity: next.value.result.severity,
            });
          controller.enqueue(encoder.encode(next.value.text));
        } catch (error) {
          // The request body failed (the client went away): end the answer too.
          controller.error(error);
        }
      },
      async cancel() {
        await answers.return(undefined);
      },
    });
    return c.body(stream, 200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
  });
}
