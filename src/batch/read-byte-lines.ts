import type { BatchLine } from './answer-batch-line.js';

const NEWLINE = 0x0a;

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Splits a stream of bytes into batch lines, as `readLines` does for the command line but with web
 * types only (`Uint8Array`, `TextDecoder`), so it runs in workers: LF or CRLF; a last line without a
 * newline counts; strict UTF-8 with a byte-order mark dropped; a line longer than `maxBytes` is
 * skipped without being held and reported as `too_long`.
 *
 * @example
 * for await (const line of readByteLines(request.body!, 1024 * 1024)) console.log(line.number);
 */
export async function* readByteLines(stream: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<BatchLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): BatchLine => {
    number += 1;
    const problem = tooLong;
    let bytes = concat(parts, size);
    parts = [];
    size = 0;
    tooLong = false;
    if (problem) return { number, problem: 'too_long' };
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return { number, text: decoder.decode(bytes) };
    } catch {
      return { number, problem: 'invalid_utf8' };
    }
  };
  const append = (piece: Uint8Array) => {
    if (tooLong || piece.length === 0) return;
    size += piece.length;
    if (size > maxBytes) {
      tooLong = true;
      parts = [];
    } else parts.push(piece);
  };
  for await (const chunk of stream) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE, start); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      append(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    // Copy the tail: the stream may reuse its buffer for the next chunk.
    append(chunk.slice(start));
  }
  if (size > 0 || tooLong) yield finish();
}
