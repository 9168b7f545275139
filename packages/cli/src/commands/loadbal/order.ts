import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';

function protocolOf(value: string, flag: string): { protocol: string; port: number } {
  const parts = value.split(':');
  if (parts.length !== 2 || !/^\d+$/.test(parts[1] ?? '')) {
    throw new CliError(`Argument Error: ${flag}=${value} is not properly formatted.`);
  }
  return { protocol: parts[0] ?? '', port: Number(parts[1]) };
}

interface Price {
  hourlyRecurringFee?: string | number;
  item?: { description?: string };
}

const command: CommandSpec = defineCommand({
  name: 'order',
  description: 'Creates a LB. Protocols supported are TCP, HTTP, and HTTPS.',
  options: [
    { flags: '-n, --name <name>', description: 'Label for this loadbalancer.' },
    { flags: '-d, --datacenter <datacenter>', description: 'Datacenter shortname (dal13).' },
    { flags: '-l, --label <label>', description: 'A descriptive label for this loadbalancer.' },
    {
      flags: '-f, --frontend <protocol:port>',
      description: 'PROTOCOL:PORT string for incoming internet connections.',
      default: 'HTTP:80',
    },
    {
      flags: '-b, --backend <protocol:port>',
      description: 'PROTOCOL:PORT string for connecting to backend servers.',
      default: 'HTTP:80',
    },
    {
      flags: '-m, --method <method>',
      description: 'Balancing Method.',
      default: 'ROUNDROBIN',
      choices: ['ROUNDROBIN', 'LEASTCONNECTION', 'WEIGHTED_RR'],
    },
    {
      flags: '-s, --subnet <id>',
      description: 'Private subnet Id to order the LB on. See `sl lb order-options`',
    },
    { flags: '--public', description: 'Use a Public to Public loadbalancer.' },
    { flags: '--verify', description: 'Only verify an order, dont actually create one.' },
  ],
  async run(context, { options }) {
    const name = text(options.name);
    const datacenterName = text(options.datacenter);
    const subnet = text(options.subnet);
    for (const [value, flag] of [
      [name, "'-n' / '--name'"],
      [datacenterName, "'-d' / '--datacenter'"],
      [subnet, "'-s' / '--subnet'"],
    ] as const) {
      if (!value) throw new CliError(`Error: Missing option ${flag}.`);
    }
    if (!/^\d+$/.test(subnet ?? '')) throw new CliError(`Error: Invalid subnet id '${subnet}'`);
    const frontend = protocolOf(text(options.frontend) ?? 'HTTP:80', 'frontend');
    const backend = protocolOf(text(options.backend) ?? 'HTTP:80', 'backend');
    const datacenters = await (await context.manager('NetworkManager')).getDatacenter({
      datacenter: datacenterName ?? '',
    });
    const location = datacenters[0];
    // slcli halts with exit 1 here (and prints the empty list where the name belongs).
    if (!location?.id) throw new CliError(`Datacenter ${datacenterName} was not found`, 1);
    const receipt = await (await context.manager('LoadBalancerManager')).orderLbaas(
      { id: location.id },
      name ?? '',
      text(options.label),
      [
        {
          backendPort: backend.port,
          backendProtocol: backend.protocol,
          frontendPort: frontend.port,
          frontendProtocol: frontend.protocol,
          loadBalancingMethod: text(options.method) ?? 'ROUNDROBIN',
          maxConn: 1000,
        },
      ],
      Number(subnet),
      { public: options.public === true, verify: options.verify === true },
    );
    const orderId = 'orderId' in receipt ? receipt.orderId : undefined;
    const table = new KeyValueTable(['Item', 'Cost'], { title: `Order: ${orderId ?? 'Quote'}` });
    const prices: readonly Price[] =
      ('prices' in receipt && receipt.prices?.length ? receipt.prices : undefined) ??
      ('orderDetails' in receipt ? receipt.orderDetails?.prices : undefined) ??
      [];
    for (const price of prices) table.addRow([price.item?.description, price.hourlyRecurringFee]);
    return table;
  },
});

export default command;
