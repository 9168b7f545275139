import type { HardwareOrderOptions } from '@sl/managers';
import { type CommandSpec, defineCommand, type OptionValue } from '../../define-command';
import { FormattedItem, KeyValueTable, Table } from '../../output/table';
import {
  askFor,
  asList,
  asNumber,
  asText,
  confirmOrder,
  EXPORT_OPTION,
  givenOptions,
  HOURLY_BILLING_OPTION,
  ROUTER_OPTIONS,
  sshKeyIds,
  TEMPLATE_OPTION,
} from '../order-input';
import { readTemplate, writeTemplate } from '../virtual/create-template';

/** The options slcli asks for when they are missing, in its order. */
const PROMPTED = [
  ['hostname', 'Hostname'],
  ['domain', 'Domain'],
  ['size', 'Size'],
  ['os', 'Os'],
  ['datacenter', 'Datacenter'],
] as const;

const command: CommandSpec = defineCommand({
  name: 'create',
  description: 'Order/create a dedicated server.',
  help: "See 'sl server create-options' for valid options.",
  options: [
    { flags: '-H, --hostname <hostname>', description: 'Host portion of the FQDN' },
    { flags: '-D, --domain <domain>', description: 'Domain portion of the FQDN' },
    { flags: '-s, --size <size>', description: 'Hardware size' },
    { flags: '-o, --os <os>', description: 'OS Key value' },
    { flags: '-d, --datacenter <datacenter>', description: 'Datacenter shortname' },
    { flags: '--port-speed <speed>', description: 'Port speeds. DEPRECATED, use --network', integer: true },
    { flags: '--no-public', description: 'Private network only. DEPRECATED, use --network.' },
    { flags: '--network <key>', description: 'Network Option Key. Use instead of port-speed option' },
    HOURLY_BILLING_OPTION,
    { flags: '-i, --postinstall <uri>', description: 'Post-install script. Should be a HTTPS URL.' },
    { flags: '--test', description: 'Do not actually create the server' },
    TEMPLATE_OPTION,
    EXPORT_OPTION,
    {
      flags: '--wait <seconds>',
      description: 'Wait until the server is finished provisioning for up to X seconds before returning',
      integer: true,
    },
    ...ROUTER_OPTIONS,
    { flags: '-k, --key <key>', description: 'SSH keys to add to the root user', multiple: true },
    { flags: '-e, --extra <key>', description: 'Extra option Key Names', multiple: true },
  ],
  async run(context, { options }) {
    const given = givenOptions(options);
    // commander reads `--no-public` as `public: false` (true when absent); slcli's name is `no_public`.
    if (given.public === false) given.noPublic = true;
    delete given.public;
    const templatePath = asText(given.template);
    const args: Record<string, OptionValue> = {
      ...(templatePath ? readTemplate(templatePath) : {}),
      ...given,
    };
    for (const [name, question] of PROMPTED) {
      if (!asText(args[name])) args[name] = await askFor(context, question);
    }
    const { HardwareManager } = await import('@sl/managers/hardware-manager');
    const client = await context.client();
    const manager = new HardwareManager(client);
    const sshKeys = await sshKeyIds(client, asList(args.key));
    const extras = asList(args.extra);
    const order: HardwareOrderOptions = {
      hostname: String(args.hostname),
      domain: String(args.domain),
      size: String(args.size),
      location: String(args.datacenter),
      os: String(args.os),
      hourly: (asText(args.billing) ?? 'hourly') === 'hourly',
      noPublic: args.noPublic === true || asText(args.noPublic) === 'True',
      ...(sshKeys.length > 0 ? { sshKeys } : {}),
      ...(asText(args.postinstall) ? { postUri: asText(args.postinstall) } : {}),
      ...(asNumber(args.portSpeed) !== undefined ? { portSpeed: asNumber(args.portSpeed) } : {}),
      ...(asText(args.network) ? { network: asText(args.network) } : {}),
      ...(extras.length > 0 ? { extras } : {}),
      ...(asNumber(args.routerPublic) !== undefined ? { publicRouter: asNumber(args.routerPublic) } : {}),
      ...(asNumber(args.routerPrivate) !== undefined ? { privateRouter: asNumber(args.routerPrivate) } : {}),
    };

    const exportTo = asText(args.export);
    const test = args.test === true;
    let output: unknown;
    if (test) {
      const verified = await manager.verifyOrder(order);
      // The monthly fee of each price, whatever the billing (as slcli).
      const table = new Table(['Item', 'cost']);
      table.align = { Item: 'right', cost: 'right' };
      let total = 0;
      for (const price of verified.prices ?? []) {
        const fee = Number(price.recurringFee ?? 0);
        total += fee;
        table.addRow([price.item?.description, fee.toFixed(2)]);
      }
      table.addRow(['Total monthly cost', total.toFixed(2)]);
      output = [
        table,
        new FormattedItem(
          '',
          ' -- ! Prices reflected here are retail and do not take account level discounts and are not guaranteed.',
        ),
      ];
    }
    if (exportTo) {
      writeTemplate(exportTo, args);
      return 'Successfully exported options to a template file.';
    }
    if (!test) {
      await confirmOrder(context, client, String(args.datacenter), 'Aborting dedicated server order.');
      const receipt = await manager.placeOrder(order);
      const table = new KeyValueTable(['name', 'value']);
      table.addRow(['id', receipt.orderId]);
      table.addRow(['created', receipt.orderDate]);
      output = table;
    }
    return output;
  },
});

export default command;
