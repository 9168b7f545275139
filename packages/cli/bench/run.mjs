// `pnpm bench`: whole-process wall time of sl and slcli, same run, same emulator (median of several runs).
// Not a test: it prints a markdown table (the README's "Performance" table comes from it).
// The emulator runs in a child process: the clients are timed with spawnSync, which would block an in-process one.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SL = fileURLToPath(new URL('../dist/bin/bin.cjs', import.meta.url));
const EMULATOR = createRequire(import.meta.url)
  .resolve('@sl/emulator/package.json')
  .replace(/package\.json$/, 'dist/cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const BIG_RUNS = Number(process.env.BENCH_BIG_RUNS ?? 3);
const BIG_GUESTS = Number(process.env.BENCH_GUESTS ?? 100_000);

function startEmulator(extra) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [EMULATOR, '--port', '0', '--rate-limit', '0', ...extra], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const found = /\[softlayer\]\nusername = .*\napi_key = .*\nendpoint_url = .*\n/.exec(text);
      if (!found) return;
      const config = join(mkdtempSync(join(tmpdir(), 'sl-bench-')), 'softlayer.cfg');
      writeFileSync(config, found[0]);
      resolve({ config, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`the emulator exited (${code})`)));
  });
}

function wallMs(file, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${file} ${args.join(' ')} failed: ${result.stderr}`);
  return ms;
}

/** Median and fastest of a list of times (the fastest is the least disturbed by other load on the machine). */
function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0] };
}
const NONE = { median: Number.NaN, min: Number.NaN };

const hasSlcli = spawnSync('slcli', ['--version'], { stdio: 'ignore' }).status === 0;
/** `runs` of each command, taken in turns so that a burst of load on the machine hits both alike. */
function interleaved(commands, runs) {
  const times = commands.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const [index, [file, args]] of commands.entries()) times[index].push(wallMs(file, args));
  }
  return times.map(summary);
}
const both = (args, runs) =>
  hasSlcli
    ? interleaved(
        [
          [process.execPath, [SL, ...args]],
          ['slcli', args],
        ],
        runs,
      )
    : [interleaved([[process.execPath, [SL, ...args]]], runs)[0], NONE];
const rows = [];

const small = await startEmulator([]);
try {
  const zoneList = ['--config', small.config, '--format', 'json', 'dns', 'zone-list'];
  rows.push(['sl --format json dns zone-list', ...both(zoneList, RUNS)]);
  rows.push(['sl --help', ...both(['--help'], RUNS)]);
  rows.push(['node -e 0 (a bare Node start)', interleaved([[process.execPath, ['-e', '0']]], RUNS)[0], NONE]);
} finally {
  small.stop();
}

const big = await startEmulator(['--guests', String(BIG_GUESTS)]);
try {
  const args = [
    '--config',
    big.config,
    '--format',
    'json',
    'call-api',
    'Account',
    'getVirtualGuests',
    '--mask',
    'id,hostname',
  ];
  rows.push([
    `sl call-api Account getVirtualGuests --mask id,hostname (${BIG_GUESTS} guests)`,
    ...both(args, BIG_RUNS),
  ]);
} finally {
  big.stop();
}

const ms = (value) => (Number.isNaN(value) ? '–' : `${value.toFixed(0)} ms`);
const ratio = (sl, slcli) => (Number.isNaN(slcli) ? '–' : `${(sl / slcli).toFixed(2)}×`);
console.log('| command | sl median (fastest) | slcli median (fastest) | sl / slcli median (fastest) |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, sl, slcli] of rows) {
  console.log(
    `| \`${name}\` | ${ms(sl.median)} (${ms(sl.min)}) | ${ms(slcli.median)} (${ms(slcli.min)}) | ` +
      `${ratio(sl.median, slcli.median)} (${ratio(sl.min, slcli.min)}) |`,
  );
}
