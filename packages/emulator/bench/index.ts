// Requests per second and latency percentiles the emulator sustains for SoftLayer_Account::getVirtualGuests with a
// mask and a 100-item page over 100,000 guests, from N concurrent keep-alive clients on loopback; then write
// throughput (SSH key creates per second) in memory and with `--state` (every create on disk before its answer).
// The emulator runs in its own process (the CLI), so the clients do not share its event loop. Each scenario is
// bounded in time.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeMethodCall } from '@sl/xmlrpc-codec';

const GUESTS = 100_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const MASK = 'mask[id,hostname,domain,maxCpu,maxMemory,primaryIpAddress,datacenter.name,powerState.keyName]';

interface Endpoint {
  url: string;
  username: string;
  apiKey: string;
}

async function startServer(
  extraArguments: readonly string[] = [],
  guests = GUESTS,
): Promise<{ endpoint: Endpoint; stop: () => Promise<void>; startupMs: number }> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli.ts',
      '--guests',
      String(guests),
      '--rate-limit',
      '0',
      '--seed',
      '1',
      ...extraArguments,
    ],
    { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the emulator did not start within 60 s')), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl+C')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', () => reject(new Error(`the emulator exited: ${output}`)));
  });
  const url = /listening on (\S+)/.exec(output)?.[1] ?? '';
  const username = /username: +(\S+)/.exec(output)?.[1] ?? '';
  const apiKey = /api key: +(\S+)/.exec(output)?.[1] ?? '';
  const stop = () =>
    new Promise<void>((resolve) => {
      child.removeAllListeners('exit');
      child.on('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { endpoint: { url, username, apiKey }, stop, startupMs: Date.now() - started };
}

interface Scenario {
  name: string;
  protocol: 'xmlrpc' | 'rest';
  clients: number;
}

function xmlrpcBody(endpoint: Endpoint, offset: number): Buffer {
  return Buffer.from(
    encodeMethodCall('getVirtualGuests', [
      {
        headers: {
          authenticate: { username: endpoint.username, apiKey: endpoint.apiKey },
          SoftLayer_ObjectMask: { mask: MASK },
          resultLimit: { limit: 100, offset },
        },
      },
    ]),
  );
}

function send(
  agent: Agent,
  endpoint: Endpoint,
  protocol: Scenario['protocol'],
  offset: number,
  bodies: Buffer[],
): Promise<void> {
  const target = new URL(endpoint.url);
  const auth = `Basic ${Buffer.from(`${endpoint.username}:${endpoint.apiKey}`).toString('base64')}`;
  const rest = `/rest/v3.1/SoftLayer_Account/getVirtualGuests.json?objectMask=${encodeURIComponent(MASK)}&resultLimit=${offset},100`;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        method: protocol === 'xmlrpc' ? 'POST' : 'GET',
        path: protocol === 'xmlrpc' ? '/xmlrpc/v3.1/SoftLayer_Account' : rest,
        headers: protocol === 'xmlrpc' ? { 'content-type': 'text/xml' } : { authorization: auth },
      },
      (response) => {
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
        });
        response.on('end', () =>
          response.statusCode === 200 && size > 1000
            ? resolve()
            : reject(new Error(`HTTP ${response.statusCode}, ${size} bytes`)),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(protocol === 'xmlrpc' ? bodies[(offset / 100) % bodies.length] : undefined);
  });
}

async function run(endpoint: Endpoint, scenario: Scenario, bodies: Buffer[]) {
  const agent = new Agent({ keepAlive: true, maxSockets: scenario.clients });
  const latencies: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const offset = (next++ * 100) % GUESTS;
      const started = performance.now();
      await send(agent, endpoint, scenario.protocol, offset, bodies);
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: scenario.clients }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: at(50),
    p90: at(90),
    p99: at(99),
  };
}

