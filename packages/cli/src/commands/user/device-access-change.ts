import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { idArgument } from '../id-argument';
import { volumeArgument } from '../storage/volume-argument';

/** `grant-access` / `remove-access`: each device option given, in the reference's order and messages. */
function deviceAccessChange(action: 'grant' | 'remove'): CommandSpec {
  const grant = action === 'grant';
  const command = `${action}-access`;
  return defineCommand({
    name: command,
    description: grant
      ? 'Grants a user access to a given device.'
      : 'Removes a user access to a given device.',
    help: `Example: slcli user ${command} 123456 --hardware 123456789`,
    arguments: [{ name: 'identifier' }],
    options: [
      { flags: '--hardware <id>', description: 'Hardware ID' },
      { flags: '--virtual <id>', description: 'Virtual Guest ID' },
      { flags: '--dedicated <id>', description: grant ? 'dedicated host ID' : 'Dedicated host ID ' },
    ],
    async run(context, { args, options }) {
      const manager = await context.manager('UserManager');
      const user = volumeArgument(args.identifier);
      const name = text(args.identifier);
      const devices = [
        {
          value: text(options.hardware),
          option: '--hardware',
          change: grant ? manager.grantHardwareAccess : manager.removeHardwareAccess,
          done: (id: string) =>
            grant
              ? `User ${name} has been given access to hardware ${id}`
              : `Removed access to hardware: ${id}.`,
        },
        {
          value: text(options.virtual),
          option: '--virtual',
          change: grant ? manager.grantVirtualAccess : manager.removeVirtualAccess,
          done: (id: string) =>
            grant
              ? `User ${name} has been given access to hardware ${id}`
              : `Removed access to virtual guest: ${id}`,
        },
        {
          value: text(options.dedicated),
          option: '--dedicated',
          change: grant ? manager.grantDedicatedAccess : manager.removeDedicatedAccess,
          done: (id: string) =>
            grant
              ? `User ${name} has been given access to hardware ${id}`
              : `Removed access to dedicated host: ${id}`,
        },
      ];
      let result = false;
      for (const device of devices) {
        if (!device.value) continue;
        result = await device.change.call(manager, user, idArgument(device.value, device.option));
        if (result) context.out(`${device.done(device.value)}\n`);
      }
      if (!result) {
        throw new CliError(
          `A device option is required.\nE.g slcli user ${command} 123456 --hardware 91803794\n    slcli user ${command} 123456 --dedicated 91803793\n    slcli user ${command} 123456 --virtual 91803792`,
        );
      }
    },
  });
}

export const grantAccess: CommandSpec = deviceAccessChange('grant');
export const removeAccess: CommandSpec = deviceAccessChange('remove');
