import { type CommandSpec, defineCommand } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'remove',
  description: 'Permanently removes an SSH key.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('SshKeyManager');
    const keyId = await resolveId(manager, args.identifier, 'SshKey');
    await context.noGoingBack(String(keyId));
    await manager.deleteKey(keyId);
  },
});

export default command;
