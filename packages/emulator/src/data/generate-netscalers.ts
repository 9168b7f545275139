// The generated account's NetScalers: two fixed VPX appliances (no random draws, so nothing else moves), on the
// derived VLANs and subnets of their datacenters.
import { DATACENTERS } from './catalog';
import { DAY_MS, GENERATION_ANCHOR } from './dates';
import type { NetscalerRecord } from './netscaler-record';
import { addressAt, subnetsOf } from './network';
import type { IdKind } from './state';

/**
 * Their addresses sit at the top of the datacenter's /16s, above the guests', servers' (60 000), IPsec contexts'
 * (64 000) and firewalls' (65 000 – 65 499).
 */
const ADDRESS_INDEX = 65_520;

const NETSCALERS: ReadonlyArray<{
  datacenter: string;
  description: string;
  typeId: number;
  password: string;
  bandwidth: string;
  ageDays: number;
  licenseDays: number;
}> = [
  {
    datacenter: 'dal13',
    description: 'Citrix NetScaler VPX 10.5 10Mbps Standard',
    typeId: 2,
    password: 'Qw7nR2xLp4',
    bandwidth: '.00365',
    ageDays: 410,
    licenseDays: 320,
  },
  {
    datacenter: 'ams03',
    description: 'Citrix NetScaler VPX 11.1 200Mbps Platinum',
    typeId: 2,
    password: 'Zk3vT9mHs8',
    bandwidth: '12.48211',
    ageDays: 95,
    licenseDays: 270,
  },
];

export function generateNetscalers(accountId: number, allocate: (kind: IdKind) => number): NetscalerRecord[] {
  return NETSCALERS.map((spec, index) => {
    const datacenter = DATACENTERS.find((dc) => dc.name === spec.datacenter) ?? DATACENTERS[0]!;
    const subnets = subnetsOf(datacenter.id);
    const createdAt = GENERATION_ANCHOR - spec.ageDays * DAY_MS;
    return {
      id: allocate('netscaler'),
      name: `SLADC${accountId}-${String(index + 1).padStart(2, '0')}`,
      description: spec.description,
      typeId: spec.typeId,
      datacenterId: datacenter.id,
      primaryIpAddress: addressAt(subnets.public, ADDRESS_INDEX + index),
      managementIpAddress: addressAt(subnets.private, ADDRESS_INDEX + index),
      password: spec.password,
      outboundPublicBandwidthUsage: spec.bandwidth,
      licenseExpiresAt: GENERATION_ANCHOR + spec.licenseDays * DAY_MS,
      createdAt,
      modifiedAt: createdAt + DAY_MS,
      tags: [],
    };
  });
}
