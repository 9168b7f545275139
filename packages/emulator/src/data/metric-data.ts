// Metric tracking data: deterministic series for a server's tracking object (bandwidth, CPU, memory), derived from
// the object's id and the time of each point, so a period reads the same every time.
import { faults } from '../api-fault';
import { formatApiDate } from './dates';

/** Tracking object ids: guests and hardware servers each get their own range (below 2^31, as XML-RPC needs). */
const GUEST_TRACKING_BASE = 1_000_000_000;
const HARDWARE_TRACKING_BASE = 2_000_000_000;
/** Multi-VLAN firewalls (gateway firewalls) are tracked too, for their bandwidth. */
const FIREWALL_TRACKING_BASE = 1_500_000_000;
/** Bandwidth pools (virtual dedicated racks) are tracked for their members' summed traffic. */
const POOL_TRACKING_BASE = 500_000_000;

/** What a tracking object tracks. */
export interface TrackedObject {
  kind: 'guest' | 'hardware' | 'firewall' | 'pool';
  id: number;
}

export function trackingIdOf(tracked: TrackedObject): number {
  const base = {
    guest: GUEST_TRACKING_BASE,
    hardware: HARDWARE_TRACKING_BASE,
    firewall: FIREWALL_TRACKING_BASE,
    pool: POOL_TRACKING_BASE,
  };
  return base[tracked.kind] + tracked.id;
}

/** The object a tracking id names, or undefined when it names none. */
export function trackedObjectOf(trackingId: number): TrackedObject | undefined {
  if (trackingId > HARDWARE_TRACKING_BASE)
    return { kind: 'hardware', id: trackingId - HARDWARE_TRACKING_BASE };
  if (trackingId > FIREWALL_TRACKING_BASE)
    return { kind: 'firewall', id: trackingId - FIREWALL_TRACKING_BASE };
  if (trackingId > GUEST_TRACKING_BASE) return { kind: 'guest', id: trackingId - GUEST_TRACKING_BASE };
  if (trackingId > POOL_TRACKING_BASE) return { kind: 'pool', id: trackingId - POOL_TRACKING_BASE };
  return undefined;
}

/**
 * At most this many points in one answer: a longer period with a short rollup is refused, as the API limits it.
 * Enough for slcli's `report bandwidth` default: 30 days of a pool's four series every 5 minutes (34,560).
 */
export const MAX_POINTS = 40_000;

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

/** `YYYY-MM-DD` (or with a time) as milliseconds (UTC); a fault naming the parameter otherwise. */
export function parseMetricDate(value: unknown, what: string): number {
  const match = typeof value === 'string' ? DATE.exec(value.trim()) : null;
  if (!match) throw faults.invalidValue(`${what} must be a date (YYYY-MM-DD), got "${String(value)}".`);
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
}

/** A number from 0 to 1 that depends only on its inputs. */
function noise(...parts: readonly (number | string)[]): number {
  let hash = 2166136261;
  for (const char of parts.join('|')) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash / 4294967296;
}

/** The value of metric `type` of tracking object `trackingId` at `time` (ms). */
function pointValue(trackingId: number, type: string, time: number): number {
  const hourOfDay = new Date(time).getUTCHours();
  const daily = 0.5 + 0.5 * Math.sin(((hourOfDay - 6) / 24) * 2 * Math.PI);
  const jitter = noise(trackingId, type, time);
  if (/octet/i.test(type)) return Math.round((daily * 40 + jitter * 20) * 1_000_000);
  if (/^CPU/i.test(type)) return Math.round((daily * 50 + jitter * 30) * 100) / 100;
  if (/MEMORY/i.test(type)) return Math.round((0.4 + daily * 0.3 + jitter * 0.1) * 4 * 1024 ** 3);
  return Math.round(jitter * 1000);
}

/**
 * The points of `types` from `start` to `end` (ms), one every `periodSeconds`, in time order then type order:
 * `{ counter, dateTime, type }` as `SoftLayer_Metric_Tracking_Object_Data`.
 */
export function metricSeries(
  trackingId: number,
  types: readonly string[],
  start: number,
  end: number,
  periodSeconds: number,
): Array<{ counter: number; dateTime: string; type: string }> {
  if (!(periodSeconds > 0))
    throw faults.invalidValue('The summary period must be a positive number of seconds.');
  if (end < start) throw faults.invalidValue('The end date must not be before the start date.');
  const step = periodSeconds * 1000;
  const first = Math.ceil(start / step) * step;
  const count = Math.floor((end - first) / step) + 1;
  if (count * types.length > MAX_POINTS) {
    throw faults.invalidValue(`Too many data points requested (at most ${MAX_POINTS}); use a longer period.`);
  }
  const points: Array<{ counter: number; dateTime: string; type: string }> = [];
  for (let time = first; time <= end; time += step) {
    for (const type of types) {
      points.push({ counter: pointValue(trackingId, type, time), dateTime: formatApiDate(time), type });
    }
  }
  return points;
}
