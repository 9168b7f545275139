#!/usr/bin/env node
// The README's commands: `npm run demo`, `npm test`, `npm run bench`. They need only Node: pnpm is taken from
// PATH when it is the pinned version, otherwise run through npx. Then: a frozen install, and the real task.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const pinned = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).packageManager.split('@')[1];
const task = process.argv[2];
const scripts = { demo: 'demo:run', test: 'test:all', bench: 'bench:all' };
if (!scripts[task]) {
  console.error(`usage: node tooling/run.mjs ${Object.keys(scripts).join('|')}`);
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

const pnpm = pnpmCommand();
run([...pnpm, 'install', '--frozen-lockfile', '--prefer-offline']);
run([...pnpm, 'run', scripts[task]]);
