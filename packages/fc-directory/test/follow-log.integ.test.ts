import { afterAll, expect, it } from 'vitest';
import { createDirectoryClient, followLog, type LogEntry } from '../src/index';
import { startDirectory } from './start-directory';

const directory = await startDirectory();
const { client } = directory;
afterAll(() => directory.close());

const latestSerial = async () => (await client.log()).at(-1)?.serial ?? 0;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

async function write(writer: number, calls: number): Promise<void> {
  const other = createDirectoryClient({
    url: directory.url,
    project: directory.project,
    apiKey: directory.apiKey,
  });
  for (let index = 0; index < calls; index++) {
    const name = `w${writer}n${index}`;
    if (index % 3 === 0) await other.ping();
    else if (index % 3 === 1)
      await other.apply([{ __type__: 'virtualmachine', name, resource_group: 'acme' }]);
    else await other.apply([{ __type__: 'virtualmachine', name, cores: 99 }]).catch(() => undefined);
  }
}

it('yields every entry exactly once, in order, while other clients write concurrently', async () => {
  const start = await latestSerial();
  const controller = new AbortController();
  const seen: number[] = [];
  let onEntry = () => {};
  const following = (async () => {
    const entries = followLog({
      client,
      startSerial: start,
      intervalMs: 5,
      minimumIntervalMs: 0,
      signal: controller.signal,
    });
    for await (const entry of entries) {
      seen.push(entry.serial);
      onEntry();
    }
  })();
  await Promise.all([write(1, 15), write(2, 15), write(3, 15)]);
  const end = await latestSerial();
  expect(end).toBe(start + 45);
  await new Promise<void>((resolve) => {
    onEntry = () => {
      if ((seen.at(-1) ?? 0) >= end) resolve();
    };
    onEntry();
  });
  controller.abort();
  await following;
  expect(seen).toEqual(range(start + 1, end));
});

it('resumes after a remembered serial, and starts with the latest 10 without one', async () => {
  for (let index = 0; index < 12; index++) await client.ping();
  const end = await latestSerial();
  const resumed: LogEntry[] = [];
  for await (const entry of followLog({ client, startSerial: end - 3 })) {
    resumed.push(entry);
    if (entry.serial === end) break;
  }
  expect(resumed.map((entry) => entry.serial)).toEqual(range(end - 2, end));

  const fresh: number[] = [];
  for await (const entry of followLog({ client })) {
    fresh.push(entry.serial);
    if (entry.serial === end) break;
  }
  expect(fresh).toEqual(range(end - 9, end));
});
