/**
 * Benchmark: our client vs the reference Python client (python3-softlayer) against the same canned local
 * XML-RPC server (its own process). Prints a table with same-run ratios. Run: `pnpm --filter @sl/client bench`.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiKeyAuth } from '@sl/auth';
import { DEBIAN_PYTHON, hasReferenceClient } from '@sl/test-kit';
import { createXmlRpcTransport } from '@sl/transport';
import { createClient } from '../src/index';

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const TOTAL = 10_000;
const LATENCY_MS = 2;
// The reference's own threaded pager (cf_call, HEAD only) uses 10 workers; we compare at the same width.
const here = dirname(fileURLToPath(import.meta.url));

async function startServer(delayMs: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(here, 'canned-server.mjs'), String(delayMs), String(TOTAL)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`canned server exited with ${code}`)));
  });
  return { url, child };
}

/** Runs a Python script that prints seconds (wall, then optionally CPU) on one line; resolves the first. */
function python(script: string, url: string): Promise<number> {
  return pythonNumbers(script, url).then((numbers) => numbers[0] ?? Number.NaN);
}

function pythonNumbers(script: string, url: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    execFile(
      DEBIAN_PYTHON,
      ['-c', script, url],
      {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/nonexistent', NO_PROXY: '*' },
        timeout: 600_000,
      },
      (error, stdout, stderr) =>
        error ? reject(new Error(stderr, { cause: error })) : resolve(stdout.trim().split(/\s+/).map(Number)),
    );
  });
}

const PY_PRELUDE = `
import sys, time, SoftLayer
client = SoftLayer.create_client_from_env(username='SL123456', api_key='k', endpoint_url=sys.argv[1])
client.call('Account', 'getObject')
`;
const PY_CALLS = `${PY_PRELUDE}
start, cpu = time.perf_counter(), time.process_time()
for _ in range(${CALLS}):
    client.call('Account', 'getObject')
print(time.perf_counter() - start, time.process_time() - cpu)
`;
const PY_WALK = `${PY_PRELUDE}
start = time.perf_counter()
count = sum(1 for _ in client.iter_call('Account', 'getVirtualGuests', limit=100))
assert count == ${TOTAL}, count
print(time.perf_counter() - start)
`;

async function timeIt(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
}

/** CPU seconds (user + system) this process spent in `run`: the client's own cost, whatever the machine's load. */
async function cpuIt(run: () => Promise<void>): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** Runs each measurement ROUNDS times, interleaved (the machine's load changes), and keeps the median. */
async function medians(runs: ReadonlyArray<() => Promise<number>>): Promise<number[]> {
  const samples: number[][] = runs.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, run] of runs.entries()) samples[index]!.push(await run());
  }
  return samples.map((values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!);
}

async function main(): Promise<void> {
  const reference = hasReferenceClient();
  const rows: Array<{ case: string; ours: string; reference: string; ratio: string }> = [];
  const fmt = (value: number, unit: string) => `${value.toFixed(value >= 100 ? 0 : 2)} ${unit}`;

  // 1. Calls per second on keep-alive, no added latency (client overhead dominates).
  {
    const { url, child } = await startServer(0);
    const transport = createXmlRpcTransport({ endpointUrl: url });
    const client = createClient({ transport, auth: createApiKeyAuth({ username: 'SL123456', apiKey: 'k' }) });
    try {
      // Warm up the JIT and the connection pool before measuring (Python has no JIT to warm).
      for (let index = 0; index < 1000; index++) await client.call('Account', 'getObject');
      const sequentialCalls = async () => {
        for (let index = 0; index < CALLS; index++) await client.call('Account', 'getObject');
      };
      const theirsCpuRuns: number[] = [];
      const [sequential = 0, concurrent = 0, oursCpu = 0, theirs = Number.NaN] = await medians([
        () => timeIt(sequentialCalls),
        () =>
          timeIt(async () => {
            const workers = Array.from({ length: 8 }, async () => {
              for (let index = 0; index < CALLS / 8; index++) await client.call('Account', 'getObject');
            });
            await Promise.all(workers);
          }),
        () => cpuIt(sequentialCalls),
        ...(reference
          ? [
              async () => {
                const [wall = Number.NaN, cpu = Number.NaN] = await pythonNumbers(PY_CALLS, url);
                theirsCpuRuns.push(cpu);
                return wall;
              },
            ]
          : []),
      ]);
      const theirsCpu =
        theirsCpuRuns.sort((a, b) => a - b)[Math.floor(theirsCpuRuns.length / 2)] ?? Number.NaN;
      const perSecond = (seconds: number) => CALLS / seconds;
      rows.push({
        case: `getObject × ${CALLS}, sequential (calls/s)`,
        ours: fmt(perSecond(sequential), '/s'),
        reference: fmt(perSecond(theirs), '/s'),
        ratio: `${(theirs / sequential).toFixed(1)}×`,
      });
      rows.push({
        case: 'getObject, client CPU per call (µs)',
        ours: fmt((oursCpu / CALLS) * 1e6, 'µs'),
        reference: fmt((theirsCpu / CALLS) * 1e6, 'µs'),
        ratio: `${(theirsCpu / oursCpu).toFixed(1)}×`,
      });
      rows.push({
        case: `getObject × ${CALLS}, 8 in flight (calls/s)`,
        ours: fmt(perSecond(concurrent), '/s'),
        reference: `${fmt(perSecond(theirs), '/s')} (sequential only)`,
        ratio: `${(theirs / concurrent).toFixed(1)}×`,
      });
    } finally {
      await transport.close();
      child.kill('SIGTERM');
    }
  }

  // 2. Walking 10,000 objects, 100 a page, with 2 ms of latency per request.
  {
    const { url, child } = await startServer(LATENCY_MS);
    const transport = createXmlRpcTransport({ endpointUrl: url });
    const client = createClient({ transport, auth: createApiKeyAuth({ username: 'SL123456', apiKey: 'k' }) });
    const walk = (concurrency: number) =>
      timeIt(async () => {
        let count = 0;
        for await (const _ of client.iterCall('Account', 'getVirtualGuests', { pageSize: 100, concurrency }))
          count++;
        if (count !== TOTAL) throw new Error(`walked ${count} of ${TOTAL}`);
      });
    try {
      // Warm up the JIT and the connection pool before measuring (Python has no JIT to warm).
      for (let index = 0; index < 1000; index++) await client.call('Account', 'getObject');
      const [sequential = 0, concurrent = 0, theirs = Number.NaN] = await medians([
        () => walk(1),
        () => walk(10),
        ...(reference ? [() => python(PY_WALK, url)] : []),
      ]);
      rows.push({
        case: `iterCall ${TOTAL} objects, sequential (s)`,
        ours: fmt(sequential, 's'),
        reference: fmt(theirs, 's'),
        ratio: `${(theirs / sequential).toFixed(1)}×`,
      });
      rows.push({
        case: `iterCall ${TOTAL} objects, concurrency 10 (s)`,
        ours: fmt(concurrent, 's'),
        reference: `${fmt(theirs, 's')} (iter_call)`,
        ratio: `${(theirs / concurrent).toFixed(1)}×`,
      });
    } finally {
      await transport.close();
      child.kill('SIGTERM');
    }
  }

  console.log(
    `@sl/client vs python3-softlayer ${reference ? '' : '(reference client NOT installed: no ratios)'}`,
  );
  console.log(
    `ratio = reference time / our time (higher is better for us); median of ${ROUNDS} interleaved rounds, same server\n`,
  );
  console.table(rows);
}

await main();
