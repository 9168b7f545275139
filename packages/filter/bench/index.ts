/**
 * Matcher throughput over 100,000 guest-like objects, against a hand-written `Array#filter` (and sort) doing the
 * same work in the same run. `pnpm bench`; never run by the tests.
 */
import { compileFilter, matchFilter, mergeFilters, type ObjectFilter, where } from '../src/index';

interface Guest {
  id: number;
  hostname: string;
  maxMemory: number;
  datacenter: { name: string };
  createDate: string;
  tagReferences: { tag: { name: string } }[];
}

const COUNT = 100_000;
const DATACENTERS = ['dal05', 'dal10', 'wdc01', 'fra02', 'tok02', 'lon06'];
const TAGS = ['prod', 'dev', 'web', 'db', 'cache'];

function makeGuests(): Guest[] {
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return Array.from({ length: COUNT }, (_, index) => {
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    return {
      id: index + 1,
      hostname: `${random() < 0.5 ? 'web' : 'db'}${Math.floor(random() * 1000)}`,
      maxMemory: 1024 * 2 ** Math.floor(random() * 5),
      datacenter: { name: DATACENTERS[Math.floor(random() * DATACENTERS.length)]! },
      createDate: `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T12:34:56-06:00`,
      tagReferences: Array.from({ length: Math.floor(random() * 3) }, () => ({
        tag: { name: TAGS[Math.floor(random() * TAGS.length)]! },
      })),
    };
  });
}

interface Case {
  name: string;
  filter: ObjectFilter;
  baseline: (guests: readonly Guest[]) => Guest[];
}

const start = Date.parse('2023-04-01T00:00:00-06:00');
const end = Date.parse('2023-04-30T23:59:59-06:00');
const CASES: Case[] = [
  {
    name: 'equals (int)',
    filter: where('maxMemory').eq(4096),
    baseline: (guests) => guests.filter((guest) => guest.maxMemory === 4096),
  },
  {
    name: 'nested equals',
    filter: where('datacenter.name').eq('dal05'),
    baseline: (guests) => guests.filter((guest) => guest.datacenter?.name === 'dal05'),
  },
  {
    name: 'contains (*=)',
    filter: where('hostname').contains('B12'),
    baseline: (guests) => guests.filter((guest) => guest.hostname.toLowerCase().includes('b12')),
  },
  {
    name: 'to-many equals',
    filter: where('tagReferences.tag.name').eq('prod'),
    baseline: (guests) =>
      guests.filter((guest) => guest.tagReferences.some((ref) => ref.tag.name === 'prod')),
  },
  {
    name: 'betweenDate',
    filter: where('createDate').betweenDate('04/01/2023 00:00:00', '04/30/2023 23:59:59'),
    baseline: (guests) =>
      guests.filter((guest) => {
        const time = Date.parse(guest.createDate);
        return time >= start && time <= end;
      }),
  },
  {
    name: 'orderBy (2 keys) + equals',
    filter: mergeFilters(
      where('datacenter.name').eq('dal05'),
      where('maxMemory').orderBy('DESC', 1),
      where('hostname').orderBy('ASC', 2),
    ),
    baseline: (guests) =>
      guests
        .filter((guest) => guest.datacenter.name === 'dal05')
        .sort(
          (a, b) =>
            b.maxMemory - a.maxMemory || (a.hostname < b.hostname ? -1 : a.hostname > b.hostname ? 1 : 0),
        ),
  },
];

/** Mean milliseconds per run of `task` over about `budgetMs` (at least 2 runs). */
function timeBatch(task: () => unknown, budgetMs: number): number {
  let runs = 0;
  const begin = performance.now();
  while (runs < 2 || (performance.now() - begin < budgetMs && runs < 1000)) {
    task();
    runs++;
  }
  return (performance.now() - begin) / runs;
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The machine is shared, so the contenders run in alternating batches over several rounds: the ratio of each
 * round is taken in the same conditions, and the medians are reported.
 */
function compare(tasks: Record<string, () => unknown>, rounds = 5, budgetMs = 150): Record<string, number[]> {
  const times: Record<string, number[]> = {};
  for (const [name, task] of Object.entries(tasks)) {
    task(); // warm up
    times[name] = [];
  }
  for (let round = 0; round < rounds; round++) {
    for (const [name, task] of Object.entries(tasks)) times[name]!.push(timeBatch(task, budgetMs));
  }
  return times;
}

const guests = makeGuests();
const rows: Record<string, string | number>[] = [];
for (const benchCase of CASES) {
  const expected = benchCase.baseline(guests);
  const actual = matchFilter(guests, benchCase.filter);
  // The (semantically equivalent) baseline checks the matcher's answer; a difference is a bug, not a result.
  if (expected.length !== actual.length || expected.some((guest, index) => guest !== actual[index])) {
    throw new Error(
      `${benchCase.name}: matcher and baseline disagree (${actual.length} vs ${expected.length})`,
    );
  }
  const compiled = compileFilter(benchCase.filter);
  const times = compare({
    matchFilter: () => matchFilter(guests, benchCase.filter),
    compiled: () => compiled.apply(guests),
    baseline: () => benchCase.baseline(guests),
  });
  const ratios = times.matchFilter!.map((ms, round) => ms / times.baseline![round]!);
  const matcherMs = median(times.matchFilter!);
  rows.push({
    filter: benchCase.name,
    matched: actual.length,
    'matchFilter ops/s': Number((1000 / matcherMs).toFixed(1)),
    'items/s (M)': Number(((COUNT * 1000) / matcherMs / 1e6).toFixed(2)),
    'compiled ops/s': Number((1000 / median(times.compiled!)).toFixed(1)),
    'Array#filter ops/s': Number((1000 / median(times.baseline!)).toFixed(1)),
    'time vs Array#filter': `${median(ratios).toFixed(2)}x`,
  });
}
console.log(`matchFilter over ${COUNT.toLocaleString('en')} guest-like objects (Node ${process.version})`);
console.table(rows);
console.log(
  'Medians of 5 alternating rounds; "time vs Array#filter" is matchFilter time / hand-written time, per round.',
);
