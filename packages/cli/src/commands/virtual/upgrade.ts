import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, type OptionValue, text } from '../../define-command';
import { parseMemory } from '../click-types';
import { resolveGuest } from './resolve-guest';

const command: CommandSpec = defineCommand({
  name: 'upgrade',
  description: 'Upgrade a virtual server.',
  help: `Note: SoftLayer automatically reboots the VS once
upgrade request is placed. The VS is halted until the Upgrade transaction is
completed. However for Network, no reboot is required.`,
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--cpu <cpu>', description: 'Number of CPU cores', integer: true },
    { flags: '--private', description: 'CPU core will be on a dedicated host server.' },
    { flags: '--memory <memory>', description: 'Memory in megabytes' },
    { flags: '--network <network>', description: 'Network port speed in Mbps', integer: true },
    { flags: '--add-disk <gb>', description: 'add Hard disk in GB', integer: true, multiple: true },
    {
      flags: '--resize-disk <gb-and-number...>',
      description: 'Update disk number to size in GB. --resize-disk 250 2 ',
      integer: true,
      multiple: true,
    },
    {
      flags: '--flavor <flavor>',
      description: 'Flavor keyName\nDo not use --memory, --cpu or --private, if you are using flavors',
    },
  ],
  async run(context, input) {
    const { options } = input;
    const cpus = integer(options.cpu);
    const memory = parseMemory(text(options.memory), '--memory');
    const nicSpeed = integer(options.network);
    const preset = text(options.flavor);
    const disks = upgradeDisks(options.resizeDisk, options.addDisk);
    if (!cpus && !memory && !nicSpeed && !preset && disks.length === 0) {
      throw new CliError(
        'Argument Error: Must provide [--cpu], [--memory], [--network], [--flavor], [--resize-disk], or [--add] to upgrade',
      );
    }
    if (options.private === true && !cpus) {
      throw new CliError('Argument Error: Must specify [--cpu] when using [--private]');
    }
    const { manager, id } = await resolveGuest(context, input);
    await context.confirmOrAbort('This action will incur charges on your account. Continue?');
    await manager.upgrade(id, {
      cpus: cpus || undefined,
      memory: memory ? Math.trunc(memory / 1024) : undefined,
      nicSpeed: nicSpeed || undefined,
      public: options.private !== true,
      preset,
      disks,
    });
    return undefined;
  },
});

export default command;

/**
 * slcli's disks of an upgrade: `--resize-disk GB NUMBER` pairs (then `--add-disk` is ignored, as slcli does), else
 * one new disk per `--add-disk GB`.
 */
function upgradeDisks(resize: OptionValue, add: OptionValue): Array<{ capacity: number; number?: number }> {
  const pairs = Array.isArray(resize) ? resize.map(Number) : [];
  if (pairs.length % 2 !== 0) {
    throw new CliError("Error: Option '--resize-disk' requires 2 arguments.");
  }
  if (pairs.length > 0) {
    const disks: Array<{ capacity: number; number?: number }> = [];
    for (let index = 0; index < pairs.length; index += 2) {
      disks.push({ capacity: pairs[index] as number, number: pairs[index + 1] as number });
    }
    return disks;
  }
  return (Array.isArray(add) ? add.map(Number) : []).map((capacity) => ({ capacity }));
}
