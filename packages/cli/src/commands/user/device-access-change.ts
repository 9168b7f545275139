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
      let result = false;
      const hardware = text(options.hardware);
      if (hardware) {
        const id = idArgument(hardware, '--hardware');
        result = grant
          ? await manager.grantHardwareAccess(user, id)
          : await manager.removeHardwareAccess(user, id);
        if (result)
          context.out(
            grant
              ? `User ${name} has been given access to hardware ${hardware}\n`
              : `Removed access to hardware: ${hardware}.\n`,
          );
      }
      const virtual = text(options.virtual);
      if (virtual) {
        const id = idArgument(virtual, '--virtual');
        result = grant
          ? await manager.grantVirtualAccess(user, id)
          : await manager.removeVirtualAccess(user, id);
        if (result)
          context.out(
            grant
              ? `User ${name} has been given access to hardware ${virtual}\n`
              : `Removed access to virtual guest: ${virtual}\n`,
          );
      }
      const dedicated = text(options.dedicated);
      if (dedicated) {
        const id = idArgument(dedicated, '--dedicated');
        result = grant
          ? await manager.grantDedicatedAccess(user, id)
          : await manager.removeDedicatedAccess(user, id);
        if (result)
          context.out(
            grant
              ? `User ${name} has been given access to hardware ${dedicated}\n`
              : `Removed access to dedicated host: ${dedicated}\n`,
          );
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
