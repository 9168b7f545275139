import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { orderCostTable } from '../order-cost-table';

const command: CommandSpec = defineCommand({
  name: 'create',
  description: 'Add a new subnet to your account.',
  help: [
    'Valid quantities vary by type.',
    '',
    'IPv4',
    'static  - 1, 2, 4, 8, 16, 32, 64, 128, 256',
    'public  - 4, 8, 16, 32, 64, 128, 256',
    'private - 4, 8, 16, 32, 64, 128, 256',
    '',
    'IPv6',
    'static  - 64',
    'public  - 64',
    '',
    'endpoint-id',
    'static  - Network_Subnet_IpAddress identifier.',
    'public  - Network_Vlan identifier',
    'private - Network_Vlan identifier',
  ].join('\n'),
  arguments: [{ name: 'network' }, { name: 'quantity' }, { name: 'endpoint-id' }],
  options: [
    { flags: '--ipv6, --v6', description: 'Order IPv6 Addresses' },
    { flags: '--test', description: 'Do not order the subnet; just get a quote' },
  ],
  async run(context, { args, options }) {
    const network = text(args.network) ?? '';
    if (!['static', 'public', 'private'].includes(network)) {
      throw new CliError(
        `Error: Invalid value for 'NETWORK': '${network}' is not one of 'static', 'public', 'private'.`,
      );
    }
    const quantity = wholeNumber(text(args.quantity), 'QUANTITY');
    const endpointId = wholeNumber(text(args['endpoint-id']), 'ENDPOINT_ID');
    const test = options.test === true;
    if (!test && !(await context.confirm('This action will incur charges on your account. Continue?'))) {
      throw new CliError('Cancelling order.');
    }
    const version = options.v6 === true ? 6 : 4; // `--ipv6, --v6` is `v6`
    const manager = await context.manager('NetworkManager');
    const result = await manager
      .addSubnet(network as 'static' | 'public' | 'private', {
        quantity,
        endpointId,
        version,
        testOrder: test,
      })
      .catch((error: unknown) => {
        const fault = error instanceof Error ? error.message : String(error);
        throw new CliError(`Unable to order ${quantity} ${network} ipv${version} , error: ${fault}`);
      });
    return orderCostTable(('prices' in result ? result.prices : undefined) ?? [], 'Item');
  },
});

function wholeNumber(value: string | undefined, name: string): number {
  if (value === undefined || !/^[-+]?\d+$/.test(value.trim())) {
    throw new CliError(`Error: Invalid value for '${name}': '${value}' is not a valid integer.`);
  }
  return Number.parseInt(value, 10);
}

export default command;
