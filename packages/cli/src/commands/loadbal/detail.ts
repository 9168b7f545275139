import type { LoadBalancerManager } from '@sl/managers';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { cleanTime } from '../clean-time';

type LoadBalancer = Awaited<ReturnType<LoadBalancerManager['getLb']>>;

const TYPES: Readonly<Record<number, string>> = {
  1: 'Public to Private',
  0: 'Private to Private',
  2: 'Public to Public',
};

/** The listeners, and each default pool's `PROTOCOL:port` by pool uuid. */
function listenerTable(lb: LoadBalancer): [Table, Map<string, string>] {
  const pools = new Map<string, string>();
  const table = new Table(['UUID', 'Max Connection', 'Mapping', 'Balancer', 'Modify', 'Active']);
  for (const listener of lb.listeners ?? []) {
    const pool = listener.defaultPool ?? {};
    const privateMapping = `${pool.protocol}:${pool.protocolPort}`;
    pools.set(String(pool.uuid), privateMapping);
    table.addRow([
      listener.uuid,
      listener.connectionLimit ?? 'None',
      `${listener.protocol}:${listener.protocolPort} -> ${privateMapping}`,
      pool.loadBalancingAlgorithm ?? 'None',
      cleanTime(listener.modifyDate),
      listener.provisioningStatus,
    ]);
  }
  return [table, pools];
}

function memberHealth(lb: LoadBalancer, memberUuid: string | undefined, poolUuid: string): unknown {
  let status: unknown = '---';
  for (const check of lb.health ?? []) {
    if (check.poolUuid !== poolUuid) continue;
    for (const member of check.membersHealth ?? []) if (member.uuid === memberUuid) status = member.status;
  }
  return status;
}

function memberTable(lb: LoadBalancer, pools: Map<string, string>): Table {
  const poolColumns = [...pools.values()].map((mapping, index) => `P${index}-> ${mapping}`);
  const table = new Table(['UUID', 'Address', 'Weight', 'Modify', 'Active', ...poolColumns]);
  for (const member of lb.members ?? []) {
    table.addRow([
      member.uuid,
      member.address,
      member.weight,
      cleanTime(member.modifyDate),
      member.provisioningStatus,
      ...[...pools.keys()].map((poolUuid) => memberHealth(lb, member.uuid, poolUuid)),
    ]);
  }
  return table;
}

function rowsTable<T>(
  columns: string[],
  items: readonly T[] | undefined,
  row: (item: T) => unknown[],
): Table {
  const table = new Table(columns);
  for (const item of items ?? []) table.addRow(row(item));
  return table;
}

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'Get Load Balancer as a Service details.',
  arguments: [{ name: 'identifier' }],
  async run(context, { args }) {
    const manager = await context.manager('LoadBalancerManager');
    const identifier = text(args.identifier) ?? '';
    const { id } = await manager.getLbaasUuidId(/^\d+$/.test(identifier) ? Number(identifier) : identifier);
    const lb = await manager.getLb(id);
    if (lb.previousErrorText) context.out(`${lb.previousErrorText}\n`);
    const table = new KeyValueTable(['name', 'value']);
    table.addRow(['Id', lb.id]);
    table.addRow(['UUI', lb.uuid]);
    table.addRow(['Name', lb.name]);
    table.addRow(['Address', lb.address]);
    table.addRow(['Type', lb.type === undefined ? null : TYPES[lb.type]]);
    table.addRow(['Location', lb.datacenter?.longName]);
    table.addRow(['Description', lb.description]);
    table.addRow(['Status', `${lb.provisioningStatus} / ${lb.operatingStatus}`]);
    const [listeners, pools] = listenerTable(lb);
    table.addRow(['Protocols', listeners]);
    table.addRow(['Members', memberTable(lb, pools)]);
    const notFound = <T>(items: readonly T[] | undefined, make: () => Table): Table | string =>
      Array.isArray(items) && items.length === 0 ? 'Not Found' : make();
    table.addRow([
      'Health Checks',
      notFound(lb.healthMonitors, () =>
        rowsTable(
          ['UUID', 'Interval', 'Retries', 'Type', 'ServerTimeout ', 'Modify', 'Active'],
          lb.healthMonitors,
          (health) => [
            health.uuid,
            health.interval,
            health.maxRetries,
            health.monitorType,
            (health as { serverTimeout?: unknown }).serverTimeout, // not a property of the type: always null
            cleanTime(health.modifyDate),
            health.provisioningStatus,
          ],
        ),
      ),
    ]);
    table.addRow([
      'L7 Pools',
      notFound(lb.l7Pools, () =>
        rowsTable(['Id', 'UUID', 'Balancer', 'Name', 'Protocol', 'Modify', 'Active'], lb.l7Pools, (pool) => [
          pool.id,
          pool.uuid,
          pool.loadBalancingAlgorithm,
          pool.name,
          pool.protocol,
          cleanTime(pool.modifyDate),
          pool.provisioningStatus,
        ]),
      ),
    ]);
    table.addRow([
      'Ciphers',
      notFound(lb.sslCiphers, () => rowsTable(['Id', 'Name'], lb.sslCiphers, (ssl) => [ssl.id, ssl.name])),
    ]);
    return table;
  },
});

export default command;
