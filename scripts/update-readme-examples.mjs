#!/usr/bin/env node
// Re-renders the worked examples in README.md from the built CLI. An example is a
// `<!-- example: <case file> -->` marker followed by a ```text block that starts with the command.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readmePath = `${root}README.md`;
export const EXAMPLE = /<!-- example: (\S+) -->\n```text\n\$ dispute-triage triage \1\n([\s\S]*?)```/g;

const readme = readFileSync(readmePath, 'utf8');
const updated = readme.replace(EXAMPLE, (_, file) => {
  const output = execFileSync(process.execPath, [`${root}dist/cli.js`, 'triage', file], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return `<!-- example: ${file} -->\n\`\`\`text\n$ dispute-triage triage ${file}\n${output}\`\`\``;
});
writeFileSync(readmePath, updated);
console.log(`updated ${[...readme.matchAll(EXAMPLE)].length} examples`);
