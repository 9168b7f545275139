import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDirectoryClient, followLog, type LogEntry } from '../src/index';
import { type DirectoryServer, startDirectory } from './start-directory';

let server: DirectoryServer;

beforeAll(async () => {
  server = await startDirectory();
});

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

  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  for (const fragment of [
    "const { FC_URL: url, FC_PROJECT: project = 'acme', FC_API_KEY: apiKey = '' } = process.env;",
    'const directory = createDirectoryClient({ url, project, apiKey });',
    "const [web] = await directory.apply([{ __type__: 'virtualmachine', name: 'web00', resource_group: project }]);",
    'console.log(web?.memory); // 512: apply returns the full record as the transaction left it',
    "console.log(await directory.query('virtualmachine', { memory: 512 })); // [{ name: 'web00', cores: 1, … }]",
    'const controller = new AbortController(); // controller.abort() stops following',
    'const options = { client: directory, startSerial: savedSerial, signal: controller.signal };',
    'for await (const entry of followLog(options)) {',
    '  await save(entry); // store entry.serial to resume from it',
  ]) {
    expect(readme).toContain(fragment);
  }
});
