import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, list, text } from '../../define-command';
import { loadBalancerOf, reportingFaults } from './members';

function serverOf(server: string): { address: string; port: number; weight: number } {
  const parts = server.split(':');
  if (parts.length !== 3) {
    throw new CliError(`Argument Error: --server needs a port and a weight. ${server} improperly formatted`);
  }
  return { address: parts[0] ?? '', port: Number(parts[1]), weight: Number(parts[2]) };
}

export const l7poolAdd: CommandSpec = defineCommand({
  name: 'l7pool-add',
  description: 'Adds a new l7 pool. -S is in colon deliminated format (IP:port:weight).',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '-n, --name <name>', description: 'Name for this L7 pool.' },
    {
      flags: '-m, --method <method>',
      description: 'Balancing Method.',
      default: 'ROUNDROBIN',
      choices: ['ROUNDROBIN', 'LEASTCONNECTION', 'WEIGHTED_RR'],
    },
    {
      flags: '-P, --protocol <protocol>',
      description: 'Protocol type to use for incoming connections',
      default: 'HTTP',
      choices: ['HTTP', 'HTTPS'],
    },
    {
      flags: '-S, --server <server>',
      description:
        'Backend servers that are part of this pool. Format is BACKEND_IP:PORT:WEIGHT. eg. 10.0.0.1:80:50',
      multiple: true,
    },
    { flags: '--healthPath <path>', description: 'Health check path.', default: '/' },
    {
      flags: '--healthInterval <seconds>',
      description: 'Health check interval between checks.',
      default: 5,
      integer: true,
    },
    {
      flags: '--healthRetry <count>',
      description: 'Health check number of times before marking as DOWN.',
      default: 2,
      integer: true,
    },
    { flags: '--healthTimeout <seconds>', description: 'Health check timeout.', default: 2, integer: true },
    { flags: '-s, --sticky', description: 'Make sessions sticky based on source_ip.' },
  ],
  async run(context, { args, options }) {
    const name = text(options.name);
    if (!name) throw new CliError("Error: Missing option '-n' / '--name'.");
    const servers = list(options.server);
    if (servers.length === 0) throw new CliError("Error: Missing option '-S' / '--server'.");
    const members = servers.map(serverOf);
    const manager = await context.manager('LoadBalancerManager');
    const { uuid } = await manager.getLbaasUuidId(loadBalancerOf(args.identifier));
    await reportingFaults(context, async () => {
      await manager.addLbL7Pool(
        uuid,
        {
          name,
          loadBalancingAlgorithm: text(options.method) ?? 'ROUNDROBIN',
          protocol: text(options.protocol) ?? 'HTTP',
        },
        members,
        {
          interval: integer(options.healthInterval) ?? 5,
          timeout: integer(options.healthTimeout) ?? 2,
          maxRetries: integer(options.healthRetry) ?? 2,
          urlPath: text(options.healthPath) ?? '/',
        },
        options.sticky === true ? { type: 'SOURCE_IP' } : {},
      );
      return 'Success';
    });
  },
});

export const l7poolDel: CommandSpec = defineCommand({
  name: 'l7pool-del',
  description: 'Deletes the identified pool. Identifier is L7Pool Id. NOT the UUID',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const identifier = text(args.identifier) ?? '';
    if (!/^\d+$/.test(identifier)) throw new CliError(`Error: Invalid L7 pool id '${identifier}'`);
    const manager = await context.manager('LoadBalancerManager');
    await reportingFaults(context, async () => {
      await manager.delLbL7Pool(Number(identifier));
      return 'Success';
    });
  },
});
