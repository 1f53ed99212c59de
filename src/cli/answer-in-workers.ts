import type { BatchWorkerData, ChunkAnswer } from './batch-worker-types.js';
import type { InputLine } from './read-lines.js';

/** Lines per task handed to a worker: large enough that messaging costs little per case. */
const CHUNK_LINES = 64;
/** Bytes of input per task at most, so a chunk of long lines stays small too. */
const CHUNK_BYTES = 512 * 1024;
/** Tasks in flight per worker: enough to keep each busy while the main thread reads and writes. */
const TASKS_PER_WORKER = 3;

export interface AnswerInWorkersOptions {
  workers: number;
  workerData: BatchWorkerData;
}

/**
 * Answers lines on a pool of worker threads (piscina), `CHUNK_LINES` lines per task, and hands the
 * chunks' answers to `write` in input order. At most `TASKS_PER_WORKER` tasks per worker are in
 * flight and the next chunk is only read once `write` has finished (it waits for a slow reader of
 * standard output), so memory stays flat whatever the input's length.
 *
 * @example
 * await answerInWorkers(readLines(stream, max), { workers: 2, workerData }, (chunk) => writeOut(chunk.text));
 */
export async function answerInWorkers(
  lines: AsyncIterable<InputLine>,
  options: AnswerInWorkersOptions,
  write: (chunk: ChunkAnswer) => Promise<void>,
): Promise<void> {
  // Loaded here, not at start-up: `triage` and the single-process batch never pay for it.
  const { Piscina } = await import('piscina');
  const pool = new Piscina<readonly InputLine[], ChunkAnswer>({
    filename: new URL('./batch-worker.js', import.meta.url).href,
    minThreads: options.workers,
    maxThreads: options.workers,
    idleTimeout: 1000,
    workerData: options.workerData,
  });
  const inFlight: Array<Promise<ChunkAnswer>> = [];
  const limit = options.workers * TASKS_PER_WORKER;
  const submit = (chunk: InputLine[]) => {
    const task = pool.run(chunk);
    task.catch(() => undefined); // awaited in order below; no unhandled rejection meanwhile
    inFlight.push(task);
  };
  try {
    let chunk: InputLine[] = [];
    let bytes = 0;
    for await (const line of lines) {
      chunk.push(line);
      bytes += 'text' in line ? line.text.length : 0;
      if (chunk.length < CHUNK_LINES && bytes < CHUNK_BYTES) continue;
      submit(chunk);
      chunk = [];
      bytes = 0;
      if (inFlight.length >= limit) await write(await inFlight.shift()!);
    }
    if (chunk.length > 0) submit(chunk);
    while (inFlight.length > 0) await write(await inFlight.shift()!);
  } finally {
    await pool.destroy();
  }
}
