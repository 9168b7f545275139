/**
 * Benchmark: our client vs the reference Python client (python3-softlayer) against the same canned local
 * XML-RPC server (its own process). Prints a table with same-run ratios. Run: `pnpm --filter @sl/client bench`.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiKeyAuth } from '@sl/auth';
import { DEBIAN_PYTHON, hasReferenceClient } from '@sl/test-kit';
import { createXmlRpcTransport } from '@sl/transport';
import { createClient } from '../src/index';

const CALLS = Number(process.env.BENCH_CALLS ?? 3000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const WARM_UP_CALLS = 5000;
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

/** One timed run: wall seconds and this process's CPU seconds (user + system). */
interface Sample {
  wall: number;
  cpu: number;
}

/** Runs a Python script that prints "wall cpu" seconds on one line (its start-up is not timed). */
function python(script: string, url: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    execFile(
      DEBIAN_PYTHON,
      ['-c', script, url],
      {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/nonexistent', NO_PROXY: '*' },
        timeout: 600_000,
      },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(stderr, { cause: error }));
        const [wall = Number.NaN, cpu = Number.NaN] = stdout.trim().split(/\s+/).map(Number);
        resolve({ wall, cpu });
      },
    );
  });
}

// Both clients get a warm-up against the same server before their timed loop.
const PY_PRELUDE = `
import sys, time, http.client, urllib.parse, SoftLayer
client = SoftLayer.create_client_from_env(username='SL123456', api_key='k', endpoint_url=sys.argv[1])
for _ in range(200):
    client.call('Account', 'getObject')
def timed(run):
    start, cpu = time.perf_counter(), time.process_time()
    run()
    print(time.perf_counter() - start, time.process_time() - cpu)
`;
const PY_CALLS = `${PY_PRELUDE}
def run():
    for _ in range(${CALLS}):
        client.call('Account', 'getObject')
timed(run)
`;
// The floor: the same POST with the standard library alone (no SDK, no XML-RPC encode or decode).
const PY_BARE = `${PY_PRELUDE}
url = urllib.parse.urlsplit(sys.argv[1])
connection = http.client.HTTPConnection(url.hostname, url.port)
body = b'<?xml version="1.0"?><methodCall><methodName>getObject</methodName><params/></methodCall>'
def run():
    for _ in range(${CALLS}):
        connection.request('POST', '/SoftLayer_Account', body, {'Content-Type': 'text/xml'})
        connection.getresponse().read()
timed(run)
`;
const PY_WALK = `${PY_PRELUDE}
def run():
    count = sum(1 for _ in client.iter_call('Account', 'getVirtualGuests', limit=100))
    assert count == ${TOTAL}, count
timed(run)
`;

async function measure(run: () => Promise<void>): Promise<Sample> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1e6 };
}

/** Runs every measurement ROUNDS times, interleaved (the machine's load changes), and keeps all samples. */
async function interleaved(runs: ReadonlyArray<() => Promise<Sample>>): Promise<Sample[][]> {
  const samples: Sample[][] = runs.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, run] of runs.entries()) samples[index]?.push(await run());
  }
  return samples;
}

/** Median, min and max of numbers. */
function stats(values: readonly number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2
      ? (sorted[middle] ?? Number.NaN)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted[sorted.length - 1] ?? Number.NaN };
}

const digits = (value: number) => (value >= 100 ? 0 : value >= 10 ? 1 : 2);
/** "median (min–max) unit" of per-round values. */
function show(values: readonly number[], unit: string): string {
  if (values.length === 0 || values.some(Number.isNaN)) return 'n/a';
  const { median, min, max } = stats(values);
  const d = digits(median);
  return `${median.toFixed(d)} ${unit} (${min.toFixed(d)}–${max.toFixed(d)})`;
}
/** Ratio of medians, and the range of the per-round ratios (round i of one against round i of the other). */
function ratio(better: readonly number[], worse: readonly number[]): string {
  if (better.length === 0 || worse.length === 0 || worse.some(Number.isNaN)) return 'n/a';
  const perRound = better.map((value, index) => value / (worse[index] ?? Number.NaN));
  const { min, max } = stats(perRound);
  return `${(stats(better).median / stats(worse).median).toFixed(1)}× (${min.toFixed(1)}–${max.toFixed(1)})`;
}

