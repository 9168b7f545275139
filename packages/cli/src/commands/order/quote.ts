import { CliError } from '../../cli-error';
import type { CommandContext } from '../../command-context';
import {
  type CommandInput,
  type CommandSpec,
  defineCommand,
  integer,
  list,
  text,
} from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { idArgument } from '../id-argument';
import { resolveId } from '../resolve-id';
import { readUserFile } from '../virtual/edit';
import { verifiedPricesTable } from './order-helpers';

/** The reference's `_parse_create_args`: what the order of a quote adds to the quote's container. */
async function orderExtras(
  context: CommandContext,
  options: CommandInput['options'],
): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  const quantity = integer(options.quantity);
  if (quantity) data.quantity = quantity;
  const postinstall = text(options.postinstall);
  if (postinstall) data.provisionScripts = [postinstall];
  const complexType = text(options.complexType);
  if (complexType) data.complexType = complexType;
  const servers = list(options.fqdn).map((fqdn) => {
    const dot = fqdn.indexOf('.');
    if (dot < 0)
      throw new CliError(`Error: Invalid value for '--fqdn': '${fqdn}' is not <hostname>.<domain>.`);
    return { hostname: fqdn.slice(0, dot), domain: fqdn.slice(dot + 1) } as Record<string, unknown>;
  });
  if (servers.length > 0) data.hardware = servers;
  // As the reference, the --extras text is sent as it is (under `extras`), not parsed.
  const extras = text(options.extras);
  if (extras) data.extras = extras;
  const image = text(options.image);
  if (image) {
    if (/^\d+$/.test(image)) {
      const images = await context.manager('ImageManager');
      const details = await images.getImage(Number(image), { mask: 'id,globalIdentifier' });
      data.imageTemplateGlobalIdentifier = details.globalIdentifier;
    } else {
      data.imageTemplateGlobalIdentifier = image;
    }
  }
  const userfile = text(options.userfile);
  const userdata = text(options.userdata) || (userfile ? readUserFile(userfile) : undefined);
  if (userdata) for (const server of servers) server.userData = [{ value: userdata }];
  const keys = list(options.key);
  if (keys.length > 0) {
    const sshKeys = await context.manager('SshKeyManager');
    const ids: number[] = [];
    for (const key of keys) ids.push(await resolveId(sshKeys, key, 'SshKey'));
    data.sshKeys = ids;
  }
  return data;
}

const command: CommandSpec = defineCommand({
  name: 'quote',
  description: 'View and Order a quote',
  help: `The hostname and domain are split out from the fully qualified domain name. To order several servers,
give one --fqdn per server; postinstall, userdata and ssh keys apply to all of them.

Example:
  sl order quote 12345 --fqdn testing.tester.com \\
    --complex-type SoftLayer_Container_Product_Order_Virtual_Guest -k sshKeyNameLabel \\
    -i https://domain.com/runthis.sh --userdata DataGoesHere`,
  arguments: [{ name: 'quote' }],
  options: [
    {
      flags: '--verify',
      description: 'If specified, will only show what the quote will order, will NOT place an order',
      default: false,
    },
    {
      flags: '--quantity <n>',
      description: 'The quantity of the item being ordered if different from quoted value',
      integer: true,
    },
    {
      flags: '--complex-type <type>',
      description: "The complex type of the order. Starts with 'SoftLayer_Container_Product_Order'.",
      default: 'SoftLayer_Container_Product_Order_Hardware_Server',
    },
    { flags: '-u, --userdata <data>', description: 'User defined metadata string' },
    { flags: '-F, --userfile <file>', description: 'Read userdata from file' },
    { flags: '-i, --postinstall <uri>', description: 'Post-install script to download' },
    { flags: '-k, --key <key>', description: 'SSH keys to add to the root user', multiple: true },
    {
      flags: '--fqdn <fqdn>',
      description: '<hostname>.<domain.name.tld> formatted name to use. Specify one fqdn per server',
      multiple: true,
      required: true,
    },
    { flags: '--image <image>', description: "Image ID. See: 'sl image list' for reference" },
    {
      flags: '--extras <json>',
      description: 'JSON string denoting extra data that needs to be sent with the order',
    },
  ],
  async run(context, { args, options }) {
    if (text(options.userdata) && text(options.userfile)) {
      throw new CliError('[-u | --userdata] not allowed with [-F | --userfile]');
    }
    const extra = await orderExtras(context, options);
    const manager = await context.manager('OrderingManager');
    const quoteId = idArgument(args.quote, 'QUOTE');
    const quote = await manager.getQuoteDetails(quoteId);
    const pkg = quote.order?.items?.[0]?.package;
    extra.packageId = pkg?.id;
    if (options.verify === true) {
      const result = await manager.verifyQuote(quoteId, extra);
      return verifiedPricesTable(result.prices ?? [], result.useHourlyPricing === true);
    }
    const receipt = await manager.orderQuote(quoteId, extra);
    const table = new KeyValueTable();
    table.addRow(['id', receipt.orderId]);
    table.addRow(['created', receipt.orderDate]);
    table.addRow(['status', receipt.placedOrder?.status]);
    return table;
  },
});

export default command;
