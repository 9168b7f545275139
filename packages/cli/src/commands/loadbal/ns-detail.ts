import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { cleanTime } from '../clean-time';

const command: CommandSpec = defineCommand({
  name: 'ns-detail',
  description: 'Get Netscaler details.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const identifier = text(args.identifier) ?? '';
    if (!/^\d+$/.test(identifier)) throw new CliError(`Error: Invalid Netscaler id '${identifier}'`);
    const adc = await (await context.manager('LoadBalancerManager')).getAdc(Number(identifier));
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['Id', adc.id]);
    table.addRow(['Type', adc.description]);
    table.addRow(['Name', adc.name]);
    table.addRow(['Location', adc.datacenter?.longName]);
    table.addRow(['Managment Ip', adc.managementIpAddress]);
    table.addRow(['Root Password', adc.password?.password]);
    table.addRow(['Primary Ip', adc.primaryIpAddress]);
    table.addRow(['License Expiration', cleanTime(adc.licenseExpirationDate)]);
    const subnets = new Table(['Id', 'Subnet', 'Type', 'Space']);
    for (const subnet of adc.subnets ?? []) {
      subnets.addRow([
        subnet.id,
        `${subnet.networkIdentifier}/${subnet.cidr}`,
        subnet.subnetType,
        subnet.addressSpace,
      ]);
    }
    table.addRow(['Subnets', subnets]);
    const vlans = new Table(['Id', 'Number']);
    for (const vlan of adc.networkVlans ?? []) vlans.addRow([vlan.id, vlan.vlanNumber]);
    table.addRow(['Vlans', vlans]);
    return table;
  },
});

export default command;
