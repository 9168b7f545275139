import { type CommandSpec, defineCommand, text } from '../../define-command';
import { resolveId } from '../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'delete',
  description: 'Delete an image.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { ImageManager } = await import('@sl/managers');
    const manager = new ImageManager(await context.client());
    const imageId = await resolveId((name) => manager.resolveIds(name), text(args.identifier) ?? '', 'image');
    await context.noGoingBack(String(imageId));
    await manager.deleteImage(imageId);
  },
});

export default command;
