import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { idArgument } from '../id-argument';
import { formatPython } from './python-helpers';

function niceString(value: unknown, limit = 100): string {
  const textValue = String(value ?? '');
  return textValue.length > limit ? `${textValue.slice(0, limit)}..` : textValue;
}

/** Python's `"%s" % item.get(key, '')`: '' when absent, `None` when the API sent null. */
const orEmpty = (value: unknown): string => (value === undefined ? '' : formatPython(value));

const money = (value: unknown): string => `$${Number(value).toFixed(2)}`;

const command: CommandSpec = defineCommand({
  name: 'invoice-detail',
  description: 'Invoice details',
  arguments: [{ name: 'identifier' }],
  options: [{ flags: '--details', description: 'Shows a very detailed list of charges', default: false }],
  async run(context, { args, options }) {
    const manager = await context.manager('AccountManager');
    const items = await manager.getBillingItems(idArgument(args.identifier, 'IDENTIFIER'));
    const table = new Table(
      ['Item Id', 'Category', 'Description', 'Single', 'Monthly', 'Create Date', 'Location'],
      {
        title: `Invoice ${text(args.identifier)}`,
      },
    );
    for (const item of items) {
      const fqdn = `${orEmpty(item.hostName)}.${orEmpty(item.domainName)}`;
      const description = fqdn !== '.' ? `${item.description} (${fqdn})` : item.description;
      table.addRow([
        item.id,
        item.category?.name || item.categoryCode,
        niceString(description),
        money(item.oneTimeAfterTaxAmount),
        money(item.recurringAfterTaxAmount),
        cleanTime(item.createDate, 'date'),
        item.location?.name,
      ]);
      if (options.details !== true) continue;
      for (const child of item.children ?? []) {
        table.addRow([
          '>>>',
          child.category?.name,
          niceString(child.description),
          money(child.oneTimeAfterTaxAmount),
          money(child.recurringAfterTaxAmount),
          '---',
          '---',
        ]);
      }
    }
    return table;
  },
});

export default command;
