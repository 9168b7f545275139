import { faults } from '../api-fault';
import { mappingOf } from '../data/cdn';
import { hash } from '../models/shared-views';
import { integerArg, stringArg } from './arguments';
import { type ServiceDefinition, value } from './service-definition';

const DAY_SECONDS = 86_400;

/** A mapping's traffic on one day: deterministic from the mapping and the day (GB, hits, cache hit ratio %). */
function dayUsage(uniqueId: string, day: number): { gigabytes: number; hits: number; hitRatio: number } {
  const seed = Math.abs(hash(`${uniqueId}:${day}`));
  return { gigabytes: (seed % 5000) / 100, hits: 1000 + (seed % 90_000), hitRatio: 80 + (seed % 200) / 10 };
}

/** `SoftLayer_Network_CdnMarketplace_Metrics::getMappingUsageMetrics`: totals, or a series by day. */
export const cdnMetricsService: ServiceDefinition = {
  name: 'SoftLayer_Network_CdnMarketplace_Metrics',
  type: 'SoftLayer_Container_Network_CdnMarketplace_Metrics',
  methods: {
    getMappingUsageMetrics: (input) => {
      const mapping = mappingOf(input.context.state, stringArg(input.call.args, 0, 'mappingUniqueId'));
      const start = integerArg(input.call.args, 1, 'startDate');
      const end = integerArg(input.call.args, 2, 'endDate');
      const frequency = input.call.args[3] ?? 'aggregate';
      if (end < start) throw faults.invalidValue('endDate must not be before startDate.');
      if (frequency !== 'aggregate' && frequency !== 'day')
        throw faults.invalidValue('frequency must be aggregate or day.');
      const days: number[] = [];
      for (
        let day = Math.floor(start / DAY_SECONDS);
        day < Math.ceil(end / DAY_SECONDS) && days.length < 366;
        day++
      ) {
        days.push(day);
      }
      const usage = days.map((day) => dayUsage(mapping.uniqueId, day));
      const gigabytes = usage.reduce((sum, item) => sum + item.gigabytes, 0);
      const hits = usage.reduce((sum, item) => sum + item.hits, 0);
      const ratio =
        usage.length === 0 ? 0 : usage.reduce((sum, item) => sum + item.hitRatio, 0) / usage.length;
      if (frequency === 'aggregate') {
        return value([
          {
            type: 'TOTALS',
            names: ['TotalBandwidth', 'TotalHits', 'HitRatio'],
            descriptions: ['Total Bandwidth (GB)', 'Total Hits', 'Hit Ratio (%)'],
            totals: [gigabytes.toFixed(2), String(hits), ratio.toFixed(2)],
          },
        ]);
      }
      return value([
        {
          type: 'TIME_SERIES',
          names: ['Bandwidth', 'Hits'],
          time: days.map((day) => day * DAY_SECONDS),
          xaxis: days.map((day) => new Date(day * DAY_SECONDS * 1000).toISOString().slice(0, 10)),
          yaxis1: usage.map((item) => item.gigabytes.toFixed(2)),
          yaxis2: usage.map((item) => String(item.hits)),
          totals: [gigabytes.toFixed(2), String(hits)],
        },
      ]);
    },
  },
};
