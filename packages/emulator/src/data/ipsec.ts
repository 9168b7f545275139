// IPsec VPN data: SoftLayer's service network subnets a tunnel can reach, the seeded tunnel contexts, and the
// addresses and names of new ones.
import { DATACENTERS } from './catalog';
import { DAY_MS, GENERATION_ANCHOR } from './dates';
import type {
  IpsecContextRecord,
  IpsecCustomerSubnetRecord,
  IpsecPhaseSettings,
  IpsecTranslationRecord,
} from './ipsec-records';
import { addressAt, type SubnetView, subnetsOf } from './network';
import { ipv4Value } from './ordered-subnets';
import { ID_BASES, type IdKind } from './state';

/** SoftLayer's service networks (backups, monitoring, mirrors…) that a tunnel may reach (`serviceSubnets`). */
const SERVICE_NETWORKS: ReadonlyArray<[string, number]> = [
  ['10.0.64.0', 19],
  ['10.1.128.0', 19],
  ['10.2.128.0', 20],
  ['10.3.64.0', 20],
];

/** The dotted netmask of a prefix length (`24` → `255.255.255.0`). */
export function netmask(cidr: number): string {
  const bits = cidr === 0 ? 0 : (0xffffffff << (32 - cidr)) >>> 0;
  return [24, 16, 8, 0].map((shift) => (bits >>> shift) & 255).join('.');
}

let serviceSubnets: SubnetView[] | undefined;

/** The service network subnets (ids from 1 960 001), as subnets of the first datacenter. */
export function ipsecServiceSubnets(): readonly SubnetView[] {
  serviceSubnets ??= SERVICE_NETWORKS.map(([networkIdentifier, cidr], index) => {
    const size = 2 ** (32 - cidr);
    const [a, b, c] = networkIdentifier.split('.').map(Number) as [number, number, number];
    const last = c + size / 256 - 1;
    return {
      id: 1_960_001 + index,
      networkIdentifier,
      cidr,
      netmask: netmask(cidr),
      gateway: '',
      broadcastAddress: `${a}.${b}.${last}.255`,
      addressSpace: 'PRIVATE',
      subnetType: 'SERVICE',
      version: 4,
      vlanId: null,
      datacenter: DATACENTERS[0]!,
      prefix: `${a}.${b}.${c}`,
      size,
    };
  });
  return serviceSubnets;
}

/** Whether a remote subnet holds an IPv4 address. */
export function remoteSubnetHolds(subnet: IpsecCustomerSubnetRecord, address: string): boolean {
  const start = ipv4Value(subnet.networkIdentifier);
  const value = ipv4Value(address);
  return value >= start && value < start + 2 ** (32 - subnet.cidr);
}

/** The settings a new tunnel starts with (what the portal proposes). */
export const DEFAULT_PHASE_SETTINGS: IpsecPhaseSettings = {
  phaseOneAuthentication: 'MD5',
  phaseOneDiffieHellmanGroup: 2,
  phaseOneEncryption: '3DES',
  phaseOneKeylife: 14400,
  phaseTwoAuthentication: 'MD5',
  phaseTwoDiffieHellmanGroup: 2,
  phaseTwoEncryption: '3DES',
  phaseTwoKeylife: 3600,
  phaseTwoPerfectForwardSecrecy: 0,
};

/** SoftLayer's end of a new tunnel: a public address of the datacenter set apart for tunnels. */
export function internalPeerAddress(datacenterId: number, contextId: number): string {
  return addressAt(subnetsOf(datacenterId).public, 64_000 + ((contextId - ID_BASES.ipsecContext) % 1000));
}

/** The API's name of a context: `ipsec<nn>.<datacenter>`. */
export function contextName(datacenterName: string, contextId: number): string {
  return `ipsec${String(contextId - ID_BASES.ipsecContext + 1).padStart(2, '0')}.${datacenterName}`;
}

