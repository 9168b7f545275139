#!/usr/bin/env node
// The README's commands: `npm run demo`, `npm test`, `npm run bench`. They need only Node: pnpm is taken from
// PATH when it is the pinned version, otherwise run through npx. Then: a frozen install, and the real task.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const pinned = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).packageManager.split('@')[1];
const task = process.argv[2];
const scripts = { demo: 'demo:run', test: 'test:all', bench: 'bench:all' };
if (!scripts[task] && task !== 'summary') {
  console.error(`usage: node tooling/run.mjs ${Object.keys(scripts).join('|')}|summary`);
  process.exit(2);
}

function pnpmCommand() {
  try {
    const version = execFileSync('pnpm', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    if (version.trim() === pinned) return ['pnpm'];
  } catch {}
  return ['npx', '--yes', `pnpm@${pinned}`];
}

function run(argv) {
  const [command, ...args] = argv;
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Sums every package's vitest JSON report into one closing line: `Tests: N passed, N failed, N skipped`. */
function summarizeTests() {
  const totals = { passed: 0, failed: 0, skipped: 0, packages: 0 };
  for (const group of ['packages', 'tooling', 'examples']) {
    const groupDir = new URL(`${group}/`, root);
    if (!existsSync(groupDir)) continue;
    for (const name of readdirSync(groupDir)) {
      const report = new URL(`${group}/${name}/node_modules/.cache/vitest-report.json`, root);
      if (!existsSync(report)) continue;
      const json = JSON.parse(readFileSync(report, 'utf8'));
      totals.passed += json.numPassedTests ?? 0;
      totals.failed += json.numFailedTests ?? 0;
      totals.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
      totals.packages += 1;
    }
  }
  console.log(`\nTests in ${totals.packages} packages:`);
  console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
}

if (task === 'summary') {
  summarizeTests();
  process.exit(0);
}

const pnpm = pnpmCommand();
run([...pnpm, 'install', '--frozen-lockfile', '--prefer-offline']);
run([...pnpm, 'run', scripts[task]]);
if (task === 'test') summarizeTests();
