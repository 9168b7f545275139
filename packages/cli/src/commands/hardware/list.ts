import { type CommandSpec, defineCommand, list, text } from '../../define-command';
import { type Column, ColumnSelection } from '../columns';
import { actionColumn, SERVER_COLUMNS } from '../server-columns';

type Server = Record<string, unknown>;

const COLUMNS: readonly Column<Server>[] = [
  SERVER_COLUMNS.guid,
  SERVER_COLUMNS.primaryIp,
  SERVER_COLUMNS.backendIp,
  SERVER_COLUMNS.datacenter,
  actionColumn('activeTransaction[id, transactionStatus[name, friendlyName]]'),
  SERVER_COLUMNS.createdBy,
  SERVER_COLUMNS.tags,
];

const DEFAULT_COLUMNS = 'id,hostname,primary_ip,backend_ip,datacenter,action';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List hardware servers.',
  options: [
    { flags: '-c, --cpu <cpu>', description: 'Filter by number of CPU cores' },
    { flags: '-D, --domain <domain>', description: 'Filter by domain' },
    { flags: '-d, --datacenter <datacenter>', description: 'Filter by datacenter' },
    { flags: '-H, --hostname <hostname>', description: 'Filter by hostname' },
    { flags: '-m, --memory <memory>', description: 'Filter by memory in gigabytes' },
    { flags: '-n, --network <network>', description: 'Filter by network port speed in Mbps' },
    { flags: '--tag <tag>', description: 'Filter by tags (repeatable)', multiple: true },
    { flags: '--sortby <column>', description: 'Column to sort by', default: 'hostname' },
    {
      flags: '--columns <columns>',
      description: `Columns to display. [options: ${COLUMNS.map((column) => column.name).join(', ')}]`,
      default: DEFAULT_COLUMNS,
    },
    {
      flags: '-l, --limit <limit>',
      description: 'How many results to get in one api call',
      integer: true,
      default: 100,
    },
  ],
  async run(context, { options }) {
    const columns = new ColumnSelection(text(options.columns) ?? DEFAULT_COLUMNS, COLUMNS);
    const manager = await context.manager('HardwareManager');
    const tags = list(options.tag);
    const servers = await manager.listHardware({
      hostname: text(options.hostname),
      domain: text(options.domain),
      cpus: text(options.cpu),
      memory: text(options.memory),
      datacenter: text(options.datacenter),
      nicSpeed: text(options.network),
      ...(tags.length > 0 ? { tags } : {}),
      mask: `mask(SoftLayer_Hardware_Server)[${columns.mask()}]`,
    });
    return columns.table(servers as unknown as Server[], text(options.sortby));
  },
});

export default command;
