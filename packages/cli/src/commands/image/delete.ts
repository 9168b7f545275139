import { type CommandSpec, defineCommand } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'delete',
  description: 'Delete an image.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('ImageManager');
    const imageId = await resolveId(manager, args.identifier, 'image');
    await context.noGoingBack(String(imageId));
    await manager.deleteImage(imageId);
  },
});

export default command;
