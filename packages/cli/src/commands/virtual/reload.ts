import { type CommandSpec, defineCommand, list, text } from '../../define-command';
import { resolveId } from '../resolve-id';
import { resolveGuest } from './resolve-guest';

const command: CommandSpec = defineCommand({
  name: 'reload',
  description: 'Reload operating system on a virtual server.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '-i, --postinstall <uri>', description: 'Post-install script to download' },
    {
      flags: '--image <id>',
      description:
        "Image ID. The default is to use the current operating system.\nSee: 'sl image list' for reference",
    },
    {
      flags: '-k, --key <key>',
      description: 'SSH keys to add to the root user (multiple occurrence permitted)',
      multiple: true,
    },
  ],
  async run(context, input) {
    const { options } = input;
    const { manager, id, client } = await resolveGuest(context, input);
    const { SshKeyManager } = await import('@sl/managers/ssh-key-manager');
    const keys = new SshKeyManager(client);
    const sshKeys: number[] = [];
    for (const key of list(options.key)) {
      sshKeys.push(await resolveId((name) => keys.resolveIds(name), key, 'SshKey'));
    }
    await context.noGoingBack(String(id));
    const image = text(options.image);
    await manager.reloadInstance(id, {
      postUri: text(options.postinstall),
      sshKeys,
      imageId: image === undefined ? undefined : Number(image),
    });
    return undefined;
  },
});

export default command;
