import {
  DATACENTERS,
  DOMAIN_NAMES,
  HOSTNAME_WORDS,
  OPERATING_SYSTEMS,
  TAG_NAMES,
  TICKET_SUBJECTS,
} from './catalog';
import { generateCdnMappings } from './cdn';
import { DAY_MS, GENERATION_ANCHOR } from './dates';
import { generateAccountExtras } from './generate-account-extras';
import { generateCompute } from './generate-compute';
import { generateFirewalls } from './generate-firewalls';
import { generateLoadBalancers } from './generate-load-balancers';
import { generateNetscalers } from './generate-netscalers';
import { generateNetwork } from './generate-network';
import { generateQuotes } from './generate-quotes';
import { generateScaleGroups } from './generate-scale-groups';
import { generateSecurityGroups } from './generate-security-groups';
import { generateStorage } from './generate-storage';
import { generateIpsec } from './ipsec';
import { createRandom, type Random, randomUuid } from './random';
import type { GuestRecord, HardwareRecord, ResourceRecordRow, TicketUpdateRecord } from './records';
import { generateCertificates } from './ssl-certificates';
import { ID_BASES, type IdKind, type StateSnapshot } from './state';

/** How big the generated account is. Every count has a default; `guests: 100_000` takes well under a second. */
export interface AccountSizes {
  guests?: number;
  hardware?: number;
  domains?: number;
  tickets?: number;
  sshKeys?: number;
  images?: number;
  users?: number;
  invoices?: number;
  /** Block and file storage volumes (about half each). */
  storageVolumes?: number;
  /** IBM Cloud Load Balancers (LBaaS) with listeners, pools and members. */
  loadBalancers?: number;
  /** Security groups with rules, some bound to guests' network components. */
  securityGroups?: number;
}

export interface GenerateAccountOptions extends AccountSizes {
  seed?: number;
  /** The demo user's name; default `SL307608_demo`. */
  username?: string;
  /** The demo user's API key; default 64 hex digits drawn from the seed. */
  apiKey?: string;
  /** Clock for transactions that are running when the emulator starts. */
  now?: number;
}

export const DEFAULT_SIZES: Required<AccountSizes> = {
  guests: 60,
  hardware: 8,
  domains: 5,
  tickets: 12,
  sshKeys: 4,
  images: 6,
  users: 4,
  invoices: 12,
  storageVolumes: 12,
  loadBalancers: 3,
  securityGroups: 3,
};

const ANCHOR = GENERATION_ANCHOR;
const DAY = DAY_MS;

function password(random: Random): string {
  return `${random.hex(6)}${random.pick(['Q', 'Z', 'K'])}${random.int(10, 99)}`;
}

