import { DAY_MS } from './dates';
import { addressAt, subnetsOf } from './network';
import { type Random, randomUuid } from './random';
import type {
  GuestRecord,
  HardwareRecord,
  LicenseRecord,
  MessageDeliveryAccountRecord,
  NotificationEventRecord,
  ObjectStorageAccountRecord,
} from './records';

export interface GenerateAccountExtrasOptions {
  /** Their own random stream. */
  random: Random;
  guests: readonly GuestRecord[];
  hardware: readonly HardwareRecord[];
  companySlug: string;
  allocate: (
    kind:
      | 'notificationEvent'
      | 'license'
      | 'messageDeliveryAccount'
      | 'objectStorageAccount'
      | 'objectStorageCredential',
  ) => number;
  /** Events are placed around this instant: some over, some under way, some to come. */
  now: number;
}

export interface AccountExtras {
  notificationEvents: NotificationEventRecord[];
  licenses: LicenseRecord[];
  messageDeliveryAccounts: MessageDeliveryAccountRecord[];
  objectStorageAccounts: ObjectStorageAccountRecord[];
}

const HOUR_MS = 3_600_000;

/** Event templates: type, subject, summary, start offset from now (days), length (hours). */
const EVENTS: ReadonlyArray<
  readonly [NotificationEventRecord['typeKeyName'], string, string, number, number]
> = [
  [
    'PLANNED',
    'Scheduled maintenance: dal13 hypervisor firmware',
    'Hosts will be patched; guests restart once.',
    3,
    4,
  ],
  [
    'PLANNED',
    'Network maintenance: fra02 backbone routers',
    'Redundant paths stay up; brief packet loss possible.',
    9,
    2,
  ],
  [
    'PLANNED',
    'Storage maintenance: dal10 Endurance controllers',
    'Volumes stay online during controller failover.',
    -20,
    3,
  ],
  [
    'UNPLANNED_INCIDENT',
    'Degraded performance: lon06 private network',
    'A line card failed and was replaced.',
    -1,
    6,
  ],
  ['UNPLANNED_INCIDENT', 'Portal login delays', 'Logins took up to a minute; resolved.', -40, 2],
  [
    'ANNOUNCEMENT',
    'Ubuntu 18.04 images retire on 2027-03-31',
    'Move to Ubuntu 22.04 or 24.04 images.',
    -5,
    24,
  ],
  [
    'ANNOUNCEMENT',
    'New datacenter: mad04 opens for orders',
    'Madrid 4 joins the EU multizone region.',
    -12,
    24,
  ],
];

/** Control panel licenses (bound to a server's address) and VMware account licenses. */
const VIRTUAL_LICENSES = [
  ['CPANEL_PREMIER_CLOUD', 'cPanel', 'cPanel L.L.C.', 'cPanel/WHM Premier Cloud 11', 'root', 24.5],
  ['PLESK_WEB_HOST_EDITION', 'Plesk', 'Plesk International GmbH', 'Plesk Web Host Edition 18', 'admin', 19.0],
] as const;
const ACCOUNT_LICENSES = [
  [
    'VMWARE_VSAN_ENTERPRISE_TIER_III_65_124_TB_6_X',
    'vSAN',
    'VMware',
    'VMware vSAN Enterprise Tier III 65 - 124 TB 6.x',
    8,
    'administrator',
    780.0,
  ],
  [
    'VMWARE_VCENTER_SERVER_STANDARD_6_5',
    'vCenter Server',
    'VMware',
    'VMware vCenter Server Standard 6.5',
    2,
    'administrator@vsphere.local',
    310.0,
  ],
  [
    'VMWARE_NSX_DATA_CENTER_ADVANCED_6_4',
    'NSX Data Center',
    'VMware',
    'VMware NSX Data Center Advanced 6.4',
    16,
    'admin',
    455.0,
  ],
] as const;

/** A license key of five groups of five letters and digits. */
function licenseKey(random: Random): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  const group = () => Array.from({ length: 5 }, () => random.pick([...alphabet])).join('');
  return Array.from({ length: 5 }, group).join('-');
}

