// Past this many cells the middle of a diff is shown as one removed and one added block: a
// golden that different needs a full rewrite anyway, and the table must not eat the memory.
const MAX_CELLS = 4_000_000;
const CONTEXT = 3;

type Op = { kind: ' ' | '-' | '+'; line: string };

function middleOps(a: readonly string[], b: readonly string[]): Op[] {
  if (a.length * b.length > MAX_CELLS)
    return [...a.map((line) => ({ kind: '-' as const, line })), ...b.map((line) => ({ kind: '+' as const, line }))];
  // Longest common subsequence, filled from the end so the walk below goes forwards.
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i++]! });
      j++;
    } else if (j < b.length && (i === a.length || table[i * width + j + 1]! > table[(i + 1) * width + j]!))
      ops.push({ kind: '+', line: b[j++]! });
    else ops.push({ kind: '-', line: a[i++]! });
  }
  return ops;
}

/**
 * A unified-style line diff from `expected` to `actual`: `-` lines only in expected, `+` lines
 * only in actual, three lines of context, `@@ line N @@` before each hunk. Empty when equal.
 */
export function diffLines(expected: string, actual: string): string {
  if (expected === actual) return '';
  const a = expected.split('\n');
  const b = actual.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const ops: Op[] = [
    ...a.slice(0, start).map((line) => ({ kind: ' ' as const, line })),
    ...middleOps(a.slice(start, a.length - end), b.slice(start, b.length - end)),
    ...a.slice(a.length - end).map((line) => ({ kind: ' ' as const, line })),
  ];
  const show = new Array<boolean>(ops.length).fill(false);
  ops.forEach((op, k) => {
    if (op.kind === ' ') return;
    for (let c = Math.max(0, k - CONTEXT); c <= Math.min(ops.length - 1, k + CONTEXT); c++) show[c] = true;
  });
  const out = ['- expected', '+ actual'];
  let line = 1;
  let gap = true;
  ops.forEach((op, k) => {
    if (show[k]) {
      if (gap) out.push(`@@ line ${line} @@`);
      out.push(`${op.kind} ${op.line}`);
    }
    gap = !show[k];
    if (op.kind !== '+') line++;
  });
  return out.join('\n');
}
