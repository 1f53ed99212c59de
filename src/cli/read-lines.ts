// The command line reads batch input with the same splitter as the HTTP service (web types only).
export { readByteLines as readLines } from '../batch/read-byte-lines.js';
export type { BatchLine as InputLine } from '../batch/answer-batch-line.js';