async function main(): Promise<void> {
  const reference = hasReferenceClient();
  const rows: Array<{ case: string; ours: string; reference: string; ratio: string }> = [];
  const auth = createApiKeyAuth({ username: 'SL123456', apiKey: 'k' });

  // 1. Calls per second on keep-alive, no added latency: client overhead plus the shared loopback round trip.
  {
    const { url, child } = await startServer(0);
    const transport = createXmlRpcTransport({ endpointUrl: url });
    const client = createClient({ transport, auth });
    const bare = new Agent({ keepAlive: true, maxSockets: 1 });
    const bareBody =
      '<?xml version="1.0"?><methodCall><methodName>getObject</methodName><params/></methodCall>';
    const bareCall = () =>
      new Promise<void>((resolve, reject) => {
        const request = httpRequest(
          `${url}/SoftLayer_Account`,
          { method: 'POST', agent: bare },
          (response) => {
            response.resume();
            response.on('end', resolve);
          },
        );
        request.on('error', reject);
        request.setHeader('content-type', 'text/xml');
        request.end(bareBody);
      });
    try {
      // Warm up the JIT and the connection pool: V8 needs a few thousand calls to reach its steady state.
      for (let index = 0; index < WARM_UP_CALLS; index++) await client.call('Account', 'getObject');
      for (let index = 0; index < 200; index++) await bareCall();
      const sequential = async () => {
        for (let index = 0; index < CALLS; index++) await client.call('Account', 'getObject');
      };
      const eightInFlight = async () => {
        const workers = Array.from({ length: 8 }, async () => {
          for (let index = 0; index < CALLS / 8; index++) await client.call('Account', 'getObject');
        });
        await Promise.all(workers);
      };
      const bareLoop = async () => {
        for (let index = 0; index < CALLS; index++) await bareCall();
      };
      const noPython = async (): Promise<Sample> => ({ wall: Number.NaN, cpu: Number.NaN });
      const [ours = [], theirs = [], oursConcurrent = [], oursBare = [], theirsBare = []] = await interleaved(
        [
          () => measure(sequential),
          reference ? () => python(PY_CALLS, url) : noPython,
          () => measure(eightInFlight),
          () => measure(bareLoop),
          reference ? () => python(PY_BARE, url) : noPython,
        ],
      );
      const perSecond = (samples: readonly Sample[]) => samples.map((sample) => CALLS / sample.wall);
      const cpuPerCall = (samples: readonly Sample[]) => samples.map((sample) => (sample.cpu / CALLS) * 1e6);
      rows.push({
        case: `getObject × ${CALLS}, sequential`,
        ours: show(perSecond(ours), 'calls/s'),
        reference: show(perSecond(theirs), 'calls/s'),
        ratio: ratio(perSecond(ours), perSecond(theirs)),
      });
      rows.push({
        case: 'getObject, client CPU per call',
        ours: show(cpuPerCall(ours), 'µs'),
        reference: show(cpuPerCall(theirs), 'µs'),
        ratio: ratio(cpuPerCall(theirs), cpuPerCall(ours)),
      });
      rows.push({
        case: `getObject × ${CALLS}, 8 in flight`,
        ours: show(perSecond(oursConcurrent), 'calls/s'),
        reference: `${show(perSecond(theirs), 'calls/s')} (sequential only)`,
        ratio: ratio(perSecond(oursConcurrent), perSecond(theirs)),
      });
      rows.push({
        case: 'floor: bare POST, no SDK (node:http / http.client)',
        ours: show(perSecond(oursBare), 'calls/s'),
        reference: show(perSecond(theirsBare), 'calls/s'),
        ratio: ratio(perSecond(oursBare), perSecond(theirsBare)),
      });
    } finally {
      bare.destroy();
      await transport.close();
      child.kill('SIGTERM');
    }
  }

  // 2. Walking 10,000 objects, 100 a page, with 2 ms of latency per request.
  {
    const { url, child } = await startServer(LATENCY_MS);
    const transport = createXmlRpcTransport({ endpointUrl: url });
    const client = createClient({ transport, auth });
    const walk = (concurrency: number) =>
      measure(async () => {
        let count = 0;
        for await (const _ of client.iterCall('Account', 'getVirtualGuests', { pageSize: 100, concurrency }))
          count++;
        if (count !== TOTAL) throw new Error(`walked ${count} of ${TOTAL}`);
      });
    try {
      // Warm up on the walks themselves (every request here waits 2 ms).
      for (let round = 0; round < 3; round++) {
        await walk(10);
        await walk(1);
      }
      const [sequential = [], concurrent = [], theirs = []] = await interleaved([
        () => walk(1),
        () => walk(10),
        reference ? () => python(PY_WALK, url) : async () => ({ wall: Number.NaN, cpu: Number.NaN }),
      ]);
      const seconds = (samples: readonly Sample[]) => samples.map((sample) => sample.wall);
      rows.push({
        case: `iterCall ${TOTAL} objects, sequential`,
        ours: show(seconds(sequential), 's'),
        reference: `${show(seconds(theirs), 's')} (iter_call)`,
        ratio: ratio(seconds(theirs), seconds(sequential)),
      });
      rows.push({
        case: `iterCall ${TOTAL} objects, concurrency 10`,
        ours: show(seconds(concurrent), 's'),
        reference: `${show(seconds(theirs), 's')} (iter_call)`,
        ratio: ratio(seconds(theirs), seconds(concurrent)),
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
    `median (min–max) of ${ROUNDS} interleaved rounds, same canned server; ratio = how many times better we are ` +
      '(ratio of medians, then the range of the per-round ratios)\n',
  );
  console.table(rows);
}

await main();