function sshPublicKey(random: Random, comment: string): { key: string; fingerprint: string } {
  const body = Buffer.from(random.hex(96), 'hex').toString('base64');
  const key = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${body.slice(0, 43)} ${comment}`;
  const fingerprint = random.hex(32).replace(/(..)(?!$)/g, '$1:');
  return { key, fingerprint };
}

/** Builds a realistic, deterministic account from a seed. */
export function generateAccount(options: GenerateAccountOptions = {}): StateSnapshot {
  const seed = options.seed ?? 1;
  const sizes = { ...DEFAULT_SIZES, ...definedOnly(options) };
  const now = options.now ?? Date.now();
  const random = createRandom(seed);
  const nextIds = { ...ID_BASES } as Record<IdKind, number>;
  const allocate = (kind: IdKind): number => {
    const id = nextIds[kind];
    nextIds[kind] = id + 1;
    return id;
  };
  const accountId = 307608 + (seed % 1000);

  const users = [];
  const firstNames = ['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret', 'Dennis', 'Radia'];
  const lastNames = [
    'Lovelace',
    'Hopper',
    'Torvalds',
    'Liskov',
    'Thompson',
    'Hamilton',
    'Ritchie',
    'Perlman',
  ];
  for (let index = 0; index < Math.max(1, sizes.users); index++) {
    const first = firstNames[index % firstNames.length] as string;
    const last = lastNames[index % lastNames.length] as string;
    const username =
      index === 0 ? (options.username ?? `SL${accountId}_demo`) : `SL${accountId}_${first.toLowerCase()}`;
    users.push({
      id: allocate('user'),
      username,
      firstName: first,
      lastName: last,
      email: `${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
      apiKey: index === 0 && options.apiKey ? options.apiKey : random.hex(64),
      password: password(random),
      createdAt: ANCHOR - random.int(200, 900) * DAY,
      parentId: index === 0 ? null : ID_BASES.user,
      permissions:
        index === 0 ? ['ACCOUNT_SUMMARY_VIEW', 'TICKET_VIEW', 'TICKET_ADD', 'SERVER_ADD'] : ['TICKET_VIEW'],
    });
  }
  const ownerId = users[0]!.id;

  const sshKeys = [];
  for (let index = 0; index < sizes.sshKeys; index++) {
    const label = `${random.pick(['laptop', 'ci', 'ops', 'deploy', 'backup'])}-${index + 1}`;
    const { key, fingerprint } = sshPublicKey(random, `${label}@example.com`);
    const createdAt = ANCHOR - random.int(10, 600) * DAY;
    sshKeys.push({ id: allocate('sshKey'), label, key, fingerprint, createdAt, modifiedAt: createdAt });
  }

  const images = [];
  for (let index = 0; index < 8; index++) {
    const os = OPERATING_SYSTEMS[index % OPERATING_SYSTEMS.length]!;
    images.push({
      id: allocate('image'),
      name: `${os.referenceCode.replace(/_64$/, '')} standard image`,
      globalIdentifier: randomUuid(random),
      createdAt: ANCHOR - random.int(30, 400) * DAY,
      accountId: null,
      osCode: os.referenceCode,
      sourceGuestId: null,
      tags: [],
      datacenterIds: DATACENTERS.map((dc) => dc.id),
    });
  }
  for (let index = 0; index < sizes.images; index++) {
    const os = random.pick(OPERATING_SYSTEMS);
    images.push({
      id: allocate('image'),
      name: `${random.pick(HOSTNAME_WORDS)}-golden-${index + 1}`,
      note: 'Captured by the platform team',
      globalIdentifier: randomUuid(random),
      createdAt: ANCHOR - random.int(1, 300) * DAY,
      accountId,
      osCode: os.referenceCode,
      sourceGuestId: null,
      tags: [random.pick(TAG_NAMES)],
      datacenterIds: [random.pick(DATACENTERS).id],
    });
  }

  const perDatacenter = new Map<number, number>();
  const nextIpIndex = (datacenterId: number): number => {
    const index = perDatacenter.get(datacenterId) ?? 0;
    perDatacenter.set(datacenterId, index + 1);
    return index;
  };

  const guests: GuestRecord[] = [];
  const cpuChoices = [1, 1, 2, 2, 2, 4, 4, 8, 16];
  for (let index = 0; index < sizes.guests; index++) {
    const datacenter = DATACENTERS[random.int(0, DATACENTERS.length - 1)]!;
    const cpus = random.pick(cpuChoices);
    const createdAt = ANCHOR - random.int(1, 1200) * DAY - random.int(0, DAY);
    const running = random.chance(0.9);
    const busy = random.chance(0.03);
    const id = allocate('guest');
    const tagCount = random.int(0, 2);
    const tags: string[] = [];
    for (let t = 0; t < tagCount; t++) {
      const tag = random.pick(TAG_NAMES);
      if (!tags.includes(tag)) tags.push(tag);
    }
    guests.push({
      id,
      hostname: `${random.pick(HOSTNAME_WORDS)}${String(index + 1).padStart(String(sizes.guests).length, '0')}`,
      domain: random.pick(DOMAIN_NAMES),
      maxCpu: cpus,
      maxMemory: cpus * random.pick([1024, 2048, 4096]),
      datacenterId: datacenter.id,
      ipIndex: nextIpIndex(datacenter.id),
      osCode: random.pick(OPERATING_SYSTEMS).referenceCode,
      hourly: random.chance(0.7),
      localDisk: random.chance(0.3),
      privateNetworkOnly: random.chance(0.1),
      dedicated: random.chance(0.05),
      createdAt,
      modifiedAt: createdAt + random.int(0, 30) * DAY,
      provisionedAt: createdAt + random.int(120, 900) * 1000,
      powerState: running ? 'RUNNING' : 'HALTED',
      tags,
      globalIdentifier: randomUuid(random),
      uuid: randomUuid(random),
      rootPassword: password(random),
      sshKeyIds:
        sshKeys.length > 0 && random.chance(0.6) ? [sshKeys[random.int(0, sshKeys.length - 1)]!.id] : [],
      transaction: busy
        ? {
            id: allocate('transaction'),
            kind: 'generic',
            groupName: random.pick(['Cloud Migrate', 'Cloud Instance Upgrade', 'Cloud Backup']),
            startedAt: now - random.int(60, 900) * 1000,
            endsAt: now + random.int(600, 3600) * 1000,
          }
        : null,
      lastReloadId: null,
      imageTemplateId: null,
      publicSpeed: random.pick([100, 1000]),
      privateSpeed: 1000,
      orderId: ID_BASES.order - 1000 - index,
      presetKeyName: null,
      ownerUserId: ownerId,
    });
  }

  const hardware: HardwareRecord[] = [];
  for (let index = 0; index < sizes.hardware; index++) {
    const datacenter = random.pick(DATACENTERS);
    const createdAt = ANCHOR - random.int(30, 1500) * DAY;
    hardware.push({
      id: allocate('hardware'),
      hostname: `${random.pick(['db', 'storage', 'gpu', 'metal'])}${String(index + 1).padStart(2, '0')}`,
      domain: random.pick(DOMAIN_NAMES),
      cores: random.pick([8, 16, 20, 32, 40]),
      memoryGb: random.pick([32, 64, 128, 256]),
      datacenterId: datacenter.id,
      ipIndex: 60_000 + index,
      osCode: random.pick(OPERATING_SYSTEMS).referenceCode,
      hourly: random.chance(0.3),
      createdAt,
      provisionedAt: createdAt + 3 * 3600_000,
      tags: random.chance(0.5) ? [random.pick(TAG_NAMES)] : [],
      globalIdentifier: randomUuid(random),
      rootPassword: password(random),
      transaction: null,
      lastReloadId: null,
      publicSpeed: 1000,
      privateSpeed: 1000,
    });
  }

  const domains = [];
  const resourceRecords: ResourceRecordRow[] = [];
  for (let index = 0; index < sizes.domains; index++) {
    const name = index < DOMAIN_NAMES.length ? DOMAIN_NAMES[index]! : `zone${index}.example`;
    const id = allocate('domain');
    const updatedAt = ANCHOR - random.int(1, 200) * DAY;
    domains.push({ id, name, serial: Number(`2025${String(random.int(1000, 9999))}01`), updatedAt });
    const add = (row: Omit<ResourceRecordRow, 'id' | 'domainId'>): void => {
      resourceRecords.push({ id: allocate('resourceRecord'), domainId: id, ...row });
    };
    add({ host: '@', type: 'soa', data: 'ns1.softlayer.com.', ttl: 86400 });
    add({ host: '@', type: 'ns', data: 'ns1.softlayer.com.', ttl: 86400 });
    add({ host: '@', type: 'ns', data: 'ns2.softlayer.com.', ttl: 86400 });
    add({ host: '@', type: 'a', data: `158.80.${random.int(0, 255)}.${random.int(2, 254)}`, ttl: 900 });
    add({ host: 'www', type: 'cname', data: `${name}.`, ttl: 900 });
    add({ host: '@', type: 'mx', data: `mail.${name}.`, ttl: 3600, mxPriority: 10 });
    const extra = random.int(2, 6);
    for (let r = 0; r < extra; r++) {
      add({
        host: `${random.pick(HOSTNAME_WORDS)}${r + 1}`,
        type: 'a',
        data: `158.8${random.int(0, 9)}.${random.int(0, 255)}.${random.int(2, 254)}`,
        ttl: random.pick([300, 900, 3600]),
      });
    }
    add({ host: '@', type: 'txt', data: 'v=spf1 mx -all', ttl: 3600 });
  }

  const tickets = [];
  const ticketUpdates: TicketUpdateRecord[] = [];
  const titles = [
    'Server not responding',
    'Request for reverse DNS',
    'Invoice question',
    'Disk performance',
    'Add a secondary IP',
    'Firewall rule change',
    'Reboot request',
    'Network latency to dal10',
  ];
  for (let index = 0; index < sizes.tickets; index++) {
    const id = allocate('ticket');
    const createdAt = ANCHOR - random.int(1, 365) * DAY;
    const updates = random.int(1, 4);
    let modifiedAt = createdAt;
    for (let u = 0; u < updates; u++) {
      modifiedAt = createdAt + (u + 1) * random.int(1, 48) * 3600_000;
      ticketUpdates.push({
        id: allocate('ticketUpdate'),
        ticketId: id,
        entry:
          u === 0
            ? `Hello, ${random.pick(titles).toLowerCase()}: please have a look.`
            : random.pick([
                'We are looking into this.',
                'Could you confirm the hostname?',
                'This is done, please verify.',
                'Thanks, it works now.',
              ]),
        createdAt: modifiedAt,
        editorType: u % 2 === 0 ? 'USER' : 'EMPLOYEE',
        editorId: u % 2 === 0 ? ownerId : 9999,
      });
    }
    tickets.push({
      id,
      title: random.pick(titles),
      subjectId: random.pick(TICKET_SUBJECTS).id,
      statusId: random.chance(0.4) ? 1001 : 1002,
      priority: random.int(0, 4),
      assignedUserId: ownerId,
      createdAt,
      modifiedAt,
      serviceProviderResourceId: 10_000_000 + (id % 1_000_000),
      attachedGuestIds:
        guests.length > 0 && random.chance(0.3) ? [guests[random.int(0, guests.length - 1)]!.id] : [],
      attachedHardwareIds: [],
    });
  }

  const invoices = [];
  for (let index = 0; index < sizes.invoices; index++) {
    invoices.push({
      id: allocate('invoice'),
      createdAt: ANCHOR - (sizes.invoices - index) * 30 * DAY,
      statusCode: index === sizes.invoices - 1 ? ('OPEN' as const) : ('CLOSED' as const),
      typeCode: index % 5 === 0 ? ('ONE-TIME-CHARGE' as const) : ('RECURRING' as const),
      amount: Math.round(random.int(2000, 90000)) / 100,
      itemCount: random.int(3, 40),
    });
  }

  const companyName = random.pick(['Acme Corporation', 'Globex', 'Initech', 'Umbrella Labs', 'Hooli']);
  // Storage draws from its own stream, so adding it left every other generated object as it was.
  const storage = generateStorage({
    random: createRandom(seed + 0x5702),
    count: sizes.storageVolumes,
    accountId,
    guests,
    hardware,
    allocate: () => allocate('storage'),
    now,
  });
  // Load balancers and security groups draw from their own streams too.
  const loadBalancers = generateLoadBalancers({
    random: createRandom(seed + 0x1b5a),
    count: sizes.loadBalancers,
    guests,
    allocate: () => allocate('loadBalancer'),
    allocatePart: () => allocate('loadBalancerPart'),
  });
  const securityGroups = generateSecurityGroups({
    random: createRandom(seed + 0x5ec6),
    count: sizes.securityGroups,
    guests,
    allocate,
  });
  const compute = generateCompute({ guests, allocate, anchor: ANCHOR, ownerUserId: users[0]!.id });

  // Notification events, licenses and email delivery accounts draw from their own stream too.
  const extras = generateAccountExtras({
    random: createRandom(seed + 0xacc7),
    guests,
    hardware,
    companySlug: companyName.toLowerCase().replaceAll(/[^a-z]+/g, ''),
    allocate,
    now,
  });
  const network = generateNetwork({ guests, allocate });

  return {
    format: 'sl-emulator-state',
    version: 1,
    seed,
    accountId,
    companyName,
    nextIds,
    guests,
    hardware,
    domains,
    resourceRecords,
    tickets,
    ticketUpdates,
    ticketAttachments: [],
    sshKeys,
    images,
    users,
    invoices,
    orders: [],
    quotes: generateQuotes(users[0]?.id ?? 0),
    cancellations: [],
    events: [],
    storageVolumes: storage.volumes,
    storageSnapshots: storage.snapshots,
    loadBalancers,
    securityGroups: securityGroups.groups,
    securityGroupRules: securityGroups.rules,
    securityGroupBindings: securityGroups.bindings,
    notificationEvents: extras.notificationEvents,
    licenses: extras.licenses,
    messageDeliveryAccounts: extras.messageDeliveryAccounts,
    objectStorageAccounts: extras.objectStorageAccounts,
    orderedSubnets: network.orderedSubnets,
    networkEdits: network.networkEdits,
    ipAddressNotes: [],
    sslCertificates: generateCertificates(allocate),
    cdnMappings: generateCdnMappings(allocate),
    firewalls: generateFirewalls({ guests, hardware, allocate }),
    netscalers: generateNetscalers(accountId, allocate),
    ...ipsecTables(generateIpsec(allocate)),
    ...compute,
    ...generateScaleGroups({ guests, sshKeyIds: sshKeys.map((key) => key.id), allocate, anchor: ANCHOR }),
  };
}

function definedOnly(sizes: AccountSizes): AccountSizes {
  const out: AccountSizes = {};
  for (const key of Object.keys(DEFAULT_SIZES) as Array<keyof AccountSizes>) {
    const value = sizes[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The IPsec tables of a snapshot from what `generateIpsec` made. */
function ipsecTables(ipsec: ReturnType<typeof generateIpsec>): Partial<StateSnapshot> {
  return {
    ipsecContexts: ipsec.contexts,
    ipsecTranslations: ipsec.translations,
    ipsecCustomerSubnets: ipsec.customerSubnets,
  };
}
