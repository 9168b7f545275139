import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, list, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { HOURLY_BILLING_OPTION } from '../order-input';
import { asReferenceError, orderComplexType, parseExtras, verifiedPricesTable } from './order-helpers';

const command: CommandSpec = defineCommand({
  name: 'place',
  description: 'Place or verify an order.',
  help: `1. Find the package keyName from \`sl order package-list\`
2. Find the location from \`sl order package-locations PUBLIC_CLOUD_SERVER\`
   If the package does not require a location, use 'NONE' instead.
3. Find the needed items \`sl order item-list PUBLIC_CLOUD_SERVER\`
   Some packages, like PUBLIC_CLOUD_SERVER need presets, \`sl order preset-list PUBLIC_CLOUD_SERVER\`
4. Find the complex type from https://sldn.softlayer.com/reference
5. Use that complex type to fill out any --extras

Example:
  sl order place --verify --preset B1_2X8X100 --billing hourly \\
    --complex-type SoftLayer_Container_Product_Order_Virtual_Guest \\
    --extras '{"virtualGuests": [{"hostname": "test", "domain": "ibm.com"}]}' \\
    PUBLIC_CLOUD_SERVER DALLAS13 BANDWIDTH_0_GB_2 OS_UBUNTU_22_64 1_IP_ADDRESS \\
    1000_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS REBOOT_REMOTE_CONSOLE`,
  arguments: [
    { name: 'package_keyname' },
    { name: 'location' },
    { name: 'order_items', required: false, variadic: true },
  ],
  options: [
    { flags: '--preset <preset>', description: 'The order preset (if required by the package)' },
    { flags: '--verify', description: 'Flag denoting whether or not to only verify the order, not place it' },
    {
      flags: '--quantity <n>',
      description: 'The quantity of the item being ordered',
      integer: true,
      default: 1,
    },
    HOURLY_BILLING_OPTION,
    {
      flags: '--complex-type <type>',
      description: "The complex type of the order. Starts with 'SoftLayer_Container_Product_Order'.",
    },
    {
      flags: '--extras <json>',
      description: 'JSON string denoting extra data that needs to be sent with the order',
    },
  ],
  async run(context, { args, options }) {
    const [manager, network] = await Promise.all([
      context.manager('OrderingManager'),
      context.manager('NetworkManager'),
    ]);
    const order = {
      packageKey: text(args.package_keyname) ?? '',
      location: text(args.location) ?? '',
      itemKeys: list(args.order_items),
    };
    // Like the reference, warn first when the datacenter is about to close.
    const pods = await network.getClosedPods();
    const datacenter = await network.getDatacenterByKeyname(order.location);
    for (const pod of pods) {
      if (datacenter?.name !== undefined && String(pod.name).includes(datacenter.name)) {
        context.out(`Warning: Closed soon: ${pod.name}\n`);
      }
    }
    const extras = parseExtras(text(options.extras));
    const hourly = text(options.billing) !== 'monthly';
    const preset = text(options.preset);
    const orderOptions = async () => ({
      complexType: await orderComplexType(manager, order, text(options.complexType)),
      hourly,
      quantity: integer(options.quantity) ?? 1,
      ...(preset ? { preset } : {}),
      ...(extras ? { extras } : {}),
    });
    if (options.verify === true) {
      const settings = await orderOptions();
      const verified = await asReferenceError(() =>
        manager.verifyOrder(order.packageKey, order.location, order.itemKeys, settings),
      );
      return verifiedPricesTable(verified.orderContainers?.[0]?.prices ?? [], hourly);
    }
    if (!(await context.confirm('This action will incur charges on your account. Continue?'))) {
      throw new CliError('Aborting order.');
    }
    const settings = await orderOptions();
    const receipt = await asReferenceError(() =>
      manager.placeOrder(order.packageKey, order.location, order.itemKeys, settings),
    );
    const table = new KeyValueTable();
    table.addRow(['id', receipt.orderId]);
    table.addRow(['created', receipt.orderDate]);
    table.addRow(['status', receipt.placedOrder?.status]);
    return table;
  },
});

export default command;
