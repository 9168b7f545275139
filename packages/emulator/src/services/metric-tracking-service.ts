import { faults } from '../api-fault';
import { metricSeries, parseMetricDate, trackedObjectOf } from '../data/metric-data';
import { bandwidthPools } from '../models/bandwidth-allotment';
import { toInteger } from './arguments';
import { type MethodInput, rows, type ServiceDefinition } from './service-definition';

const DATA_TYPE = 'SoftLayer_Metric_Tracking_Object_Data';

/** A tracking object as the API shows it: its id, what it tracks (`resourceTableId`) and its type. */
interface TrackingObjectView {
  id: number;
  resourceTableId: number;
  startDate: string;
  type: { keyName: string; name: string };
}

/** The bandwidth series of each direction (`public`, `private`, or both when not given). */
const BANDWIDTH_TYPES: Record<string, readonly string[]> = {
  public: ['publicIn_net_octet', 'publicOut_net_octet'],
  private: ['privateIn_net_octet', 'privateOut_net_octet'],
};

/** What each kind of tracked object is tracked as. */
const TRACKED_TYPES = {
  guest: { keyName: 'GUEST', name: 'Guest' },
  hardware: { keyName: 'HARDWARE_SERVER', name: 'Server' },
  firewall: { keyName: 'FIREWALL_CONTEXT', name: 'Firewall' },
  pool: { keyName: 'VIRTUAL_DEDICATED_RACK', name: 'Virtual Dedicated Rack' },
} as const;

/** The series a summary key name reads: the bandwidth key names answer with their octet series' type. */
const SUMMARY_SERIES: Readonly<Record<string, string>> = {
  PUBLICIN: 'publicIn_net_octet',
  PUBLICOUT: 'publicOut_net_octet',
  PRIVATEIN: 'privateIn_net_octet',
  PRIVATEOUT: 'privateOut_net_octet',
  PUBLICIN_NET_OCTET: 'publicIn_net_octet',
  PUBLICOUT_NET_OCTET: 'publicOut_net_octet',
  PRIVATEIN_NET_OCTET: 'privateIn_net_octet',
  PRIVATEOUT_NET_OCTET: 'privateOut_net_octet',
};

function period(input: MethodInput): { start: number; end: number } {
  return {
    start: parseMetricDate(input.call.args[0], 'startDateTime'),
    end: parseMetricDate(input.call.args[1], 'endDateTime'),
  };
}

/** `SoftLayer_Metric_Tracking_Object`: the tracking object of a guest or hardware server, and its data. */
export const metricTrackingService: ServiceDefinition = {
  name: 'SoftLayer_Metric_Tracking_Object',
  type: 'SoftLayer_Metric_Tracking_Object',
  find: (id, context): TrackingObjectView | undefined => {
    const tracked = trackedObjectOf(id);
    if (!tracked) return undefined;
    const exists =
      tracked.kind === 'guest'
        ? context.state.guests.get(tracked.id)
        : tracked.kind === 'hardware'
          ? context.state.hardware.get(tracked.id)
          : tracked.kind === 'pool'
            ? bandwidthPools(context.state).find((pool) => pool.id === tracked.id)
            : context.state.firewalls.get(tracked.id);
    if (!exists) return undefined;
    return {
      id,
      resourceTableId: tracked.id,
      startDate: '2026-01-01T00:00:00-06:00',
      type: TRACKED_TYPES[tracked.kind],
    };
  },
  methods: {
    // (startDateTime, endDateTime, type, rollupSeconds): in and out bytes per rollup period.
    getBandwidthData: (input) => {
      const { start, end } = period(input);
      const direction = input.call.args[2];
      const types =
        direction === undefined || direction === null || direction === ''
          ? [...BANDWIDTH_TYPES.public!, ...BANDWIDTH_TYPES.private!]
          : typeof direction === 'string'
            ? BANDWIDTH_TYPES[direction.toLowerCase()]
            : undefined;
      if (!types)
        throw faults.invalidValue(`The type must be public or private, got "${String(direction)}".`);
      // A null rollup (slcli's `vs bandwidth` sends None) means the default hour, as an absent one.
      const rollupArg = input.call.args[3];
      const rollup = rollupArg === undefined || rollupArg === null ? 3600 : toInteger(rollupArg);
      if (rollup === undefined || rollup <= 0)
        throw faults.invalidValue('rollupSeconds must be a positive integer.');
      return rows(DATA_TYPE, metricSeries(input.id ?? 0, types, start, end, rollup));
    },
    // (startDateTime, endDateTime, validTypes [{keyName, summaryType}], summaryPeriod).
    getSummaryData: (input) => {
      const { start, end } = period(input);
      const validTypes = input.call.args[2];
      if (!Array.isArray(validTypes) || validTypes.length === 0) {
        throw faults.missingParameter('Parameter 3 (validTypes) must be a non-empty array.');
      }
      const keyNames = validTypes.map((type) => {
        const keyName = (type as { keyName?: unknown } | null)?.keyName;
        if (typeof keyName !== 'string' || keyName === '') {
          throw faults.invalidValue('Each valid type must have a keyName (CPU0, MEMORY_USAGE, …).');
        }
        return SUMMARY_SERIES[keyName] ?? keyName;
      });
      const summaryPeriod = toInteger(input.call.args[3]);
      if (summaryPeriod === undefined || summaryPeriod <= 0) {
        throw faults.invalidValue('summaryPeriod must be a positive integer.');
      }
      return rows(DATA_TYPE, metricSeries(input.id ?? 0, keyNames, start, end, summaryPeriod));
    },
  },
};
