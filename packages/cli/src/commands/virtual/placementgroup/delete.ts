import { CliError } from '../../../cli-error';
import { type CommandSpec, defineCommand } from '../../../define-command';
import { resolveId } from '../../resolve-id';

const command: CommandSpec = defineCommand({
  name: 'delete',
  description: 'Delete a placement group.',
  help:
    'Placement Group MUST be empty before you can delete it.\n\n' +
    'IDENTIFIER can be either the Name or Id of the placement group you want to view',
  arguments: [{ name: 'identifier' }],
  options: [
    {
      flags: '--purge',
      description:
        'Delete all guests in this placement group. The group itself can be deleted once all VMs are fully reclaimed',
    },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('PlacementManager');
    const identifier = String(args.identifier);
    const id = await resolveId(manager, identifier, 'placement_group');
    if (options.purge) {
      const group = await manager.getObject(id);
      const guests = group.guests ?? [];
      if (guests.length < 1) {
        throw new CliError(`No virtual servers were found in placement group ${identifier}`);
      }
      context.out(
        `You are about to delete the following guests!\n${guests.map((guest) => guest.fullyQualifiedDomainName).join(', ')}\n`,
      );
      if (!(await context.confirm('This action will cancel all guests! Continue?'))) {
        throw new CliError('Aborting virtual server order.');
      }
      const vs = await context.manager('VsManager');
      for (const guest of guests) {
        context.out(`Deleting ${guest.fullyQualifiedDomainName}...\n`);
        await vs.cancelInstance(guest.id as number);
      }
      return;
    }
    context.out(`You are about to delete the following placement group! ${identifier}\n`);
    if (!(await context.confirm('This action will cancel the placement group! Continue?'))) {
      throw new CliError('Aborting virtual server order.');
    }
    if (await manager.delete(id)) context.out(`Placement Group ${identifier} has been canceld.\n`);
  },
});

export default command;
