// Fixed reference data the generator draws from: datacenters, operating systems, ticket subjects, products.

export interface DatacenterSpec {
  id: number;
  name: string;
  longName: string;
  region: string;
}

export const DATACENTERS: readonly DatacenterSpec[] = [
  { id: 1441195, name: 'dal10', longName: 'Dallas 10', region: 'DALLAS10' },
  { id: 1854895, name: 'dal12', longName: 'Dallas 12', region: 'DALLAS12' },
  { id: 1854795, name: 'dal13', longName: 'Dallas 13', region: 'DALLAS13' },
  { id: 138124, name: 'dal05', longName: 'Dallas 5', region: 'DALLAS05' },
  { id: 449494, name: 'dal09', longName: 'Dallas 9', region: 'DALLAS09' },
  { id: 2017603, name: 'wdc07', longName: 'Washington 7', region: 'WASHINGTON07' },
  { id: 1004997, name: 'sjc03', longName: 'San Jose 3', region: 'SANJOSE03' },
  { id: 448994, name: 'tor01', longName: 'Toronto 1', region: 'TORONTO' },
  { id: 1578323, name: 'lon06', longName: 'London 6', region: 'LONDON06' },
  { id: 1441567, name: 'fra02', longName: 'Frankfurt 2', region: 'FRANKFURT02' },
  { id: 265592, name: 'ams03', longName: 'Amsterdam 3', region: 'AMSTERDAM03' },
  { id: 1556985, name: 'tok02', longName: 'Tokyo 2', region: 'TOKYO02' },
  { id: 1763093, name: 'syd04', longName: 'Sydney 4', region: 'SYDNEY04' },
  { id: 983497, name: 'sao01', longName: 'Sao Paulo 1', region: 'SAOPAULO' },
];

export interface OperatingSystemSpec {
  referenceCode: string;
  manufacturer: string;
  name: string;
  version: string;
  username: string;
}

export const OPERATING_SYSTEMS: readonly OperatingSystemSpec[] = [
  {
    referenceCode: 'UBUNTU_22_64',
    manufacturer: 'Ubuntu',
    name: 'Ubuntu',
    version: '22.04-64 Minimal for VSI',
    username: 'root',
  },
  {
    referenceCode: 'UBUNTU_20_64',
    manufacturer: 'Ubuntu',
    name: 'Ubuntu',
    version: '20.04-64 Minimal for VSI',
    username: 'root',
  },
  {
    referenceCode: 'DEBIAN_12_64',
    manufacturer: 'Debian',
    name: 'Debian GNU/Linux',
    version: '12.x bookworm/Stable-64 Minimal',
    username: 'root',
  },
  {
    referenceCode: 'REDHAT_8_64',
    manufacturer: 'Red Hat',
    name: 'Red Hat Enterprise Linux',
    version: '8.x-64 HVM',
    username: 'root',
  },
  {
    referenceCode: 'ROCKYLINUX_9_64',
    manufacturer: 'Rocky Linux',
    name: 'Rocky Linux',
    version: '9.x-64 Minimal',
    username: 'root',
  },
  {
    referenceCode: 'CENTOS_7_64',
    manufacturer: 'CentOS',
    name: 'CentOS',
    version: '7.x-64 Minimal for VSI',
    username: 'root',
  },
  {
    referenceCode: 'WIN_2022-STD_64',
    manufacturer: 'Microsoft',
    name: 'Windows Server',
    version: '2022 Standard Edition (64 bit)',
    username: 'Administrator',
  },
];

/** `UBUNTU_LATEST` and friends resolve to the first matching code. */
export function resolveOperatingSystem(code: string): OperatingSystemSpec | undefined {
  const upper = code.toUpperCase();
  const exact = OPERATING_SYSTEMS.find((os) => os.referenceCode === upper);
  if (exact) return exact;
  const prefix = upper.replace(/_LATEST(_64)?$/, '');
  return OPERATING_SYSTEMS.find((os) => os.referenceCode.startsWith(prefix));
}

export const TICKET_SUBJECTS: readonly { id: number; name: string }[] = [
  { id: 1001, name: 'Accounting Request' },
  { id: 1002, name: 'Sales Request' },
  { id: 1003, name: 'Reboots and Console Access' },
  { id: 1004, name: 'DNS Request' },
  { id: 1021, name: 'Hardware Issue' },
  { id: 1022, name: 'Public Network Question' },
  { id: 1041, name: 'Private Network Question' },
  { id: 1061, name: 'CDN Question' },
];

export const TICKET_STATUSES: readonly { id: number; name: string }[] = [
  { id: 1001, name: 'Open' },
  { id: 1002, name: 'Closed' },
  { id: 1004, name: 'Assigned' },
];

export const HOSTNAME_WORDS: readonly string[] = [
  'web',
  'api',
  'db',
  'cache',
  'worker',
  'queue',
  'edge',
  'batch',
  'search',
  'mail',
  'build',
  'log',
  'proxy',
  'vpn',
];

export const DOMAIN_NAMES: readonly string[] = [
  'example.com',
  'example.org',
  'example.net',
  'acme.test',
  'internal.example',
  'shop.example',
  'lab.example',
];

export const TAG_NAMES: readonly string[] = [
  'prod',
  'staging',
  'dev',
  'db',
  'web',
  'batch',
  'critical',
  'eu',
  'us',
];

/** The provisioning steps a new guest walks through, in order. */
export const PROVISION_STEPS: readonly { name: string; friendlyName: string }[] = [
  { name: 'ASSIGN_HOST', friendlyName: 'Assign Host' },
  { name: 'PROVISION_DNS', friendlyName: 'Configure DNS' },
  { name: 'CLOUD_CREATE_DISKS', friendlyName: 'Create Disks' },
  { name: 'CLOUD_CONFIGURE_NETWORK', friendlyName: 'Configure Network' },
  { name: 'CLOUD_INSTALL_OS', friendlyName: 'Install Operating System' },
  { name: 'CLOUD_FINISH', friendlyName: 'Finish' },
];
