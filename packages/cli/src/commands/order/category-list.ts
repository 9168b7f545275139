import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';
import { asReferenceError } from './order-helpers';

const command: CommandSpec = defineCommand({
  name: 'category-list',
  description: 'List the categories of a package.',
  help: `Examples:
  sl order category-list BARE_METAL_SERVER
  sl order category-list BARE_METAL_SERVER --required`,
  arguments: [{ name: 'package_keyname' }],
  options: [{ flags: '--required', description: 'List only the required categories for the package' }],
  async run(context, { args, options }) {
    const manager = await context.manager('OrderingManager');
    const packageKey = text(args.package_keyname) ?? '';
    const all = await asReferenceError(() => manager.listCategories(packageKey));
    const categories = options.required === true ? all.filter((category) => category.isRequired) : all;
    const table = new Table(['name', 'categoryCode', 'isRequired']);
    for (const category of categories) {
      table.addRow([
        category.itemCategory?.name,
        category.itemCategory?.categoryCode,
        category.isRequired ? 'Y' : 'N',
      ]);
    }
    return table;
  },
});

export default command;
