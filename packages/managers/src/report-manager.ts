import type { SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_Container_Search_Result,
  SoftLayer_Metric_Tracking_Object_Data,
  SoftLayer_Network_Pod,
  SoftLayer_Network_Vlan,
} from '@sl/types';
import { invalid } from './check-input';
import { type CallControl, signalOption } from './list-options';

/** One line of the bandwidth report: a pool, a hardware server or a virtual server, and its summed traffic data. */
export interface BandwidthReportItem {
  id: number;
  type: 'pool' | 'hardware' | 'virtual';
  /** The pool's name or the server's hostname. */
  name: string;
  /** For a server: the pool it is in (`virtualRack` of allotment type 2), else null. */
  pool?: string | null;
  /** `getSummaryData`'s points (`type` is `publicIn_net_octet`, …). */
  data: SoftLayer_Metric_Tracking_Object_Data[];
}

/** A VLAN of a closing pod with the resources on it (the mask of `getClosingPodVlans`). */
export type ClosingVlan = SoftLayer_Network_Vlan & {
  privateNetworkGateways?: Array<{ id?: number; name?: string; networkSpace?: string }>;
  publicNetworkGateways?: Array<{ id?: number; name?: string; networkSpace?: string }>;
};

/** A report period's end: a `Date` (its local wall time, as the reference's naive datetimes) or `YYYY-MM-DD[ HH:MM:SS]`. */
export type ReportTime = Date | string;

const POOL_TYPES = [
  { keyName: 'PUBLICIN', name: 'publicIn', summaryType: 'sum' },
  { keyName: 'PUBLICOUT', name: 'publicOut', summaryType: 'sum' },
  { keyName: 'PRIVATEIN', name: 'privateIn', summaryType: 'sum' },
  { keyName: 'PRIVATEOUT', name: 'privateOut', summaryType: 'sum' },
];
const HARDWARE_TYPES = POOL_TYPES.map((type) => ({ ...type, summaryType: 'counter' }));
const VIRTUAL_TYPES = [
  { keyName: 'PUBLICIN_NET_OCTET', name: 'publicIn_net_octet', summaryType: 'sum' },
  { keyName: 'PUBLICOUT_NET_OCTET', name: 'publicOut_net_octet', summaryType: 'sum' },
  { keyName: 'PRIVATEIN_NET_OCTET', name: 'privateIn_net_octet', summaryType: 'sum' },
  { keyName: 'PRIVATEOUT_NET_OCTET', name: 'privateOut_net_octet', summaryType: 'sum' },
];

/** A pool's servers are in it when their `virtualRack` is a bandwidth pool (allotment type 2). */
const POOL_ALLOTMENT_TYPE = 2;

const CLOSING_POD_MASK = `mask[name, datacenterLongName, frontendRouterId, capabilities, datacenterId, backendRouterId,
backendRouterName, frontendRouterName]`;

const CLOSING_VLAN_MASK = `mask[
        resource(SoftLayer_Network_Vlan)[
            id,fullyQualifiedName,name,note,vlanNumber,networkSpace,
            virtualGuests[id,fullyQualifiedDomainName,billingItem[cancellationDate]],
            hardware[id,fullyQualifiedDomainName,billingItem[cancellationDate]],
            networkVlanFirewall[id,primaryIpAddress,billingItem[cancellationDate]],
            privateNetworkGateways[id,name,networkSpace],
            publicNetworkGateways[id,name,networkSpace]
        ]
    ]
    `;

const TIME = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/;

