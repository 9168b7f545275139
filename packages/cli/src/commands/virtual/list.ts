import { type CommandSpec, defineCommand, integer, list, text } from '../../define-command';
import { Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { parseBool } from '../click-types';
import { type Column, ColumnSelection } from '../columns';
import { lookup } from '../lookup';
import { actionColumn, SERVER_COLUMNS } from '../server-columns';

type Guest = Record<string, unknown>;

const COLUMNS: readonly Column<Guest>[] = [
  SERVER_COLUMNS.guid,
  SERVER_COLUMNS.primaryIp,
  SERVER_COLUMNS.backendIp,
  SERVER_COLUMNS.datacenter,
  actionColumn('activeTransaction[id,transactionStatus[name,friendlyName]]'),
  SERVER_COLUMNS.powerState,
  SERVER_COLUMNS.createdBy,
  SERVER_COLUMNS.tags,
];

const DEFAULT_COLUMNS =
  'id,hostname,domain,deviceStatus.name,datacenter,primary_ip,backend_ip,createDate,action';

const command: CommandSpec = defineCommand({
  name: 'list',
  description: 'List virtual servers.',
  options: [
    { flags: '-c, --cpu <cpu>', description: 'Number of CPU cores', integer: true },
    { flags: '-D, --domain <domain>', description: 'Domain portion of the FQDN' },
    { flags: '-d, --datacenter <datacenter>', description: 'Datacenter shortname' },
    { flags: '-H, --hostname <hostname>', description: 'Host portion of the FQDN' },
    { flags: '-m, --memory <memory>', description: 'Memory in mebibytes', integer: true },
    { flags: '-n, --network <network>', description: 'Network port speed in Mbps' },
    { flags: '--hourly', description: 'Show only hourly instances' },
    { flags: '--monthly', description: 'Show only monthly instances' },
    { flags: '--transient <boolean>', description: 'Filter by transient instances' },
    { flags: '--hardware', description: 'Show the all VSI related to hardware' },
    { flags: '--all-guests', description: 'Show the all VSI and hardware VSIs' },
    { flags: '--tag <tag>', description: 'Filter by tags (multiple occurrence permitted)', multiple: true },
    { flags: '--sortby <column>', description: 'Column to sort by', default: 'hostname' },
    {
      flags: '--columns <columns>',
      description: `Columns to display. [options: ${COLUMNS.map((column) => column.name).join(', ')}]`,
      default: DEFAULT_COLUMNS,
    },
    {
      flags: '-l, --limit <limit>',
      description: 'How many results to get in one api call, default is 100',
      integer: true,
      default: 100,
    },
  ],
  async run(context, { options }) {
    const columns = new ColumnSelection(text(options.columns) ?? DEFAULT_COLUMNS, COLUMNS);
    const transient = parseBool(text(options.transient), '--transient');
    const { VsManager } = await import('@sl/managers/vs-manager');
    const manager = new VsManager(await context.client());
    const hardware = options.hardware === true;
    const allGuests = options.allGuests === true;
    // slcli lists every guest unless exactly one of --hourly and --monthly is given.
    const onlyOne = (options.hourly === true) !== (options.monthly === true);
    const guests = await manager.listInstances({
      ...(onlyOne ? { hourly: options.hourly === true, monthly: options.monthly === true } : {}),
      hostname: text(options.hostname),
      domain: text(options.domain),
      cpus: integer(options.cpu),
      memory: integer(options.memory),
      datacenter: text(options.datacenter),
      nicSpeed: text(options.network),
      transient,
      tags: list(options.tag).length > 0 ? list(options.tag) : undefined,
      mask: columns.mask(),
    });
    if (!hardware || allGuests) {
      const table = new Table(columns.names);
      table.sortBy = text(options.sortby);
      for (const guest of guests) {
        table.addRow(columns.row(guest as Guest));
      }
      context.print(table);
    }
    if (hardware || allGuests) {
      for (const host of await manager.getHardwareGuests()) {
        const hosted = host.virtualHost?.guests ?? [];
        if (hosted.length === 0) continue;
        const table = new Table(['id', 'hostname', 'CPU', 'Memory', 'Start Date', 'Status', 'powerState'], {
          title: `Hardware(id = ${host.id}) guests associated`,
        });
        table.sortBy = 'hostname';
        for (const guest of hosted) {
          table.addRow([
            guest.id,
            guest.hostname,
            `${guest.maxCpu} ${guest.maxCpuUnits}`,
            guest.maxMemory,
            cleanTime(guest.createDate),
            lookup(guest, 'status', 'keyName'),
            lookup(guest, 'powerState', 'keyName'),
          ]);
        }
        context.print(table);
      }
    }
    return undefined;
  },
});

export default command;
