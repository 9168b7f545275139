// pnpm bench: the client's costs against the emulated directory on 127.0.0.1, with same-run ratios.
import { performance } from 'node:perf_hooks';
import { type ApplyRecord, createDirectoryClient, validateApplyRecords } from '../src/index';
import { startDirectory } from '../test/start-directory';

async function measure(
  name: string,
  iterations: number,
  run: () => unknown,
): Promise<{ name: string; perSecond: number }> {
  for (let index = 0; index < Math.min(20, iterations); index++) await run();
  const started = performance.now();
  for (let index = 0; index < iterations; index++) await run();
  return { name, perSecond: iterations / ((performance.now() - started) / 1000) };
}

const directory = await startDirectory();
const client = createDirectoryClient({
  url: directory.url,
  project: directory.project,
  apiKey: directory.apiKey,
});
const batch: ApplyRecord[] = Array.from({ length: 10 }, (_, index) => ({
  __type__: 'virtualmachine',
  name: `bench${index}`,
  resource_group: directory.project,
  cores: 1 + (index % 8),
  classes: ['role::web'],
}));
const large = Array.from({ length: 10 }, () => batch).flat();
try {
  await client.apply(batch);
  const rows = [
    await measure('validateApplyRecords, 100 records', 2000, () => validateApplyRecords(large)),
    await measure('ping() over HTTP', 300, () => client.ping()),
    await measure('query(virtualmachine) over HTTP, 10 rows', 300, () => client.query('virtualmachine')),
    await measure('apply(10 records) over HTTP', 300, () => client.apply(batch)),
    await measure('log(0) over HTTP, growing log', 100, () => client.log(0)),
  ];
  const ping = rows[1]?.perSecond ?? 1;
  console.table(
    rows.map((row) => ({
      case: row.name,
      'ops/s': Math.round(row.perSecond),
      'vs ping': (row.perSecond / ping).toFixed(2),
    })),
  );
} finally {
  await directory.close();
}
