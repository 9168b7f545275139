import type { OrderGuestOptions } from '@sl/managers';
import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, type OptionValue } from '../../define-command';
import { Table } from '../../output/table';
import { parseMemory } from '../click-types';
import {
  askFor,
  asList,
  asNumber,
  asText,
  confirmOrder,
  EXPORT_OPTION,
  givenOptions,
  ROUTER_OPTIONS,
  sshKeyIds,
  TEMPLATE_OPTION,
} from '../order-input';
import { resolveId } from '../resolve-id';
import { readTemplate, writeTemplate } from './create-template';
import { readUserFile } from './edit';
import type {
  OrderReceipt as SoftLayer_Container_Product_Order_Receipt,
  ItemPrice as SoftLayer_Product_Item_Price,
} from './guest-types';
import { likeGuest } from './like-guest';

const INTEGER_OPTIONS = new Set([
  'cpu',
  'hostId',
  'network',
  'vlanPublic',
  'vlanPrivate',
  'subnetPublic',
  'subnetPrivate',
  'routerPublic',
  'routerPrivate',
  'wait',
]);

/** slcli's `_validate_args`: the combinations it refuses, in its order and words. */
function validate(args: Record<string, OptionValue>): void {
  const refuse = (message: string) => {
    throw new CliError(`Argument Error: ${message}`);
  };
  if (args.cpu && args.flavor) refuse('[-c | --cpu] not allowed with [-f | --flavor]');
  if (args.memory && args.flavor) refuse('[-m | --memory] not allowed with [-f | --flavor]');
  if (args.dedicated && args.transient) refuse('[--dedicated] not allowed with [--transient]');
  if (args.dedicated && args.flavor) refuse('[-d | --dedicated] not allowed with [-f | --flavor]');
  if (args.hostId && args.flavor) refuse('[-h | --host-id] not allowed with [-f | --flavor]');
  if (args.transient && args.billing === 'monthly')
    refuse('[--transient] not allowed with [--billing monthly]');
  if (args.userdata && args.userfile) refuse('[-u | --userdata] not allowed with [-F | --userfile]');
  if (args.os && args.image) refuse('[-o | --os] not allowed with [--image]');
}

/** slcli's `_build_receipt_table`: each price at the billing rate and the total. */
function receiptTable(
  prices: readonly SoftLayer_Product_Item_Price[],
  orderId: unknown,
  billing: string,
): Table {
  const table = new Table(['Cost', 'Description'], { title: `OrderId: ${orderId ?? 'No order placed'}` });
  table.align = { Cost: 'right', Description: 'left' };
  let total = 0;
  for (const price of prices) {
    const rate = Number((billing === 'hourly' ? price.hourlyRecurringFee : price.recurringFee) ?? 0);
    total += rate;
    table.addRow([rate, price.item?.description]);
  }
  table.addRow([total.toFixed(3), `Total ${billing} cost`]);
  return table;
}

function guestTable(receipt: SoftLayer_Container_Product_Order_Receipt): Table {
  const table = new Table(['ID', 'FQDN', 'guid', 'Order Date']);
  for (const guest of receipt.orderDetails?.virtualGuests ?? []) {
    table.addRow([guest.id, guest.fullyQualifiedDomainName, guest.globalIdentifier, receipt.orderDate]);
  }
  return table;
}

