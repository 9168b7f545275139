import { type CommandSpec, defineCommand, text } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'remove',
  description: 'Permanently removes an SSH key.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { SshKeyManager } = await import('@sl/managers');
    const manager = new SshKeyManager(await context.client());
    const keyId = await resolveId(
      (label) => manager.resolveIds(label),
      text(args.identifier) ?? '',
      'SshKey',
    );
    await context.noGoingBack(String(keyId));
    await manager.deleteKey(keyId);
  },
});

export default command;
