import { type CommandSpec, defineCommand } from '../../define-command';
import { resolveHardware } from './resolve-hardware';

export const updateFirmware: CommandSpec = defineCommand({
  name: 'update-firmware',
  description: 'Update server firmware.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    await context.confirmOrAbort(
      `This will power off the server with id ${id} and update device firmware. Continue?`,
    );
    await manager.updateFirmware(id);
    return undefined;
  },
});

export const reflashFirmware: CommandSpec = defineCommand({
  name: 'reflash-firmware',
  description: 'Reflash server firmware.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    await context.confirmOrAbort(
      `This will power off the server with id ${id} and reflash device firmware. Continue?`,
    );
    // slcli echoes this line whatever the output format.
    if (await manager.reflashFirmware(id)) context.out('Successfully device firmware reflashed\n');
    return undefined;
  },
});
