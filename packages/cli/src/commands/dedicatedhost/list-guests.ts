import { type CommandSpec, defineCommand, integer, list, text } from '../../define-command';
import { type Column, ColumnSelection } from '../columns';
import { SERVER_COLUMNS } from '../server-columns';
import { resolveHost } from './resolve-host';

type Guest = Record<string, unknown>;

const COLUMNS: readonly Column<Guest>[] = [
  SERVER_COLUMNS.guid,
  { name: 'cpu', value: ['maxCpu'] },
  { name: 'memory', value: ['maxMemory'] },
  SERVER_COLUMNS.datacenter,
  SERVER_COLUMNS.primaryIp,
  SERVER_COLUMNS.backendIp,
  SERVER_COLUMNS.createdBy,
  SERVER_COLUMNS.powerState,
  SERVER_COLUMNS.tags,
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
    const columns = new ColumnSelection(text(options.columns) ?? DEFAULT_COLUMNS, COLUMNS);
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
    return columns.table(guests as unknown as Guest[], text(options.sortby));
  },
});

export default command;
