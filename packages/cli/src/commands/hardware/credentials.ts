import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand } from '../../define-command';
import { Table } from '../../output/table';
import { resolveHardware } from './resolve-hardware';

const command: CommandSpec = defineCommand({
  name: 'credentials',
  description: 'List server credentials.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    const server = await manager.getHardware(id);
    const table = new Table(['Username', 'Password', 'Software', 'Version']);
    for (const component of server.softwareComponents ?? []) {
      if (component.passwords === undefined)
        throw new CliError('SoftLayerError: No passwords found in softwareComponents', 1);
      const description = component.softwareLicense?.softwareDescription;
      for (const credentials of component.passwords) {
        table.addRow([
          credentials.username ?? 'None',
          credentials.password ?? 'None',
          description?.name,
          description?.version,
        ]);
      }
    }
    return table;
  },
});

export default command;
