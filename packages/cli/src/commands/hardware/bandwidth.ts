import type { CommandSpec } from '../../define-command';
import { bandwidthCommand } from '../bandwidth-command';
import { resolveHardware } from './resolve-hardware';

const command: CommandSpec = bandwidthCommand(
  `Using just a date might get you times off by 1 hour, use T00:01 to get just the specific days data
Timezones can also be included with the YYYY-MM-DDTHH:mm:ss.00000-HH:mm format.

Example::

    sl hw bandwidth 1234 -s 2019-05-01T00:01 -e 2019-05-02T00:00:01.00000-12:00`,
  async (context, { args }, { startDate, endDate, summaryPeriod }) => {
    const { manager, id } = await resolveHardware(context, args.identifier);
    // As slcli: the summary period is also the rollup of the data points.
    return manager.getBandwidthData(id, { startDate, endDate, rollup: summaryPeriod });
  },
);

export default command;
