import { type CommandSpec, defineCommand } from '../../define-command';
import { resolveGuest } from './resolve-guest';

const command: CommandSpec = defineCommand({
  name: 'cancel',
  description: 'Cancel virtual servers.',
  arguments: [{ name: 'identifier' }],
  async run(context, input) {
    const { manager, id } = await resolveGuest(context, input);
    await context.noGoingBack(String(id));
    if (await manager.cancelInstance(id)) return `The virtual server instance: ${id} was cancelled.`;
    return undefined;
  },
});

export default command;
