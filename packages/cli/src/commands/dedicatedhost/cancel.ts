import { type CommandSpec, defineCommand } from '../../define-command';
import { noGoingBack } from '../hardware/no-going-back';
import { resolveHost } from './resolve-host';

export const cancel: CommandSpec = defineCommand({
  name: 'cancel',
  description: 'Cancel a dedicated host server immediately',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { manager, id } = await resolveHost(context, args.identifier);
    await noGoingBack(context, id);
    await manager.cancelHost(id);
    // slcli echoes this line whatever the output format.
    context.out(`Dedicated Host ${id} was cancelled\n`);
    return undefined;
  },
});

export const cancelGuests: CommandSpec = defineCommand({
  name: 'cancel-guests',
  description: 'Cancel all virtual guests of the dedicated host immediately.',
  help: "Use the 'sl vs cancel' command to cancel an specific guest",
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { manager, id } = await resolveHost(context, args.identifier);
    await noGoingBack(context, id);
    const { Table } = await import('../../output/table');
    const cancelled = await manager.cancelGuests(id);
    if (cancelled.length === 0) {
      context.out(`There is not any guest into the dedicated host ${id}\n`);
      return undefined;
    }
    const table = new Table(['id', 'server name', 'status']);
    for (const guest of cancelled) table.addRow([guest.id, guest.fqdn, guest.status]);
    return table;
  },
});
