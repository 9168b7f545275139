import { type CommandSpec, defineCommand, integer, list, text } from '../../define-command';
import { columnTable } from '../column-table';
import { type Column, chooseColumns } from '../columns';
import { tagList } from '../transaction-status';
import { resolveHost } from './resolve-host';

type Guest = Record<string, unknown>;

const COLUMNS: readonly Column<Guest>[] = [
  { name: 'guid', value: ['globalIdentifier'] },
  { name: 'cpu', value: ['maxCpu'] },
  { name: 'memory', value: ['maxMemory'] },
  { name: 'datacenter', value: ['datacenter', 'name'] },
  { name: 'primary_ip', value: ['primaryIpAddress'] },
  { name: 'backend_ip', value: ['primaryBackendIpAddress'] },
  { name: 'created_by', value: ['billingItem', 'orderItem', 'order', 'userRecord', 'username'] },
  { name: 'power_state', value: ['powerState', 'name'] },
  { name: 'tags', value: (guest) => tagList(guest.tagReferences), mask: 'tagReferences.tag.name' },
];

const DEFAULT_COLUMNS = 'id,hostname,domain,primary_ip,backend_ip,power_state';

const command: CommandSpec = defineCommand({
  name: 'list-guests',
  description: 'List guests which are in a dedicated host server.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '-c, --cpu <cpu>', description: 'Number of CPU cores', integer: true },
    { flags: '-D, --domain <domain>', description: 'Domain portion of the FQDN' },
    { flags: '-H, --hostname <hostname>', description: 'Host portion of the FQDN' },
    { flags: '-m, --memory <memory>', description: 'Memory in mebibytes', integer: true },
    { flags: '--tag <tag>', description: 'Filter by tags (repeatable)', multiple: true },
    { flags: '--sortby <column>', description: 'Column to sort by', default: 'hostname' },
    {
      flags: '--columns <columns>',
      description: `Columns to display. [options: ${COLUMNS.map((column) => column.name).join(', ')}]`,
      default: DEFAULT_COLUMNS,
    },
  ],
  async run(context, { args, options }) {
    const columns = chooseColumns(COLUMNS, text(options.columns) ?? DEFAULT_COLUMNS);
    const { manager, id } = await resolveHost(context, args.identifier);
    const tags = list(options.tag);
    const guests = await manager.listGuests(id, {
      cpus: integer(options.cpu),
      hostname: text(options.hostname),
      domain: text(options.domain),
      memory: integer(options.memory),
      ...(tags.length > 0 ? { tags } : {}),
      mask: columns.mask(),
    });
    return columnTable(columns, guests as unknown as Guest[], text(options.sortby));
  },
});

export default command;
