import { CliError } from '../../cli-error';
import type { CommandContext } from '../../command-context';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { Table } from '../../output/table';

/** The network component the options name: `--network-component`, or a server's public/private interface. */
async function componentId(
  context: CommandContext,
  networkComponent: string | undefined,
  server: string | undefined,
  networkInterface: string | undefined,
): Promise<number | string> {
  const useServer = Boolean(server && networkInterface && !networkComponent);
  const useComponent = Boolean(networkComponent && !(server || networkInterface));
  if (!useServer && !useComponent) {
    throw new CliError('Must set either --network-component or both --server and --interface');
  }
  if (!useServer)
    return /^\d+$/.test(networkComponent ?? '') ? Number(networkComponent) : (networkComponent ?? '');
  const side = networkInterface?.toLowerCase();
  if (side !== 'public' && side !== 'private')
    throw new CliError("Interface must be either 'public' or 'private'");
  const vs = await (await context.manager('VsManager')).getInstance(
    /^\d+$/.test(server ?? '') ? Number(server) : (server ?? ''),
    {
      mask: 'networkComponents[id, port]',
    },
  );
  const port = side === 'private' ? 0 : 1;
  const found = (vs.networkComponents ?? []).filter((component) => component.port === port);
  if (found.length !== 1 || found[0]?.id === undefined) {
    throw new CliError(`Instance ${server} has no ${networkInterface} interface`);
  }
  return found[0].id;
}

/** `interface-add` (attach) and `interface-remove` (detach): the same options, the request id as the answer. */
export function interfaceCommand(action: 'add' | 'remove'): CommandSpec {
  const verb = action === 'add' ? 'associate' : 'remove';
  return defineCommand({
    name: `interface-${action}`,
    description:
      action === 'add'
        ? 'Attach an interface to a security group.'
        : 'Detach an interface from a security group.',
    arguments: [{ name: 'securitygroup_id' }],
    options: [
      {
        flags: '-n, --network-component <id>',
        description: `The network component to ${verb} ${action === 'add' ? 'with' : 'from'} the security group`,
      },
      {
        flags: '-s, --server <id>',
        description: `The server ID to ${verb} ${action === 'add' ? 'with' : 'from'} the security group`,
      },
      {
        flags: '-i, --interface <interface>',
        description: `The interface of the server to ${verb} (public/private)`,
      },
    ],
    async run(context, { args, options }) {
      const id = await componentId(
        context,
        text(options.networkComponent),
        text(options.server),
        text(options.interface),
      );
      const manager = await context.manager('NetworkManager');
      const group = text(args.securitygroup_id) ?? '';
      const result =
        action === 'add'
          ? await manager.attachSecuritygroupComponent(group, Number(id))
          : await manager.detachSecuritygroupComponent(group, Number(id));
      if (!result)
        throw new CliError(`Could not ${action === 'add' ? 'attach' : 'detach'} network component`);
      const table = new Table(['requestId']);
      table.addRow([result.requestId]);
      return table;
    },
  });
}
