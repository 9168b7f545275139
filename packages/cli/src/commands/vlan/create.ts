import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { asReferenceError } from '../order/order-helpers';

const command: CommandSpec = defineCommand({
  name: 'create',
  description: 'Order/create a VLAN instance.',
  help: [
    'Example:',
    '    sl vlan create --name myvlan --datacenter dal13',
    '    or',
    '    sl vlan create --name myvlan --pod dal10.pod01',
  ].join('\n'),
  options: [
    { flags: '--name <name>', description: 'Vlan name' },
    { flags: '-d, --datacenter <datacenter>', description: 'Datacenter shortname' },
    { flags: '-p, --pod <pod>', description: 'Pod name. E.g dal05.pod01' },
    {
      flags: '--network <network>',
      description: 'Network vlan type',
      default: 'public',
      choices: ['public', 'private'],
    },
    {
      flags: '--billing <billing>',
      description: 'Billing rate',
      default: 'hourly',
      choices: ['hourly', 'monthly'],
    },
  ],
  async run(context, { options }) {
    const name = text(options.name) ?? (await context.ask('Name')) ?? '';
    const pod = text(options.pod);
    let datacenter = text(options.datacenter);
    if (!(datacenter || pod)) throw new CliError('--datacenter or --pod is required to create a VLAN');
    const network = text(options.network);
    const extras: { name: string; routerId?: number } = { name };
    if (pod) {
      datacenter = pod.split('.')[0] ?? pod;
      const router = (await (await context.manager('NetworkManager')).getPods()).find(
        (item) => item.name === pod,
      );
      const routerId = network === 'private' ? router?.backendRouterId : router?.frontendRouterId;
      if (!routerId) throw new CliError(`Unable to find pod name: ${pod}`);
      extras.routerId = routerId;
    }
    const ordering = await context.manager('OrderingManager');
    const receipt = await asReferenceError(() =>
      ordering.placeOrder(
        'NETWORK_VLAN',
        datacenter ?? '',
        [network === 'private' ? 'PRIVATE_NETWORK_VLAN' : 'PUBLIC_NETWORK_VLAN'],
        {
          complexType: 'SoftLayer_Container_Product_Order_Network_Vlan',
          hourly: text(options.billing) !== 'monthly',
          // The order container of a VLAN (SoftLayer_Container_Product_Order_Network_Vlan) has a name and a router.
          extras: extras as object,
        },
      ),
    );
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['id', receipt.orderId]);
    table.addRow(['created', receipt.orderDate]);
    table.addRow([
      'name',
      (receipt.orderDetails?.orderContainers?.[0] as { name?: string } | undefined)?.name,
    ]);
    return table;
  },
});

export default command;
