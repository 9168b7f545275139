import type { SoftLayerClient } from '@sl/client';
import type { SoftLayer_Metric_Tracking_Object_Data } from '@sl/types';
import { checkPositive, checkText, invalid } from './check-input';
import { signalOption } from './list-options';

/** The service whose `getMetricTrackingObjectId` names a server's metric tracking object. */
export type TrackedService = 'Virtual_Guest' | 'Hardware_Server';

/** What `getBandwidthData` takes besides the server. */
export interface BandwidthDataOptions {
  /** Start of the period (`YYYY-MM-DD`, or with a time: `YYYY-MM-DD HH:MM:SS`). */
  startDate: string;
  endDate: string;
  /** `public` or `private`: the network whose traffic to read (both when left out). */
  direction?: 'public' | 'private';
  /** Seconds each data point averages (default 3600, the reference's); over 3600 the API aligns the dates. */
  rollup?: number;
  signal?: AbortSignal;
}

/** What `getSummaryDataUsage` takes besides the server. */
export interface SummaryDataOptions {
  startDate: string;
  endDate: string;
  /** The metric (`CPU0`, `MEMORY_USAGE`, …), read as its maximum over each period. */
  validType: string;
  /** Seconds in each period (e.g. 300, 3600). */
  summaryPeriod: number;
  signal?: AbortSignal;
}

/** The id of a server's metric tracking object (`getMetricTrackingObjectId`). */
export function trackingId(
  client: SoftLayerClient,
  service: TrackedService,
  id: number | string,
  signal: AbortSignal | undefined,
): Promise<number> {
  return client.call(service, 'getMetricTrackingObjectId', { id, ...signalOption(signal) });
}

/** Checks a period's dates, naming the method: non-empty text each. */
function checkPeriod(options: { startDate: unknown; endDate: unknown }, method: string): void {
  checkText(options?.startDate, 'startDate', method);
  checkText(options?.endDate, 'endDate', method);
}

/** Checks `getBandwidthData`'s options before any call. */
export function checkBandwidthOptions(options: BandwidthDataOptions): void {
  checkPeriod(options, 'getBandwidthData');
  if (options.direction !== undefined && options.direction !== 'public' && options.direction !== 'private') {
    throw invalid(
      `getBandwidthData: direction must be 'public' or 'private', got ${String(options.direction)}`,
    );
  }
  if (options.rollup !== undefined) checkPositive(options.rollup, 'rollup', 'getBandwidthData');
}

/** Checks `getSummaryDataUsage`'s options before any call. */
export function checkSummaryOptions(options: SummaryDataOptions): void {
  checkPeriod(options, 'getSummaryDataUsage');
  checkText(options.validType, 'validType', 'getSummaryDataUsage');
  checkPositive(options.summaryPeriod, 'summaryPeriod', 'getSummaryDataUsage');
}

/** Averaged bandwidth of a tracking object over a period (every page), as the reference's `get_bandwidth_data`. */
export async function bandwidthData(
  client: SoftLayerClient,
  service: TrackedService,
  id: number | string,
  options: BandwidthDataOptions,
): Promise<SoftLayer_Metric_Tracking_Object_Data[]> {
  const tracking = await trackingId(client, service, id, options.signal);
  const data = await client.call('Metric_Tracking_Object', 'getBandwidthData', {
    id: tracking,
    args: [options.startDate, options.endDate, options.direction ?? null, options.rollup ?? 3600] as [
      string,
      string,
      string,
      number,
    ],
    iter: true,
    // Data points have no id to order pages by; the API keeps them in time order.
    stableOrder: false,
    ...signalOption(options.signal),
  });
  return [...data];
}

/** A metric's maximum per period over a time span (every page), as the reference's `get_summary_data_usage`. */
export async function summaryData(
  client: SoftLayerClient,
  service: TrackedService,
  id: number | string,
  options: SummaryDataOptions,
): Promise<SoftLayer_Metric_Tracking_Object_Data[]> {
  const tracking = await trackingId(client, service, id, options.signal);
  const data = await client.call('Metric_Tracking_Object', 'getSummaryData', {
    id: tracking,
    args: [
      options.startDate,
      options.endDate,
      [{ keyName: options.validType, summaryType: 'max' }],
      options.summaryPeriod,
    ],
    iter: true,
    // Data points have no id to order pages by; the API keeps them in time order.
    stableOrder: false,
    ...signalOption(options.signal),
  });
  return [...data];
}
