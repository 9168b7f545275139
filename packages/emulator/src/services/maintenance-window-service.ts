import { faults } from '../api-fault';
import { DATACENTERS } from '../data/catalog';
import { DAY_MS, formatApiDate, parseApiDate } from '../data/dates';
import { integerArg, stringArg } from './arguments';
import { rows, type ServiceDefinition } from './service-definition';

/** At most this many days of windows in one answer. */
const MAX_DAYS = 366;

/**
 * `SoftLayer_Provisioning_Maintenance_Window`: every datacenter has one window a day, from 02:00 to 06:00 Central
 * time (08:00–12:00 UTC), which upgrades are scheduled into.
 */
export const maintenanceWindowService: ServiceDefinition = {
  name: 'SoftLayer_Provisioning_Maintenance_Window',
  type: 'SoftLayer_Provisioning_Maintenance_Window',
  methods: {
    // (beginDate, endDate, locationId, slotsNeeded): the windows of a datacenter between two dates.
    getMaintenanceWindows: (input) => {
      const begin = parseApiDate(stringArg(input.call.args, 0, 'beginDate'));
      const end = parseApiDate(stringArg(input.call.args, 1, 'endDate'));
      if (Number.isNaN(begin) || Number.isNaN(end)) {
        throw faults.invalidValue('beginDate and endDate must be dates (2026-11-20T00:00:00.0000-06:00).');
      }
      const locationId = integerArg(input.call.args, 2, 'locationId');
      if (!DATACENTERS.some((dc) => dc.id === locationId)) throw faults.objectNotFound(locationId);
      const firstDay = Math.floor(begin / DAY_MS);
      const lastDay = Math.min(Math.floor(end / DAY_MS), firstDay + MAX_DAYS);
      const windows = [];
      for (let day = firstDay; day <= lastDay; day++) {
        const start = day * DAY_MS + 8 * 3_600_000;
        if (start < begin || start > end) continue;
        windows.push({
          id: locationId * 1000 + (day % 1000),
          beginDate: formatApiDate(start),
          endDate: formatApiDate(start + 4 * 3_600_000),
          locationId,
          portalTzId: 114,
          weekDay: new Date(start).getUTCDay() + 1,
        });
      }
      return rows('SoftLayer_Provisioning_Maintenance_Window', windows);
    },
  },
};
