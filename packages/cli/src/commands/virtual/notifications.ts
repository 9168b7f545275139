import { type CommandSpec, defineCommand, list, text } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { ADDED_NOTIFICATION_COLUMNS, NOTIFICATION_COLUMNS, notificationRow } from '../server-notification';

async function vsManager(context: Parameters<CommandSpec['run']>[0]) {
  const { VsManager } = await import('@sl/managers/vs-manager');
  return new VsManager(await context.client());
}

/** A guest id as slcli passes it to the manager (no name lookup: these commands take the id). */
function guestId(identifier: string | string[] | undefined): number | string {
  const value = text(identifier) ?? '';
  return /^\d+$/.test(value) ? Number(value) : value;
}

export const notifications: CommandSpec = defineCommand({
  name: 'notifications',
  description: 'Get all VS notifications.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const found = await (await vsManager(context)).getNotifications(guestId(args.identifier));
    // slcli's column names, typos and first/last name order included (json shows the first two columns).
    const table = new KeyValueTable(NOTIFICATION_COLUMNS);
    for (const notification of found) {
      table.addRow(
        notificationRow(notification, { device: 'guest', withHostname: true, namesSwapped: true }),
      );
    }
    return table;
  },
});

export const notificationAdd: CommandSpec = defineCommand({
  name: 'notification-add',
  description: 'Create a user virtual notification entry.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--users <id>', description: 'UserId to be notified on monitoring failure.', multiple: true },
  ],
  async run(context, { args, options }) {
    const manager = await vsManager(context);
    const table = new KeyValueTable(ADDED_NOTIFICATION_COLUMNS);
    for (const user of list(options.users)) {
      const added = await manager.addNotification(guestId(args.identifier), Number(user));
      table.addRow(notificationRow(added, { device: 'guest', withHostname: false, namesSwapped: true }));
    }
    return table;
  },
});

export const notificationDelete: CommandSpec = defineCommand({
  name: 'notification-delete',
  description: 'Remove a user VS notification entry.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const identifier = text(args.identifier) ?? '';
    if (await (await vsManager(context)).removeNotification(Number(identifier))) {
      return `The virtual server notification instance: ${identifier} was deleted.`;
    }
    return undefined;
  },
});
