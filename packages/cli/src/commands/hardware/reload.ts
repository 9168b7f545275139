import { type CommandSpec, defineCommand, list, text } from '../../define-command';
import { resolveId } from '../resolve-id';
import { noGoingBack } from './no-going-back';
import { resolveHardware } from './resolve-hardware';

const command: CommandSpec = defineCommand({
  name: 'reload',
  description: 'Reload operating system on a server.',
  arguments: [{ name: 'identifier' }],
  options: [
    {
      flags: '-i, --postinstall <uri>',
      description: 'Post-install script to download (Only HTTPS executes, HTTP leaves file in /root',
    },
    {
      flags: '-k, --key <key>',
      description: 'SSH keys to add to the root user (repeatable)',
      multiple: true,
    },
    {
      flags: '-l, --lvm',
      description: 'A flag indicating that the provision should use LVM for all logical drives.',
    },
  ],
  async run(context, { args, options }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    const keys = list(options.key);
    const sshKeys: number[] = [];
    if (keys.length > 0) {
      const keyManager = await context.manager('SshKeyManager');
      for (const key of keys) sshKeys.push(await resolveId(keyManager, key, 'SshKey'));
    }
    await noGoingBack(context, id);
    await manager.reload(id, { postUri: text(options.postinstall), sshKeys, lvm: options.lvm === true });
    return undefined;
  },
});

export default command;