const command: CommandSpec = defineCommand({
  name: 'create',
  description: 'Order/create virtual servers.',
  help: "See 'sl vs create-options' for valid options",
  options: [
    { flags: '-H, --hostname <hostname>', description: 'Host portion of the FQDN' },
    { flags: '-D, --domain <domain>', description: 'Domain portion of the FQDN' },
    {
      flags: '-c, --cpu <cpu>',
      description: 'Number of CPU cores (not available with flavors)',
      integer: true,
    },
    { flags: '-m, --memory <memory>', description: 'Memory in mebibytes (not available with flavors)' },
    { flags: '-f, --flavor <flavor>', description: 'Public Virtual Server flavor key name' },
    { flags: '-d, --datacenter <datacenter>', description: 'Datacenter shortname' },
    { flags: '-o, --os <os>', description: 'OS install code. Tip: you can specify <OS>_LATEST' },
    { flags: '--image <image>', description: "Image ID. See: 'sl image list' for reference" },
    {
      flags: '--boot-mode <mode>',
      description: 'Specify the mode to boot the OS in. Supported modes are HVM and PV.',
    },
    {
      flags: '--billing <billing>',
      description: 'Billing rate [default: hourly]',
      choices: ['hourly', 'monthly'],
    },
    { flags: '--dedicated', description: 'Create a Dedicated Virtual Server' },
    { flags: '--public', description: 'Create a Virtual Server on shared hosts (the default)' },
    {
      flags: '--host-id <id>',
      description: 'Host Id to provision a Dedicated Host Virtual Server onto',
      integer: true,
    },
    { flags: '--san', description: 'Use SAN storage instead of local disk.' },
    { flags: '--test', description: 'Do not actually create the virtual server' },
    EXPORT_OPTION,
    { flags: '-i, --postinstall <uri>', description: 'Post-install script to download' },
    {
      flags: '-k, --key <key>',
      description: 'SSH keys to add to the root user (multiple occurrence permitted)',
      multiple: true,
    },
    { flags: '--disk <size>', description: 'Disk sizes (multiple occurrence permitted)', multiple: true },
    { flags: '--private', description: 'Forces the VS to only have access the private network' },
    { flags: '--like <identifier>', description: 'Use the configuration from an existing VS' },
    { flags: '-n, --network <speed>', description: 'Network port speed in Mbps', integer: true },
    {
      flags: '-g, --tag <tag>',
      description: 'Tags to add to the instance (multiple occurrence permitted)',
      multiple: true,
    },
    TEMPLATE_OPTION,
    { flags: '-u, --userdata <userdata>', description: 'User defined metadata string' },
    { flags: '-F, --userfile <file>', description: 'Read userdata from file' },
    {
      flags: '--vlan-public <id>',
      description: 'The ID of the public VLAN on which you want the virtual server placed',
      integer: true,
    },
    {
      flags: '--vlan-private <id>',
      description: 'The ID of the private VLAN on which you want the virtual server placed',
      integer: true,
    },
    {
      flags: '--subnet-public <id>',
      description: 'The ID of the public SUBNET on which you want the virtual server placed',
      integer: true,
    },
    {
      flags: '--subnet-private <id>',
      description: 'The ID of the private SUBNET on which you want the virtual server placed',
      integer: true,
    },
    ...ROUTER_OPTIONS,
    {
      flags: '-S, --public-security-group <id>',
      description: 'Security group ID to associate with the public interface (multiple occurrence permitted)',
      multiple: true,
    },
    {
      flags: '-s, --private-security-group <id>',
      description:
        'Security group ID to associate with the private interface (multiple occurrence permitted)',
      multiple: true,
    },
    {
      flags: '--wait <seconds>',
      description: 'Wait until VS is finished provisioning for up to X seconds before returning',
      integer: true,
    },
    {
      flags: '--placementgroup <id>',
      description: 'Placement Group Id to order this guest on. See: sl vs placementgroup list',
    },
    { flags: '--ipv6', description: 'Adds an IPv6 address to this guest' },
    { flags: '--transient', description: 'Create a transient virtual server' },
  ],
  async run(context, { options }) {
    const [{ VsManager }, { ImageManager }, { PlacementManager }] = await Promise.all([
      import('@sl/managers/vs-manager'),
      import('@sl/managers/image-manager'),
      import('@sl/managers/placement-manager'),
    ]);
    const given = givenOptions(options);
    if (given.public === true) delete given.dedicated;
    const templateValues = asText(given.template) ? readTemplate(String(given.template)) : {};
    const client = await context.client();
    const manager = new VsManager(client);
    const likeValues = asText(given.like) ? await likeGuest(manager, String(given.like)) : {};
    const args: Record<string, OptionValue> = { ...likeValues, ...templateValues, ...given };
    args.billing = asText(args.billing) ?? 'hourly';
    for (const name of INTEGER_OPTIONS) if (args[name] !== undefined) args[name] = asNumber(args[name]);
    const memory =
      typeof args.memory === 'number' ? args.memory : parseMemory(asText(args.memory), '--memory');
    if (!asText(args.hostname)) args.hostname = await askFor(context, 'Hostname');
    if (!asText(args.domain)) args.domain = await askFor(context, 'Domain');
    if (!asText(args.datacenter)) args.datacenter = await askFor(context, 'Datacenter');
    validate(args);
    // slcli asks until it has an operating system code or an image.
    for (let asked = 0; !asText(args.os) && !asText(args.image); asked++) {
      if (asked >= 10) throw new CliError('Aborted!', 1);
      args.os = await askFor(context, 'Operating System Code', '');
      if (!args.os) args.image = await askFor(context, 'Image', '');
    }

    const flavor = asText(args.flavor);
    const guest: OrderGuestOptions = {
      hostname: String(args.hostname),
      domain: String(args.domain),
      hourly: args.billing === 'hourly',
      cpus: asNumber(args.cpu),
      memory,
      flavor,
      osCode: asText(args.os) || undefined,
      hostId: asNumber(args.hostId),
      private: Boolean(args.private) || undefined,
      transient: Boolean(args.transient) || undefined,
      ipv6: Boolean(args.ipv6) || undefined,
      nicSpeed: asNumber(args.network),
      bootMode: asText(args.bootMode),
      dedicated: Boolean(args.dedicated) || undefined,
      postUri: asText(args.postinstall),
      datacenter: asText(args.datacenter),
      publicVlan: asNumber(args.vlanPublic),
      privateVlan: asNumber(args.vlanPrivate),
      publicSubnet: asNumber(args.subnetPublic),
      privateSubnet: asNumber(args.subnetPrivate),
      publicRouter: asNumber(args.routerPublic),
      privateRouter: asNumber(args.routerPrivate),
      // The flavor includes the primary disk: no local-disk flag then (unless --san).
      ...(!args.san && flavor ? {} : { localDisk: !args.san }),
    };
    const disks = asList(args.disk).map((disk) => asNumber(disk) as number);
    if (disks.length > 0) guest.disks = disks;
    const image = asText(args.image);
    if (image) {
      guest.imageId = /^\d+$/.test(image)
        ? String(
            (await new ImageManager(client).getImage(Number(image), { mask: 'id,globalIdentifier' }))
              .globalIdentifier,
          )
        : image;
    }
    if (asText(args.userdata)) guest.userdata = asText(args.userdata);
    else if (asText(args.userfile)) guest.userdata = readUserFile(String(args.userfile));
    const keys = await sshKeyIds(client, asList(args.key));
    if (keys.length > 0) guest.sshKeys = keys;
    const publicGroups = asList(args.publicSecurityGroup).map((id) => asNumber(id) as number);
    if (publicGroups.length > 0) guest.publicSecurityGroups = publicGroups;
    const privateGroups = asList(args.privateSecurityGroup).map((id) => asNumber(id) as number);
    if (privateGroups.length > 0) guest.privateSecurityGroups = privateGroups;
    const tags = asList(args.tag);
    if (tags.length > 0) guest.tags = tags.join(',');
    const placement = asText(args.placementgroup);
    if (placement) {
      guest.placementId = await resolveId(new PlacementManager(client), placement, 'PlacementGroup');
    }

    const test = args.test === true;
    const exportTo = asText(args.export);
    const doCreate = !(exportTo || test);
    if (doCreate)
      await confirmOrder(context, client, String(args.datacenter), 'Aborting virtual server order.');
    if (exportTo) {
      writeTemplate(exportTo, { ...args, memory: args.memory });
      return 'Successfully exported options to a template file.';
    }
    const billing = String(args.billing);
    if (test) {
      const order = await manager.orderGuest(guest, { test: true });
      return receiptTable(order.prices ?? [], undefined, billing);
    }
    const receipt = await manager.orderGuest(guest);
    const receiptOutput = receiptTable(receipt.orderDetails?.prices ?? [], receipt.orderId, billing);
    context.print(guestTable(receipt));
    context.print(receiptOutput);
    const wait = asNumber(args.wait);
    if (wait) {
      const guestId = receipt.orderDetails?.virtualGuests?.[0]?.id as number;
      context.out(`Waiting for ${guestId} to finish provisioning...\n`);
      try {
        await manager.waitForReady(guestId, { timeoutMs: wait * 1000 });
      } catch (error) {
        if ((error as { code?: string }).code !== 'SL_WAIT_TIMEOUT') throw error;
        context.print(receiptOutput);
        throw new CliError('', 1);
      }
    }
    return undefined;
  },
});

export default command;
