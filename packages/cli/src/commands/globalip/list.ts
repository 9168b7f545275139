import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List all global IPs.',
  options: [{ flags: '--ip-version <version>', description: 'Display only IPv4', choices: ['v4', 'v6'] }],
  async run(context, { options }) {
    const ipVersion = text(options.ipVersion);
    const version = ipVersion === 'v4' ? 4 : ipVersion === 'v6' ? 6 : undefined;
    const globalIps = await (await context.manager('NetworkManager')).listGlobalIps(
      version ? { version } : {},
    );
    const table = new Table(['id', 'ip', 'assigned', 'target']);
    for (const globalIp of globalIps) {
      const destination = globalIp.destinationIpAddress;
      const device = destination?.virtualGuest ?? destination?.hardware;
      const target = destination
        ? `${destination.ipAddress}${device ? ` (${device.fullyQualifiedDomainName})` : ''}`
        : 'None';
      table.addRow([globalIp.id, globalIp.ipAddress?.ipAddress, destination ? 'Yes' : 'No', target]);
    }
    return table;
  },
});

export default command;
