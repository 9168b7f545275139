import { type CommandSpec, defineCommand, list, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { asReferenceError, orderComplexType, parseExtras } from './order-helpers';

const command: CommandSpec = defineCommand({
  name: 'place-quote',
  description: 'Place a quote.',
  help: `Creates a quote of the package in the given location (a datacenter's long name or region key name).
Packages: \`sl order package-list\`; presets: \`sl order preset-list\`; items: \`sl order item-list\` (the
required categories: \`sl order category-list\`).

Example:
  sl order place-quote --name "foobar" --send-email CLOUD_SERVER DALLAS13 \\
    GUEST_CORES_4 RAM_16_GB REBOOT_REMOTE_CONSOLE 1_GBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS \\
    BANDWIDTH_0_GB_2 1_IP_ADDRESS GUEST_DISK_100_GB_SAN OS_UBUNTU_22_64 \\
    --extras '{"virtualGuests": [{"hostname": "test", "domain": "softlayer.com"}]}' \\
    --complex-type SoftLayer_Container_Product_Order_Virtual_Guest`,
  arguments: [
    { name: 'package_keyname' },
    { name: 'location' },
    { name: 'order_items', required: false, variadic: true },
  ],
  options: [
    { flags: '--preset <preset>', description: 'The order preset (if required by the package)' },
    { flags: '--name <name>', description: 'A custom name to be assigned to the quote (optional)' },
    {
      flags: '--send-email',
      description: 'The quote will be sent to the email address associated with your user.',
    },
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
    const manager = await context.manager('OrderingManager');
    const order = {
      packageKey: text(args.package_keyname) ?? '',
      location: text(args.location) ?? '',
      itemKeys: list(args.order_items),
    };
    const extras = parseExtras(text(options.extras));
    const preset = text(options.preset);
    const name = text(options.name);
    const complexType = await orderComplexType(manager, order, text(options.complexType));
    const receipt = await asReferenceError(() =>
      manager.placeQuote(order.packageKey, order.location, order.itemKeys, {
        complexType,
        quantity: 1,
        sendEmail: options.sendEmail === true,
        ...(name ? { quoteName: name } : {}),
        ...(preset ? { preset } : {}),
        ...(extras ? { extras } : {}),
      }),
    );
    const table = new KeyValueTable();
    table.addRow(['id', receipt.quote?.id]);
    table.addRow(['name', receipt.quote?.name]);
    table.addRow(['created', receipt.orderDate]);
    table.addRow(['expires', receipt.quote?.expirationDate]);
    table.addRow(['status', receipt.quote?.status]);
    return table;
  },
});

export default command;
