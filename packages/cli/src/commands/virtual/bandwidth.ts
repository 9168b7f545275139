import type { CommandSpec } from '../../define-command';
import { bandwidthCommand } from '../bandwidth-command';
import { resolveGuest } from './resolve-guest';

const command: CommandSpec = bandwidthCommand(
  `Using just a date might get you times off by 1 hour, use T00:01 to get just the specific days data
Timezones can also be included with the YYYY-MM-DDTHH:mm:ss.00000-HH:mm format.

Due to some rounding and date alignment details, results here might be slightly different than
results in the control portal.

Example::

    sl vs bandwidth 1234 -s 2019-05-01T00:01 -e 2019-05-02T00:00:01.00000-12:00`,
  async (context, input, { startDate, endDate }) => {
    const { manager, id } = await resolveGuest(context, input);
    // As slcli: the guest's points keep the API's default rollup whatever the summary period.
    return manager.getBandwidthData(id, { startDate, endDate });
  },
);

export default command;