function two(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A period end as the reference sends it: `YYYY-MM-DD HH:MM:SS ` (its `%Z` of a time without zone leaves the
 * trailing space).
 */
export function reportTimeText(time: ReportTime, what = 'the time'): string {
  if (time instanceof Date) {
    if (Number.isNaN(time.getTime())) throw invalid(`${what} must be a valid date`);
    const date = `${time.getFullYear()}-${two(time.getMonth() + 1)}-${two(time.getDate())}`;
    return `${date} ${two(time.getHours())}:${two(time.getMinutes())}:${two(time.getSeconds())} `;
  }
  const match = typeof time === 'string' ? TIME.exec(time.trim()) : null;
  if (!match) throw invalid(`${what} must be a Date or YYYY-MM-DD[ HH:MM:SS], got ${JSON.stringify(time)}`);
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
  return `${year}-${month}-${day} ${hour}:${minute}:${second} `;
}

/**
 * The account reports of the reference's `slcli report` (it has no manager for them; these are its API calls):
 * bandwidth by pool and server over a period, and the resources in datacenters whose closure is announced.
 */
export class ReportManager {
  readonly #client: SoftLayerClient;

  constructor(client: SoftLayerClient) {
    this.#client = client;
  }

  /** Each bandwidth pool's traffic (5-minute sums) from `start` to `end`, pool by pool as they are read. */
  async *poolBandwidth(
    start: ReportTime,
    end: ReportTime,
    options: CallControl = {},
  ): AsyncGenerator<BandwidthReportItem, void, undefined> {
    const period = this.#period(start, end);
    const pools = await this.#client.call('Account', 'getVirtualDedicatedRacks', {
      mask: 'id,name,metricTrackingObjectId',
      iter: true,
      stableOrder: false,
      ...signalOption(options.signal),
    });
    for (const pool of pools) {
      if (pool.metricTrackingObjectId === undefined || pool.metricTrackingObjectId === null) continue;
      yield {
        id: pool.id ?? 0,
        type: 'pool',
        name: pool.name ?? '',
        data: await this.#summary(pool.metricTrackingObjectId, period, POOL_TYPES, 300, options),
      };
    }
  }

  /** Each hardware server's traffic (hourly counters) from `start` to `end`, with its pool. */
  async *hardwareBandwidth(
    start: ReportTime,
    end: ReportTime,
    options: CallControl = {},
  ): AsyncGenerator<BandwidthReportItem, void, undefined> {
    const period = this.#period(start, end);
    const servers = await this.#client.call('Account', 'getHardware', {
      mask: 'id,hostname,metricTrackingObject.id,virtualRack[id,bandwidthAllotmentTypeId,name]',
      iter: true,
      stableOrder: false,
      ...signalOption(options.signal),
    });
    for (const server of servers) {
      const trackingId = server.metricTrackingObject?.id;
      if (!trackingId) continue;
      yield {
        id: server.id ?? 0,
        type: 'hardware',
        name: server.hostname ?? '',
        pool: poolName(server.virtualRack),
        data: await this.#summary(trackingId, period, HARDWARE_TYPES, 3600, options),
      };
    }
  }

  /** Each virtual server's traffic (hourly sums) from `start` to `end`, with its pool. */
  async *virtualBandwidth(
    start: ReportTime,
    end: ReportTime,
    options: CallControl = {},
  ): AsyncGenerator<BandwidthReportItem, void, undefined> {
    const period = this.#period(start, end);
    const guests = await this.#client.call('Account', 'getVirtualGuests', {
      mask: 'id,hostname,metricTrackingObjectId,virtualRack[id,bandwidthAllotmentTypeId,name]',
      iter: true,
      stableOrder: false,
      ...signalOption(options.signal),
    });
    for (const guest of guests) {
      const trackingId = guest.metricTrackingObjectId;
      if (trackingId === undefined || trackingId === null) continue;
      yield {
        id: guest.id ?? 0,
        type: 'virtual',
        name: guest.hostname ?? '',
        pool: poolName(guest.virtualRack),
        data: await this.#summary(trackingId, period, VIRTUAL_TYPES, 3600, options),
      };
    }
  }

  /** The pods of datacenters whose closure is announced (capability `CLOSURE_ANNOUNCED`), by name descending. */
  async getClosingPods(options: CallControl = {}): Promise<SoftLayer_Network_Pod[]> {
    return this.#client.call('Network_Pod', 'getAllObjects', {
      mask: CLOSING_POD_MASK,
      filter: {
        capabilities: { operation: 'in', options: [{ name: 'data', value: ['CLOSURE_ANNOUNCED'] }] },
        name: { operation: 'orderBy', options: [{ name: 'sort', value: ['DESC'] }] },
      },
      ...signalOption(options.signal),
    });
  }

  /**
   * The VLANs on a closing pod's routers (`backendRouterName`, `frontendRouterName`) with their servers, firewalls
   * and gateways, found with `SoftLayer_Search`.
   */
  async getClosingPodVlans(pod: SoftLayer_Network_Pod, options: CallControl = {}): Promise<ClosingVlan[]> {
    if (pod === null || typeof pod !== 'object')
      throw invalid('getClosingPodVlans: the pod must be an object');
    const search =
      `_objectType:SoftLayer_Network_Vlan  primaryRouter.hostname: "${pod.backendRouterName}" || ` +
      `primaryRouter.hostname: "${pod.frontendRouterName}"`;
    const results: SoftLayer_Container_Search_Result[] = await this.#client.call('Search', 'advancedSearch', {
      args: [search],
      mask: CLOSING_VLAN_MASK,
      iter: true,
      stableOrder: false,
      ...signalOption(options.signal),
    });
    return results.map((result) => (result.resource ?? {}) as ClosingVlan);
  }

  #period(start: ReportTime, end: ReportTime): [string, string] {
    return [reportTimeText(start, 'start'), reportTimeText(end, 'end')];
  }

  async #summary(
    trackingId: number,
    [start, end]: [string, string],
    types: ReadonlyArray<Record<string, string>>,
    period: number,
    options: CallControl,
  ): Promise<SoftLayer_Metric_Tracking_Object_Data[]> {
    return this.#client.call('Metric_Tracking_Object', 'getSummaryData', {
      id: trackingId,
      args: [start, end, [...types], period],
      ...signalOption(options.signal),
    });
  }
}

function poolName(
  rack: { bandwidthAllotmentTypeId?: number; name?: string } | undefined | null,
): string | null {
  return rack?.bandwidthAllotmentTypeId === POOL_ALLOTMENT_TYPE ? (rack.name ?? null) : null;
}
