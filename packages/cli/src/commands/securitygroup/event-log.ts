import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';

const command: CommandSpec = defineCommand({
  name: 'event-log',
  description: 'Search for event logs by request id',
  arguments: [{ name: 'request_id' }],
  async run(context, { args }) {
    const manager = await context.manager('NetworkManager');
    const events = await manager.getEventLogsByRequestId(text(args.request_id) ?? '');
    const table = new Table(['event', 'label', 'date', 'metadata']);
    table.align = { metadata: 'left' };
    for (const event of events) {
      table.addRow([
        event.eventName,
        event.label,
        event.eventCreateDate,
        sortedJson(JSON.parse(event.metaData ?? 'null')),
      ]);
    }
    return table;
  },
});

/** Python's `json.dumps(value, indent=4, sort_keys=True)`. */
function sortedJson(value: unknown): string {
  const sort = (item: unknown): unknown =>
    Array.isArray(item)
      ? item.map(sort)
      : item !== null && typeof item === 'object'
        ? Object.fromEntries(
            Object.entries(item)
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([k, v]) => [k, sort(v)]),
          )
        : item;
  return JSON.stringify(sort(value), null, 4);
}

export default command;
