import type { CapacityGuestOptions } from '@sl/managers';
import { CliError } from '../../../cli-error';
import {
  type CommandSpec,
  defineCommand,
  integer,
  list,
  type OptionValue,
  text,
} from '../../../define-command';
import { Table } from '../../../output/table';
import { lookup } from '../../lookup';
import { promptedText } from '../../required-option';
import { resolveId } from '../../resolve-id';
import { likeGuest } from '../like-guest';

const command: CommandSpec = defineCommand({
  name: 'create-guest',
  description:
    'Allows for creating a virtual guest in a reserved capacity. Only MONTHLY guests are supported at this time.',
  options: [
    {
      flags: '--capacity-id <id>',
      description: 'Reserve capacity Id to provision this guest into.',
      integer: true,
    },
    {
      flags: '--primary-disk <size>',
      description: 'Size of the main drive.',
      choices: ['25', '100'],
      default: '25',
    },
    { flags: '-H, --hostname <hostname>', description: 'Host portion of the FQDN.' },
    { flags: '-D, --domain <domain>', description: 'Domain portion of the FQDN.' },
    { flags: '-o, --os <os>', description: 'OS install code. Tip: you can specify <OS>_LATEST.' },
    { flags: '--image <image>', description: "Image ID. See: 'sl image list' for reference." },
    {
      flags: '--boot-mode <mode>',
      description: 'Specify the mode to boot the OS in. Supported modes are HVM and PV.',
    },
    { flags: '-i, --postinstall <uri>', description: 'Post-install script to download.' },
    { flags: '-k, --key <key>', description: 'SSH keys to add to the root user.', multiple: true },
    { flags: '--disk <size>', description: 'Additional disk sizes.', multiple: true },
    { flags: '--private', description: 'Forces the VS to only have access the private network.' },
    { flags: '--like <identifier>', description: 'Use the configuration from an existing VS.' },
    { flags: '-n, --network <speed>', description: 'Network port speed in Mbps.' },
    { flags: '-g, --tag <tag>', description: 'Tags to add to the instance.', multiple: true },
    { flags: '-u, --userdata <userdata>', description: 'User defined metadata string.' },
    { flags: '--ipv6', description: 'Adds an IPv6 address to this guest' },
    {
      flags: '--test',
      description: 'Test order, will return the order container, but not actually order a server.',
    },
  ],
  async run(context, { options }) {
    const capacityId = integer(options.capacityId);
    if (capacityId === undefined) throw new CliError("Error: Missing option '--capacity-id'.");
    const manager = await context.manager('CapacityManager');
    // `--like`: the guest's values for the options this command has; the options given win.
    const like: Record<string, OptionValue> = text(options.like)
      ? await likeGuest(await context.manager('VsManager'), String(options.like))
      : {};
    const given = (name: string): OptionValue => {
      const value = options[name];
      return value === undefined || (Array.isArray(value) && value.length === 0) ? like[name] : value;
    };
    const hostname = await promptedText(context, given('hostname'), 'Hostname');
    const domain = await promptedText(context, given('domain'), 'Domain');
    const number = (value: OptionValue, flags: string): number | undefined => {
      const found = text(value);
      if (found === undefined || found === '') return undefined;
      if (!/^\d+$/.test(found))
        throw new CliError(`Error: Invalid value for ${flags}: '${found}' is not a valid integer.`);
      return Number.parseInt(found, 10);
    };
    const guest: CapacityGuestOptions = {
      hostname,
      domain,
      primaryDisk: text(options.primaryDisk) ?? '25',
      osCode: text(given('os')) || undefined,
      bootMode: text(options.bootMode),
      postUri: text(given('postinstall')),
      private: given('private') === true || undefined,
      nicSpeed: number(given('network'), "'-n' / '--network'"),
      userdata: text(given('userdata')) || undefined,
      ipv6: options.ipv6 === true || undefined,
    };
    const disks = list(options.disk).map((disk) => number(disk, "'--disk'") as number);
    if (disks.length > 0) guest.disks = disks;
    const image = text(given('image'));
    if (image) {
      guest.imageId = /^\d+$/.test(image)
        ? String(
            (
              await (
                await context.manager('ImageManager')
              ).getImage(Number(image), { mask: 'id,globalIdentifier' })
            ).globalIdentifier,
          )
        : image;
    }
    const keys = list(options.key);
    if (keys.length > 0) {
      const sshKeys = await context.manager('SshKeyManager');
      const ids: number[] = [];
      for (const key of keys) ids.push(await resolveId(sshKeys, key, 'SshKey'));
      guest.sshKeys = ids;
    }
    const tags = list(given('tag'));
    if (tags.length > 0) guest.tags = tags.join(',');
    const test = options.test === true;
    const result = await manager.createGuest(capacityId, test, guest);
    const prices = test ? lookup(result, 'prices') : lookup(result, 'orderDetails', 'prices');
    const table = new Table(['Item Id', 'Description'], {
      title: `OrderId: ${lookup(result, 'orderId') ?? 'No order placed'}`,
    });
    table.align = { Description: 'left' };
    for (const price of Array.isArray(prices) ? prices : []) {
      table.addRow([lookup(price, 'id'), lookup(price, 'item', 'description')]);
    }
    return table;
  },
});

export default command;
