import type { XmlRpcValue } from '../src/index';

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same documents. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DATACENTERS = [
  ['dal13', 'Dallas 13'],
  ['wdc07', 'Washington 7'],
  ['fra02', 'Frankfurt 2'],
  ['tok05', 'Tokyo 5'],
  ['par01', 'Paris 1'],
];
const NOTES = [
  'Zürich & Genève <prod> — naïve café ✓',
  'web tier "blue" & \'green\' rotation',
  'データベース replica; owner: ops@example.com',
  'plain note without anything special',
];

function hex(random: () => number, length: number): string {
  let out = '';
  for (let index = 0; index < length; index++) out += Math.floor(random() * 16).toString(16);
  return out;
}

function ip(random: () => number, first: number): string {
  return `${first}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}`;
}

/** One `SoftLayer_Virtual_Guest` as `Account::getVirtualGuests` returns it with a rich mask: 36 members. */
function virtualGuest(random: () => number, index: number): XmlRpcValue {
  const [dcName, dcLongName] = DATACENTERS[index % DATACENTERS.length]!;
  const created = new Date(Date.UTC(2021, 0, 1) + Math.floor(random() * 9e10));
  const hostname = `web-${index.toString().padStart(5, '0')}`;
  return {
    id: 120000000 + index,
    accountId: 1234567,
    globalIdentifier: `${hex(random, 8)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 12)}`,
    uuid: `${hex(random, 8)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 12)}`,
    hostname,
    domain: 'example.com',
    fullyQualifiedDomainName: `${hostname}.example.com`,
    maxCpu: 4,
    maxCpuUnits: 'CORE',
    maxMemory: 8192,
    startCpus: 4,
    typeId: 1,
    status: { keyName: 'ACTIVE', name: 'Active' },
    powerState: { keyName: 'RUNNING', name: 'Running' },
    createDate: created,
    modifyDate: new Date(created.getTime() + 86_400_000),
    provisionDate: new Date(created.getTime() + 600_000),
    lastVerifiedDate: null,
    primaryIpAddress: ip(random, 169),
    primaryBackendIpAddress: ip(random, 10),
    notes: NOTES[index % NOTES.length]!,
    dedicatedAccountHostOnlyFlag: false,
    privateNetworkOnlyFlag: random() < 0.1,
    hourlyBillingFlag: true,
    localDiskFlag: false,
    transientGuestFlag: false,
    bandwidthAllocation: 250.5,
    activeTransaction: null,
    datacenter: { id: 1854895 + (index % 5), name: dcName!, longName: dcLongName! },
    operatingSystem: {
      id: 30000000 + index,
      hardwareId: null,
      softwareLicense: {
        id: 37600,
        softwareDescription: {
          name: 'Ubuntu',
          version: '22.04-64 Minimal for VSI',
          referenceCode: 'UBUNTU_22_64',
          longDescription: 'Ubuntu / Ubuntu / 22.04-64 Minimal for VSI',
        },
      },
      passwords: [{ id: 9000000 + index, username: 'root', password: hex(random, 16) }],
    },
    networkComponents: [0, 1].map((port) => ({
      id: 50000000 + index * 2 + port,
      port,
      name: 'eth',
      speed: 1000,
      maxSpeed: 1000,
      macAddress: `06:${hex(random, 2)}:${hex(random, 2)}:${hex(random, 2)}:${hex(random, 2)}:${hex(random, 2)}`,
      primaryIpAddress: ip(random, port === 0 ? 10 : 169),
      status: 'ACTIVE',
    })),
    tagReferences: ['production', 'web'].map((name, tagIndex) => ({
      id: 70000000 + index * 2 + tagIndex,
      tag: { id: 800 + tagIndex, name },
    })),
    billingItem: {
      id: 3_000_000_000 + index,
      orderItemId: 5_000_000_000 + index,
      recurringFee: Math.round(random() * 10000) / 100,
      hourlyRecurringFee: 0.043,
      categoryCode: 'guest_core',
    },
    userData:
      index % 4 === 0 ? [{ value: Uint8Array.from({ length: 48 }, () => Math.floor(random() * 256)) }] : [],
  };
}

/** `count` virtual guests, the value of an `Account::getVirtualGuests` response. */
export function virtualGuests(count: number): XmlRpcValue[] {
  const random = createRandom(42);
  return Array.from({ length: count }, (_, index) => virtualGuest(random, index));
}

/** The headers struct of a masked, filtered, limited `Account::getVirtualGuests` call (the small request). */
export function smallRequestParams(): XmlRpcValue[] {
  return [
    {
      headers: {
        authenticate: { username: 'SL123456', apiKey: 'a'.repeat(64) },
        SoftLayer_AccountObjectMask: {
          mask: 'mask[id,hostname,domain,datacenter[name],operatingSystem[softwareLicense[softwareDescription]],tagReferences[tag[name]],billingItem[recurringFee]]',
        },
        SoftLayer_AccountObjectFilter: {
          virtualGuests: {
            hostname: { operation: '^= web' },
            datacenter: { name: { operation: 'dal13' } },
            id: { operation: 'in', options: [{ name: 'data', value: [1, 2, 3] }] },
          },
        },
        resultLimit: { limit: 100, offset: 0 },
      },
    },
  ];
}

/** 10,000 order templates as one parameter (the large request); 32-bit ints only, so Python can encode it too. */
export function largeRequestParams(): XmlRpcValue[] {
  const random = createRandom(7);
  const templates = Array.from({ length: 10_000 }, (_, index) => ({
    hostname: `batch-${index}`,
    domain: 'example.com',
    startCpus: 2 + (index % 4),
    maxMemory: 4096,
    hourlyBillingFlag: true,
    localDiskFlag: index % 2 === 0,
    datacenter: { name: DATACENTERS[index % DATACENTERS.length]![0]! },
    operatingSystemReferenceCode: 'UBUNTU_22_64',
    networkComponents: [{ maxSpeed: 1000 }],
    postInstallScriptUri: `https://example.com/boot.sh?host=${index}&token=${hex(random, 8)}`,
    notes: NOTES[index % NOTES.length]!,
  }));
  return [templates];
}
