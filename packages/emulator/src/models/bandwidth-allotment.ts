import { DATACENTERS } from '../data/catalog';
import { trackingIdOf } from '../data/metric-data';
import { addressAt, subnetsOf } from '../data/network';
import type { GuestRecord, HardwareRecord } from '../data/records';
import type { EmulatorState } from '../data/state';
import { bandwidthAllotmentView, bandwidthUsageView } from './shared-views';
import { defineModel, type TypeModel } from './type-model';

/** A bandwidth pool: the servers of a region share one allotment. Pools are derived from the servers. */
export interface BandwidthPool {
  id: number;
  name: string;
  locationGroup: { id: number; name: string; description: string; locationGroupTypeId: number };
  guests: GuestRecord[];
  hardware: HardwareRecord[];
}

const REGIONS = [
  { id: 309961, name: 'North America', group: 1, prefixes: ['dal', 'wdc', 'sjc', 'tor', 'mon', 'sao'] },
  { id: 309962, name: 'Europe', group: 2, prefixes: ['lon', 'fra', 'ams', 'par', 'mil', 'mad'] },
  { id: 309963, name: 'Asia Pacific', group: 3, prefixes: ['tok', 'syd', 'che', 'sng', 'osa', 'seo'] },
] as const;

/** What each server's allotment adds to its pool (GB), as `bandwidthAllotmentDetail.allocation.amount` says. */
const ALLOCATION_GB = 250;

/** This cycle's public outbound usage of a server (GB), from the stable numbers of its usage view. */
function outboundUsage(serverId: number): number {
  return Number(bandwidthUsageView(serverId)[0]?.amountOut ?? 0);
}

function inboundUsage(serverId: number): number {
  return Number(bandwidthUsageView(serverId)[0]?.amountIn ?? 0);
}

function regionOf(datacenterId: number): (typeof REGIONS)[number] | undefined {
  const name = DATACENTERS.find((datacenter) => datacenter.id === datacenterId)?.name ?? '';
  return REGIONS.find((region) => region.prefixes.some((prefix) => name.startsWith(prefix)));
}

/** A region's pool; its members are gathered only when read (a server's `virtualRack` reads none). */
function poolOfRegion(state: EmulatorState, region: (typeof REGIONS)[number]): BandwidthPool {
  let guests: GuestRecord[] | undefined;
  let hardware: HardwareRecord[] | undefined;
  return {
    id: region.id,
    name: `${region.name} bandwidth pool`,
    locationGroup: {
      id: region.group,
      name: region.name,
      description: `${region.name} bandwidth pooling`,
      locationGroupTypeId: 1,
    },
    get guests() {
      guests ??= state.guests.filter((guest) => regionOf(guest.datacenterId) === region);
      return guests;
    },
    get hardware() {
      hardware ??= state.hardware.filter((server) => regionOf(server.datacenterId) === region);
      return hardware;
    },
  };
}

/** The account's bandwidth pools: one per region that has servers. */
export function bandwidthPools(state: EmulatorState): BandwidthPool[] {
  return REGIONS.map((region) => poolOfRegion(state, region)).filter(
    (pool) => pool.guests.length + pool.hardware.length > 0,
  );
}

/** The pool a server is in (its region's, which has it), as its `virtualRack` says: no walk over the account. */
export function poolOfServer(
  state: EmulatorState,
  server: GuestRecord | HardwareRecord,
): BandwidthPool | undefined {
  const region = regionOf(server.datacenterId);
  return region === undefined ? undefined : poolOfRegion(state, region);
}

/** A pool member as the allotment lists it: a server with its address, allotment and usage. */
function memberView(server: GuestRecord | HardwareRecord, usageProperty: string): Record<string, unknown> {
  return {
    id: server.id,
    hostname: server.hostname,
    domain: server.domain,
    fullyQualifiedDomainName: `${server.hostname}.${server.domain}`,
    primaryIpAddress: addressAt(subnetsOf(server.datacenterId).public, server.ipIndex),
    bandwidthAllotmentDetail: bandwidthAllotmentView(server.id),
    [usageProperty]: outboundUsage(server.id).toFixed(4),
  };
}

/** Members are plain views (the server models do not carry pool usage): the type names no model. */
const MEMBER_VIEW = 'bandwidth pool member view';

function servers(pool: BandwidthPool): Array<GuestRecord | HardwareRecord> {
  return [...pool.guests, ...pool.hardware];
}

function sum(values: readonly number[]): number {
  return Math.round(values.reduce((total, item) => total + item, 0) * 10_000) / 10_000;
}

export const bandwidthAllotmentModel: TypeModel<unknown> = defineModel<BandwidthPool>({
  type: 'SoftLayer_Network_Bandwidth_Version1_Allotment',
  local(pool, context) {
    const out = sum(servers(pool).map((server) => outboundUsage(server.id)));
    return {
      id: pool.id,
      accountId: context.state.accountId,
      name: pool.name,
      bandwidthAllotmentTypeId: 2,
      locationGroupId: pool.locationGroup.id,
      serviceProviderId: 1,
      createDate: '2019-03-01T09:00:00-06:00',
      totalBandwidthAllocated: servers(pool).length * ALLOCATION_GB,
      // The cycle is taken as half over: the projection doubles what was used so far.
      projectedPublicBandwidthUsage: Math.round(out * 2 * 100) / 100,
      inboundPublicBandwidthUsage: sum(servers(pool).map((server) => inboundUsage(server.id))).toFixed(4),
    };
  },
  relations: {
    metricTrackingObjectId: { type: 'int', get: (pool) => trackingIdOf({ kind: 'pool', id: pool.id }) },
    metricTrackingObject: {
      type: 'SoftLayer_Metric_Tracking_Object_VirtualDedicatedRack',
      get: (pool) => ({ id: trackingIdOf({ kind: 'pool', id: pool.id }) }),
    },
    locationGroup: { type: 'SoftLayer_Location_Group', get: (pool) => pool.locationGroup },
    billingCyclePublicBandwidthUsage: {
      type: 'SoftLayer_Network_Bandwidth_Usage',
      get: (pool) => ({
        amountIn: sum(servers(pool).map((server) => inboundUsage(server.id))).toFixed(4),
        amountOut: sum(servers(pool).map((server) => outboundUsage(server.id))).toFixed(4),
      }),
    },
    activeDetails: {
      type: 'SoftLayer_Network_Bandwidth_Version1_Allotment_Detail',
      get: (pool) =>
        servers(pool).map((server) => ({
          id: server.id,
          allocationId: server.id,
          allocation: { amount: String(ALLOCATION_GB) },
        })),
    },
    virtualGuests: {
      type: MEMBER_VIEW,
      get: (pool) => pool.guests.map((guest) => memberView(guest, 'outboundPublicBandwidthUsage')),
    },
    hardware: {
      type: MEMBER_VIEW,
      get: (pool) =>
        pool.hardware
          .filter((server) => !server.hourly)
          .map((server) => memberView(server, 'outboundBandwidthUsage')),
    },
    bareMetalInstances: {
      type: MEMBER_VIEW,
      get: (pool) =>
        pool.hardware
          .filter((server) => server.hourly)
          .map((server) => memberView(server, 'outboundBandwidthUsage')),
    },
  },
});