/** Notification events around `now`, VMware and control panel licenses, and two email delivery accounts. */
export function generateAccountExtras(options: GenerateAccountExtrasOptions): AccountExtras {
  const { random, guests, hardware, allocate, now } = options;
  const day = Math.floor(now / DAY_MS) * DAY_MS;
  const notificationEvents = EVENTS.map(([typeKeyName, subject, summary, startDays, hours], index) => {
    const startAt = day + startDays * DAY_MS + 6 * HOUR_MS;
    const endAt = startAt + hours * HOUR_MS;
    const impacted = typeKeyName === 'ANNOUNCEMENT' ? 0 : random.int(1, 4);
    const updates = [{ at: startAt - 2 * DAY_MS, contents: `${summary} Notice ${index + 1} sent.` }];
    if (endAt < now) updates.push({ at: endAt, contents: 'The work is complete.' });
    return {
      id: allocate('notificationEvent'),
      typeKeyName,
      subject,
      summary,
      startAt,
      endAt,
      modifiedAt: Math.min(now, endAt),
      statusKeyName: typeKeyName === 'ANNOUNCEMENT' ? 'PUBLISHED' : endAt < now ? 'COMPLETED' : 'ACTIVE',
      systemTicketId: 140_000_000 + index * 7919,
      acknowledged: endAt < now && index % 2 === 0,
      impactedGuestIds: guests.slice(index, index + impacted).map((guest) => guest.id),
      impactedHardwareIds: hardware.slice(index % 3, (index % 3) + Math.min(impacted, 1)).map((s) => s.id),
      updates,
    } satisfies NotificationEventRecord;
  });

  const licenses: LicenseRecord[] = [];
  VIRTUAL_LICENSES.forEach(
    ([itemKeyName, softwareName, manufacturer, longDescription, requiredUser, fee], index) => {
      const server = hardware[index] ?? undefined;
      const guest = guests[index];
      const datacenterId = server?.datacenterId ?? guest?.datacenterId ?? 1854795;
      const ipIndex = server?.ipIndex ?? guest?.ipIndex ?? index;
      const id = allocate('license');
      licenses.push({
        id,
        kind: 'virtual',
        itemKeyName,
        softwareName,
        manufacturer,
        longDescription,
        key: licenseKey(random),
        capacity: 1,
        requiredUser,
        ipAddress: addressAt(subnetsOf(datacenterId).public, ipIndex),
        monthlyFee: fee,
        datacenterId,
        createdAt: now - random.int(30, 400) * DAY_MS,
      });
    },
  );
  for (const [
    itemKeyName,
    softwareName,
    manufacturer,
    longDescription,
    capacity,
    requiredUser,
    fee,
  ] of ACCOUNT_LICENSES) {
    licenses.push({
      id: allocate('license'),
      kind: 'account',
      itemKeyName,
      softwareName,
      manufacturer,
      longDescription,
      key: licenseKey(random),
      capacity,
      requiredUser,
      ipAddress: null,
      monthlyFee: fee,
      datacenterId: 1854795,
      createdAt: now - random.int(30, 400) * DAY_MS,
    });
  }

  const messageDeliveryAccounts = (['BASIC', 'FREE_PACKAGE'] as const).map((typeKeyName, index) => {
    const createdAt = now - random.int(60, 700) * DAY_MS;
    return {
      id: allocate('messageDeliveryAccount'),
      username: `${options.companySlug}_mail${index + 1}`,
      password: licenseKey(random).replaceAll('-', '').toLowerCase(),
      emailAddress: `${index === 0 ? 'noreply' : 'alerts'}@${options.companySlug}.example.com`,
      typeKeyName,
      smtpAccess: index === 0,
      createdAt,
      modifiedAt: createdAt,
      dailyVolume: index === 0 ? random.int(800, 2400) : random.int(20, 90),
    } satisfies MessageDeliveryAccountRecord;
  });
  const hex = (length: number) => Array.from({ length }, () => random.pick([...'0123456789abcdef'])).join('');
  const objectStorageAccounts = ['backups', 'media'].map((purpose, index) => {
    const createdAt = now - random.int(90, 900) * DAY_MS;
    return {
      id: allocate('objectStorageAccount'),
      username: `SLOS${307_600 + index}-${index + 2}`,
      uuid: randomUuid(random),
      notes: index === 0 ? 'Nightly database backups' : null,
      createdAt,
      buckets: [
        {
          name: `${options.companySlug}-${purpose}`,
          storageLocation: index === 0 ? 'us-south-standard' : 'eu-de-smart',
          bytesUsed: random.int(1, 900) * 1_073_741_824,
          objectCount: random.int(100, 90_000),
        },
        {
          name: `${options.companySlug}-${purpose}-archive`,
          storageLocation: 'us-geo-cold',
          bytesUsed: random.int(1, 90) * 1_073_741_824,
          objectCount: random.int(10, 9_000),
        },
      ],
      credentials: [
        { id: allocate('objectStorageCredential'), accessKey: hex(20), secretKey: hex(48), createdAt },
      ],
    } satisfies ObjectStorageAccountRecord;
  });
  return { notificationEvents, licenses, messageDeliveryAccounts, objectStorageAccounts };
}
