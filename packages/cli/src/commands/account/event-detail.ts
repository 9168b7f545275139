import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { idArgument } from '../id-argument';
import { printEach } from './print-each';
import { cleanSplitlines } from './python-helpers';

const command: CommandSpec = defineCommand({
  name: 'event-detail',
  description: 'Details of a specific event, and ability to acknowledge event.',
  arguments: [{ name: 'identifier' }],
  options: [
    {
      flags: '--ack',
      description: 'Acknowledge Event. Doing so will turn off the popup in the control portal',
      default: false,
    },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('AccountManager');
    const id = idArgument(args.identifier, 'IDENTIFIER');
    const event = await manager.getEvent(id);
    if (options.ack === true) await manager.ackEvent(id);
    const basic = new Table(['Id', 'Status', 'Type', 'Start', 'End'], {
      title: cleanSplitlines(event.subject),
    });
    basic.addRow([
      event.id,
      event.statusCode?.name,
      event.notificationOccurrenceEventType?.keyName,
      cleanTime(event.startDate),
      cleanTime(event.endDate),
    ]);
    const impacted = new Table(['Type', 'Id', 'Hostname', 'PrivateIp', 'Label']);
    // The API sends more than the 2021 metadata's type names (resourceType, hostname, privateIp).
    for (const item of (event.impactedResources ?? []) as Array<Record<string, unknown>>) {
      impacted.addRow([
        item.resourceType,
        item.resourceTableId,
        item.hostname,
        item.privateIp,
        item.filterLabel,
      ]);
    }
    printEach(context, [basic, impacted]);
    (event.updates ?? []).forEach((update, index) => {
      context.out(`======= Update #${index + 1} on ${cleanTime(update.startDate)} =======\n`);
      context.out(`${cleanSplitlines(update.contents)}\n`);
    });
  },
});

export default command;
