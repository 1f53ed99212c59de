/** One input line: its 1-based number and its text, or why it has none. */
export type InputLine = { number: number; text: string } | { number: number; problem: 'too_long' | 'invalid_utf8' };

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines (LF or CRLF; a last line without a newline counts) and decodes
 * each as strict UTF-8 (a byte-order mark is dropped). A line longer than `maxBytes` is skipped
 * without being held in memory and reported as `too_long`, so one huge line cannot exhaust it.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): InputLine => {
    number += 1;
    if (tooLong) return { number, problem: 'too_long' };
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return { number, text: decoder.decode(bytes) };
    } catch {
      return { number, problem: 'invalid_utf8' };
    }
  };
  const reset = () => {
    parts = [];
    size = 0;
    tooLong = false;
  };
  const append = (piece: Buffer) => {
    if (tooLong || piece.length === 0) return;
    size += piece.length;
    if (size > maxBytes) {
      tooLong = true;
      parts = [];
    } else parts.push(piece);
  };
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let end = buffer.indexOf(NEWLINE, start); end !== -1; end = buffer.indexOf(NEWLINE, start)) {
      append(buffer.subarray(start, end));
      yield finish();
      reset();
      start = end + 1;
    }
    // Copy the tail: the stream may reuse its buffer for the next chunk.
    append(Buffer.from(buffer.subarray(start)));
  }
  if (size > 0 || tooLong) yield finish();
}
