import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, type OptionSpec, text } from '../../define-command';
import { loadBalancerOf, reportingFaults } from './members';

const PROTOCOLS = ['HTTP', 'HTTPS', 'TCP'];
const METHODS = ['ROUNDROBIN', 'LEASTCONNECTION', 'WEIGHTED_RR'];

function listenerOptions(forEdit: boolean): OptionSpec[] {
  return [
    {
      flags: '-P, --frontProtocol <protocol>',
      description: 'Protocol type to use for incoming connections',
      choices: PROTOCOLS,
      ...(forEdit ? {} : { default: 'HTTP' }),
    },
    {
      flags: '-p, --backProtocol <protocol>',
      description:
        'Protocol type to use when connecting to backend servers. Defaults to whatever --frontProtocol is.',
      choices: PROTOCOLS,
    },
    { flags: '-f, --frontPort <port>', description: 'Internet side port', integer: true },
    { flags: '-b, --backPort <port>', description: 'Private side port', integer: true },
    {
      flags: '-m, --method <method>',
      description: 'Balancing Method',
      choices: METHODS,
      ...(forEdit ? {} : { default: 'ROUNDROBIN' }),
    },
    {
      flags: '-c, --connections <count>',
      description: 'Maximum number of connections to allow.',
      integer: true,
    },
    ...(forEdit
      ? [
          {
            flags: '-t, --clientTimeout <seconds>',
            description: 'maximum idle time in seconds(Range: 1 to 7200).',
            integer: true,
          },
        ]
      : []),
    { flags: '-s, --sticky', description: 'Make sessions sticky based on source_ip.' },
    { flags: '-x, --sslCert <id>', description: 'SSL certificate ID. See `sl ssl list`' },
  ];
}

type Listener = Record<string, string | number>;

/** The listener the options describe, with the API's property names (only the options given). */
function listenerOf(options: Record<string, unknown>): Listener {
  const listener: Listener = {};
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '' && value !== 0) listener[key] = value;
  };
  const get = (name: string) => options[name] as string | number | undefined;
  set('frontendProtocol', get('frontProtocol'));
  set('backendProtocol', get('backProtocol'));
  set('frontendPort', get('frontPort'));
  set('backendPort', get('backPort'));
  set('loadBalancingMethod', get('method'));
  set('maxConn', get('connections'));
  set('sessionType', options.sticky === true ? 'SOURCE_IP' : undefined);
  set('clientTimeout', get('clientTimeout'));
  const certificate = get('sslCert');
  set(
    'tlsCertificateId',
    typeof certificate === 'string' && /^\d+$/.test(certificate) ? Number(certificate) : certificate,
  );
  return listener;
}

export const poolAdd: CommandSpec = defineCommand({
  name: 'pool-add',
  description: 'Adds a listener to the identifier LB',
  arguments: [{ name: 'identifier' }],
  options: listenerOptions(false),
  async run(context, { args, options }) {
    if (integer(options.frontPort) === undefined)
      throw new CliError("Error: Missing option '-f' / '--frontPort'.");
    if (integer(options.backPort) === undefined)
      throw new CliError("Error: Missing option '-b' / '--backPort'.");
    const listener = listenerOf(options);
    listener.backendProtocol ??= text(options.frontProtocol) ?? 'HTTP';
    const manager = await context.manager('LoadBalancerManager');
    const { uuid } = await manager.getLbaasUuidId(loadBalancerOf(args.identifier));
    await reportingFaults(context, async () => {
      await manager.addLbListener(uuid, listener);
      return 'Success';
    });
  },
});

export const poolEdit: CommandSpec = defineCommand({
  name: 'pool-edit',
  description:
    "Updates a listener's configuration. LISTENER should be a UUID (see `sl lb detail IDENTIFIER`).",
  arguments: [{ name: 'identifier' }, { name: 'listener' }],
  options: listenerOptions(true),
  async run(context, { args, options }) {
    const manager = await context.manager('LoadBalancerManager');
    const { uuid } = await manager.getLbaasUuidId(loadBalancerOf(args.identifier));
    await reportingFaults(context, async () => {
      await manager.addLbListener(uuid, { listenerUuid: text(args.listener) ?? '', ...listenerOf(options) });
      return 'Success';
    });
  },
});

export const poolDel: CommandSpec = defineCommand({
  name: 'pool-del',
  description: 'Removes the listener from identified LBaaS instance. LISTENER should be a UUID.',
  arguments: [{ name: 'identifier' }, { name: 'listener' }],
  async run(context, { args }) {
    const manager = await context.manager('LoadBalancerManager');
    const { uuid } = await manager.getLbaasUuidId(loadBalancerOf(args.identifier));
    await reportingFaults(context, async () => {
      await manager.removeLbListener(uuid, text(args.listener) ?? '');
      return 'Success';
    });
  },
});
