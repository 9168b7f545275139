import { CliError } from '../../cli-error';
import { type CommandSpec, defineCommand, integer, text } from '../../define-command';
import { inRange } from '../click-types';
import { reportingFaults } from './members';

const HEALTH_MASK = 'mask[healthMonitors, listeners[uuid,defaultPool[healthMonitor]]]';

const command: CommandSpec = defineCommand({
  name: 'health',
  description: 'Manage LBaaS health checks.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--uuid <uuid>', description: 'Health check UUID to modify.' },
    { flags: '-i, --interval <seconds>', description: 'Seconds between checks. [2-60]', integer: true },
    {
      flags: '-r, --retry <count>',
      description: 'Number of times before marking as DOWN. [1-10]',
      integer: true,
    },
    {
      flags: '-t, --timeout <seconds>',
      description: 'Seconds to wait for a connection. [1-59]',
      integer: true,
    },
    { flags: '-u, --url <path>', description: 'Url path for HTTP/HTTPS checks.' },
  ],
  async run(context, { args, options }) {
    const uuid = text(options.uuid);
    if (!uuid) throw new CliError("Error: Missing option '--uuid'.");
    const interval = inRange(integer(options.interval), 2, 60, '-i');
    const retry = inRange(integer(options.retry), 1, 10, '-r');
    const timeout = inRange(integer(options.timeout), 1, 59, '-t');
    const url = text(options.url);
    if (!(interval || retry || timeout || url)) {
      throw new CliError('Argument Error: Specify either interval, retry, timeout, url');
    }
    const manager = await context.manager('LoadBalancerManager');
    const identifier = text(args.identifier) ?? '';
    const lb = await manager.getLbaasUuidId(/^\d+$/.test(identifier) ? Number(identifier) : identifier);
    context.out(`UUID: ${lb.uuid}, ID: ${lb.id}\n`);
    const details = await manager.getLb(lb.id, { mask: HEALTH_MASK });
    const pool = details.listeners?.find(
      (listener) => listener.defaultPool?.healthMonitor?.uuid === uuid,
    )?.defaultPool;
    // The reference crashes (KeyError) when the check is not one of the load balancer's.
    if (!pool) throw new CliError(`Error: Unable to find health check '${uuid}' on load balancer ${lb.id}`);
    if (url && pool.protocol === 'TCP')
      throw new CliError('Argument Error: --url cannot be used with TCP checks');
    const monitor = pool.healthMonitor ?? {};
    const check = {
      backendProtocol: pool.protocol,
      backendPort: pool.protocolPort,
      healthMonitorUuid: uuid,
      interval: interval ?? monitor.interval,
      maxRetries: retry ?? monitor.maxRetries,
      timeout: timeout ?? monitor.timeout,
      urlPath: url ?? monitor.urlPath,
    };
    await reportingFaults(
      context,
      async () => {
        await manager.updateLbHealthMonitors(lb.uuid, [check]);
        return `Health Check ${uuid} updated successfully`;
      },
      `Failed to update ${uuid}\n`,
    );
  },
});

export default command;
