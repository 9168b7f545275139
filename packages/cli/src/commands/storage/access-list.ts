import { type CommandSpec, defineCommand, text } from '../../define-command';
import { type Column, ColumnSelection, columnsOption } from '../columns';
import { resolveId } from '../resolve-id';
import { type StorageKind, storageManager } from './storage-kind';

type Host = Record<string, unknown>;

function hostName(host: Host): string {
  const note = 'note' in host ? ` (${String(host.note)})` : '';
  switch (host.type) {
    case 'VIRTUAL':
    case 'HARDWARE':
      return `${String(host.hostname)}.${String(host.domain)}`;
    case 'SUBNET':
      return `${String(host.networkIdentifier)}/${String(host.cidr)}${note}`;
    default:
      return `${String(host.ipAddress)}${note}`;
  }
}

const COLUMNS: readonly Column[] = [
  { name: 'id', value: ['id'] },
  { name: 'name', value: hostName },
  { name: 'type', value: ['type'] },
  { name: 'private_ip_address', value: ['primaryBackendIpAddress'] },
  { name: 'source_subnet', value: ['allowedHost', 'sourceSubnet'] },
  { name: 'host_iqn', value: ['allowedHost', 'name'] },
  { name: 'username', value: ['allowedHost', 'credential', 'username'] },
  { name: 'password', value: ['allowedHost', 'credential', 'password'] },
  { name: 'allowed_host_id', value: ['allowedHost', 'id'] },
];

const HOST_LISTS = [
  ['allowedVirtualGuests', 'VIRTUAL'],
  ['allowedHardware', 'HARDWARE'],
  ['allowedSubnets', 'SUBNET'],
  ['allowedIpAddresses', 'IP'],
] as const;

export function accessList(kind: StorageKind): CommandSpec {
  const label = kind.group === 'block' ? 'Options are:' : 'Options:';
  return defineCommand({
    name: 'access-list',
    description: 'List hosts that are authorized to access the volume.',
    arguments: [{ name: 'volume_id' }],
    options: [
      {
        ...columnsOption(
          COLUMNS,
          COLUMNS.map((column) => column.name),
          label,
        ),
      },
      { flags: '--sortby <column>', description: 'Column to sort by', default: 'name' },
    ],
    async run(context, { args, options }) {
      const columns = new ColumnSelection(text(options.columns) ?? '', COLUMNS);
      const manager = await storageManager(context, kind);
      const id = await resolveId(manager, args.volume_id, 'Volume Id');
      const access = (await manager.getVolumeAccessList(id)) as Record<string, unknown>;
      const hosts = HOST_LISTS.flatMap(([key, type]) =>
        ((access[key] as Host[] | undefined) ?? []).map((host) => ({ ...host, type })),
      );
      return columns.table(hosts, text(options.sortby));
    },
  });
}
