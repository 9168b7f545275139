import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { byLocation } from './by-location';

const command: CommandSpec = defineCommand({
  name: 'ns-list',
  description: 'List active Netscaler devices.',
  async run(context) {
    const netscalers = await (await context.manager('LoadBalancerManager')).getAdcs();
    if (netscalers.length === 0) return 'No Netscalers';
    const table = new Table(
      ['Id', 'Location', 'Name', 'Description', 'IP Address', 'Management Ip', 'Bandwidth', 'Create Date'],
      { title: 'Netscalers' },
    );
    for (const adc of byLocation(netscalers)) {
      table.addRow([
        adc.id,
        adc.datacenter?.longName,
        adc.name,
        adc.description,
        adc.primaryIpAddress,
        adc.managementIpAddress,
        adc.outboundPublicBandwidthUsage ?? 0,
        cleanTime(adc.createDate),
      ]);
    }
    return table;
  },
});

export default command;