/** A distinct, valid OpenSSH public key per index (the API refuses a key it already has). */
function sshKeyBody(endpoint: Endpoint, index: number): Buffer {
  const key = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${index.toString(36).padStart(8, '0')}BenchKey bench@example`;
  return Buffer.from(
    encodeMethodCall('createObject', [
      { headers: { authenticate: { username: endpoint.username, apiKey: endpoint.apiKey } } },
      { label: `bench-${index}`, key },
    ]),
  );
}

function create(agent: Agent, endpoint: Endpoint, body: Buffer): Promise<void> {
  const target = new URL(endpoint.url);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        method: 'POST',
        path: '/xmlrpc/v3.1/SoftLayer_Security_Ssh_Key',
        headers: { 'content-type': 'text/xml' },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on('end', () =>
          response.statusCode === 200 && !text.includes('faultCode')
            ? resolve()
            : reject(new Error(`HTTP ${response.statusCode}: ${text.slice(0, 200)}`)),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** SSH key creates per second from `clients` concurrent keep-alive clients for SECONDS. */
async function runWrites(endpoint: Endpoint, clients: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const deadline = performance.now() + SECONDS * 1000;
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      await create(agent, endpoint, sshKeyBody(endpoint, next++));
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { creates: done, perSecond: done / elapsed };
}

const WRITE_GUESTS = 1_000;

async function benchWrites(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'sl-emulator-bench-'));
  try {
    const setups = [
      { name: 'in memory', arguments: [] as string[] },
      {
        name: '--state (journal, fsync per group commit)',
        arguments: ['--state', join(directory, 'state.json')],
      },
    ];
    console.log(
      `\nwrites: SoftLayer_Security_Ssh_Key::createObject over XML-RPC, ${WRITE_GUESTS.toLocaleString('en-US')} guests, ${SECONDS} s per scenario\n`,
    );
    console.log('| state | clients | creates | creates/s |');
    console.log('|---|---:|---:|---:|');
    for (const setup of setups) {
      for (const clients of [1, 8]) {
        const server = await startServer(setup.arguments, WRITE_GUESTS);
        try {
          const result = await runWrites(server.endpoint, clients);
          console.log(`| ${setup.name} | ${clients} | ${result.creates} | ${result.perSecond.toFixed(0)} |`);
        } finally {
          await server.stop();
        }
        rmSync(join(directory, 'state.json'), { force: true });
        rmSync(join(directory, 'state.json.journal'), { force: true });
      }
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function benchReads(): Promise<void> {
  const server = await startServer();
  try {
    const bodies = Array.from({ length: GUESTS / 100 }, (_, page) => xmlrpcBody(server.endpoint, page * 100));
    const scenarios: Scenario[] = [
      { name: 'XML-RPC, 1 client', protocol: 'xmlrpc', clients: 1 },
      { name: 'XML-RPC, 8 clients', protocol: 'xmlrpc', clients: 8 },
      { name: 'XML-RPC, 32 clients', protocol: 'xmlrpc', clients: 32 },
      { name: 'REST, 8 clients', protocol: 'rest', clients: 8 },
    ];
    console.log(
      `sl-emulator bench: getVirtualGuests, mask of 8 properties (2 relational), 100 per page, ${GUESTS.toLocaleString('en-US')} guests`,
    );
    console.log(
      `emulator start (generate + listen): ${server.startupMs} ms; ${SECONDS} s per scenario; Node ${process.version}\n`,
    );
    const rows: Array<{
      name: string;
      perSecond: number;
      p50: number;
      p90: number;
      p99: number;
      requests: number;
    }> = [];
    for (const scenario of scenarios)
      rows.push({ name: scenario.name, ...(await run(server.endpoint, scenario, bodies)) });
    const base = rows[0]!.perSecond;
    console.log('| scenario | requests | req/s | vs 1 client | p50 ms | p90 ms | p99 ms |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) {
      console.log(
        `| ${row.name} | ${row.requests} | ${row.perSecond.toFixed(0)} | ${(row.perSecond / base).toFixed(2)}x | ${row.p50.toFixed(1)} | ${row.p90.toFixed(1)} | ${row.p99.toFixed(1)} |`,
      );
    }
  } finally {
    await server.stop();
  }
}

if (process.env.BENCH_ONLY !== 'writes') await benchReads();
if (process.env.BENCH_ONLY !== 'reads') await benchWrites();