/** The seeded account's tunnels: an office tunnel in dal13 with NAT, and a backup site in fra02. */
export function generateIpsec(allocate: (kind: IdKind) => number): {
  contexts: IpsecContextRecord[];
  translations: IpsecTranslationRecord[];
  customerSubnets: IpsecCustomerSubnetRecord[];
} {
  const byName = (name: string) => DATACENTERS.find((dc) => dc.name === name)!;
  const dal13 = byName('dal13');
  const fra02 = byName('fra02');
  const created = (daysAgo: number) => GENERATION_ANCHOR - daysAgo * DAY_MS;
  const remote = (networkIdentifier: string, cidr: number, daysAgo: number): IpsecCustomerSubnetRecord => ({
    id: allocate('ipsecCustomerSubnet'),
    networkIdentifier,
    cidr,
    createdAt: created(daysAgo),
  });
  const office = [remote('192.168.10.0', 24, 300), remote('192.168.20.0', 24, 300)];
  const backup = [remote('172.20.0.0', 16, 120)];
  const officeId = allocate('ipsecContext');
  const backupId = allocate('ipsecContext');
  const contexts: IpsecContextRecord[] = [
    {
      id: officeId,
      name: contextName(dal13.name, officeId),
      friendlyName: 'hq-office',
      datacenterId: dal13.id,
      internalPeerIpAddress: internalPeerAddress(dal13.id, officeId),
      customerPeerIpAddress: '203.0.113.10',
      presharedKey: 'k7Vq9dLm2Xr4',
      advancedConfigurationFlag: 0,
      phaseOneAuthentication: 'SHA256',
      phaseOneDiffieHellmanGroup: 5,
      phaseOneEncryption: 'AES256',
      phaseOneKeylife: 28800,
      phaseTwoAuthentication: 'SHA256',
      phaseTwoDiffieHellmanGroup: 5,
      phaseTwoEncryption: 'AES256',
      phaseTwoKeylife: 3600,
      phaseTwoPerfectForwardSecrecy: 1,
      internalSubnetIds: [subnetsOf(dal13.id).private.id],
      customerSubnetIds: office.map((subnet) => subnet.id),
      serviceSubnetIds: [ipsecServiceSubnets()[0]!.id],
      staticRouteSubnetIds: [],
      configurationRequests: [],
      orderId: ID_BASES.order - 400,
      createdAt: created(300),
      modifiedAt: created(45),
    },
    {
      id: backupId,
      name: contextName(fra02.name, backupId),
      friendlyName: 'backup-site',
      datacenterId: fra02.id,
      internalPeerIpAddress: internalPeerAddress(fra02.id, backupId),
      customerPeerIpAddress: '198.51.100.20',
      presharedKey: 'Rb3nW8sQe1Tz',
      advancedConfigurationFlag: 0,
      ...DEFAULT_PHASE_SETTINGS,
      phaseOneAuthentication: 'SHA1',
      phaseOneEncryption: 'AES128',
      phaseTwoAuthentication: 'SHA1',
      phaseTwoEncryption: 'AES128',
      internalSubnetIds: [subnetsOf(fra02.id).private.id],
      customerSubnetIds: backup.map((subnet) => subnet.id),
      serviceSubnetIds: [],
      staticRouteSubnetIds: [],
      configurationRequests: [],
      orderId: ID_BASES.order - 200,
      createdAt: created(120),
      modifiedAt: created(120),
    },
  ];
  const officePrivate = subnetsOf(dal13.id).private;
  const translation = (
    internalIndex: number,
    customerIpAddress: string,
    notes: string | null,
  ): IpsecTranslationRecord => ({
    id: allocate('ipsecTranslation'),
    contextId: officeId,
    internalIpAddress: addressAt(officePrivate, internalIndex),
    customerIpAddress,
    notes,
    createdAt: created(290),
    modifiedAt: created(290),
  });
  const translations = [
    translation(40, '192.168.10.40', 'app server'),
    translation(41, '192.168.10.41', 'database'),
  ];
  return { contexts, translations, customerSubnets: [...office, ...backup] };
}
