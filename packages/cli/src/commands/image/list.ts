import { type CommandSpec, defineCommand, text } from '../../define-command';
import { blank, FormattedItem, Table } from '../../output/table';
import { wrapText } from '../wrap-text';
import { IMAGE_MASK, imageType, visibility } from './image-fields';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List images.',
  options: [
    { flags: '--name <name>', description: 'Filter on image name' },
    { flags: '--public', description: 'Display only public images' },
    { flags: '--private', description: 'Display only private images' },
  ],
  async run(context, { options }) {
    const manager = await context.manager('ImageManager');
    const name = text(options.name);
    const criteria = { mask: IMAGE_MASK, ...(name ? { name } : {}) };
    const publicOnly = options.public === true && options.private !== true;
    const privateOnly = options.private === true;
    const images = [
      ...(publicOnly ? [] : await manager.listPrivateImages(criteria)),
      ...(privateOnly ? [] : await manager.listPublicImages(criteria)),
    ];
    const table = new Table(['id', 'name', 'type', 'visibility', 'account']);
    for (const image of images.filter((item) => !item.parentId)) {
      table.addRow([
        image.id ?? blank(),
        new FormattedItem(image.name, wrapText(String(image.name), 50)),
        imageType(image.imageType),
        visibility(image.publicFlag),
        image.accountId ?? blank(),
      ]);
    }
    return table;
  },
});

export default command;
