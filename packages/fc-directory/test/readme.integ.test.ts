import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, expect, it } from 'vitest';
import { createDirectoryClient, followLog, type LogEntry } from '../src/index';
import { createFcApi } from '../src/server';
import { startDirectory } from './start-directory';

const server = await startDirectory();
afterAll(() => server.close());

it('README example', async () => {
  const env = { FC_URL: server.url, FC_PROJECT: server.project, FC_API_KEY: server.apiKey };
  const logged: unknown[] = [];
  const console = { log: (value: unknown) => logged.push(value) };

  // The README's lines, run as written (with `process.env` standing in as `env` and `console` captured).
  const { FC_URL: url, FC_PROJECT: project = 'acme', FC_API_KEY: apiKey = '' } = env;
  const directory = createDirectoryClient({ url, project, apiKey });
  const [web] = await directory.apply([
    { __type__: 'virtualmachine', name: 'web00', resource_group: project },
  ]);
  console.log(web?.memory); // 512: apply returns the full record as the transaction left it
  console.log(await directory.query('virtualmachine', { memory: 512 })); // [{ name: 'web00', cores: 1, … }]
  expect(logged).toEqual([512, [expect.objectContaining({ name: 'web00', cores: 1 })]]);

  const saved: LogEntry[] = [];
  const savedSerial = 0;
  const save = async (entry: LogEntry) => {
    saved.push(entry);
    if (entry.serial === 2) controller.abort();
  };
  const controller = new AbortController(); // controller.abort() stops following
  const options = { client: directory, startSerial: savedSerial, signal: controller.signal };
  for await (const entry of followLog(options)) {
    await save(entry); // store entry.serial to resume from it
  }
  expect(saved.map((entry) => [entry.serial, entry.method])).toEqual([
    [1, 'apply'],
    [2, 'query'],
  ]);

  expectReadmeToContain([
    "const { FC_URL: url, FC_PROJECT: project = 'acme', FC_API_KEY: apiKey = '' } = process.env;",
    'const directory = createDirectoryClient({ url, project, apiKey });',
    "const [web] = await directory.apply([{ __type__: 'virtualmachine', name: 'web00', resource_group: project }]);",
    'console.log(web?.memory); // 512: apply returns the full record as the transaction left it',
    "console.log(await directory.query('virtualmachine', { memory: 512 })); // [{ name: 'web00', cores: 1, … }]",
    'const controller = new AbortController(); // controller.abort() stops following',
    'const options = { client: directory, startSerial: savedSerial, signal: controller.signal };',
    'for await (const entry of followLog(options)) {',
    '  await save(entry); // store entry.serial to resume from it',
  ]);
});

it('README example (server)', async () => {
  // The README's server lines, run as written (port 0 instead of 8080), then the client it names talks to it.
  const api = createFcApi({ project: 'acme', apiKey: 'fc-local-key' }); // now: () => number moves its clock
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => api.handle(request, Buffer.concat(chunks), response)); // POST /fc/v1
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/fc/v1`;
    const directory = createDirectoryClient({ url, project: 'acme', apiKey: 'fc-local-key' });
    expect(await directory.ping()).toBe('pong');
    const [web] = await directory.apply([
      { __type__: 'virtualmachine', name: 'web00', resource_group: 'acme' },
    ]);
    expect(web).toMatchObject({ name: 'web00', memory: 512 });
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  expectReadmeToContain([
    "import { createServer } from 'node:http';",
    "import { createFcApi } from '@sl/fc-directory/server';",
    "const api = createFcApi({ project: 'acme', apiKey: 'fc-local-key' }); // now: () => number moves its clock",
    'const server = createServer((request, response) => {',
    '  const chunks: Buffer[] = [];',
    "  request.on('data', (chunk: Buffer) => chunks.push(chunk));",
    "  request.on('end', () => api.handle(request, Buffer.concat(chunks), response)); // POST /fc/v1",
    "server.listen(8080, '127.0.0.1'); // createDirectoryClient({ url: 'http://127.0.0.1:8080/fc/v1', project: 'acme', apiKey: 'fc-local-key' })",
  ]);
});

/** The example's lines, as the test ran them, are in the README word for word. */
function expectReadmeToContain(lines: string[]): void {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  for (const line of lines) expect(readme).toContain(line);
}
