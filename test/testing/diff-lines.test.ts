import { describe, expect, it } from 'vitest';
import { diffLines } from '../../src/testing/diff-lines.js';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);

describe('diffLines', () => {
  it('is empty for equal texts', () => {
    expect(diffLines('a\nb', 'a\nb')).toBe('');
  });

  it('shows removed before added lines with three lines of context and the expected line number', () => {
    const expected = lines(20);
    const actual = [...expected];
    actual[9] = 'line ten';
    expect(diffLines(expected.join('\n'), actual.join('\n'))).toBe(
      [
        '- expected',
        '+ actual',
        '@@ line 7 @@',
        '  line 7',
        '  line 8',
        '  line 9',
        '- line 10',
        '+ line ten',
        '  line 11',
        '  line 12',
        '  line 13',
      ].join('\n'),
    );
  });

  it('starts a new hunk for changes far apart', () => {
    const expected = lines(30);
    const actual = expected.filter((l) => l !== 'line 3' && l !== 'line 25');
    expect(diffLines(expected.join('\n'), actual.join('\n')).match(/^@@ line \d+ @@$/gm)).toEqual([
      '@@ line 1 @@',
      '@@ line 22 @@',
    ]);
  });
});
