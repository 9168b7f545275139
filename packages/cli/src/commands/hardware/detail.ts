import { type CommandSpec, defineCommand } from '../../define-command';
import { pythonTruthy } from '../../output/python-text';
import { blank, FormattedItem, KeyValueTable, Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { lookup } from '../lookup';
import { tagList } from '../transaction-status';
import { drivesTable } from './drives-table';
import { resolveHardware, type Server } from './resolve-hardware';

const orBlank = (value: unknown): unknown => (pythonTruthy(value) ? value : blank());

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'Get details for a hardware device.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--passwords', description: 'Show passwords (check over your shoulder!)' },
    { flags: '--price', description: 'Show associated prices' },
    { flags: '--components', description: 'Show associated hardware components' },
  ],
  async run(context, { args, options }) {
    const { manager, id } = await resolveHardware(context, args.identifier);
    const server = await manager.getHardware(id);
    const drives = await manager.getHardDrives(id);
    const os = server.operatingSystem?.softwareLicense?.softwareDescription ?? {};
    const gigabytes = Math.trunc(Number(server.memoryCapacity ?? 0));
    const owner =
      Array.isArray(server.billingItem) && server.billingItem.length === 0
        ? undefined
        : lookup(server, 'billingItem', 'orderItem', 'order', 'userRecord', 'username');

    const table = new KeyValueTable();
    table.addRow(['id', server.id]);
    table.addRow(['guid', orBlank(server.globalIdentifier)]);
    table.addRow(['hostname', server.hostname]);
    table.addRow(['domain', server.domain]);
    table.addRow(['fqdn', server.fullyQualifiedDomainName]);
    table.addRow(['status', server.hardwareStatus?.status]);
    table.addRow(['datacenter', orBlank(server.datacenter?.name)]);
    table.addRow(['cores', server.processorPhysicalCoreAmount]);
    table.addRow(['memory', new FormattedItem(gigabytes * 1024, `${gigabytes}G`)]);
    table.addRow(['drives', drivesTable(drives)]);
    table.addRow(['public_ip', orBlank(server.primaryIpAddress)]);
    table.addRow(['private_ip', orBlank(server.primaryBackendIpAddress)]);
    table.addRow(['ipmi_ip', orBlank(server.networkManagementIpAddress)]);
    table.addRow(['os', orBlank(os.name)]);
    table.addRow(['os_version', orBlank(os.version)]);
    table.addRow(['created', orBlank(server.provisionDate)]);
    table.addRow(['owner', orBlank(owner)]);
    const transaction = server.lastTransaction;
    table.addRow([
      'last_transaction',
      `${transaction?.transactionGroup?.name ?? 'None'} (${cleanTime(transaction?.modifyDate) ?? 'None'})`,
    ]);
    table.addRow(['billing', server.hourlyBillingFlag ? 'Hourly' : 'Monthly']);
    const vlans = new Table(['type', 'number', 'id']);
    for (const vlan of server.networkVlans ?? []) vlans.addRow([vlan.networkSpace, vlan.vlanNumber, vlan.id]);
    table.addRow(['vlans', vlans]);
    table.addRow(['Bandwidth', bandwidthTable(await manager.getBandwidthAllocation(id))]);
    table.addRow(['System_data', systemTable(server.activeComponents ?? [])]);
    if (server.notes) table.addRow(['notes', server.notes]);
    if (options.price) table.addRow(['prices', pricesTable(server)]);
    if (options.passwords) {
      const users = new Table(['username', 'password']);
      for (const item of server.operatingSystem?.passwords ?? [])
        users.addRow([item.username, item.password]);
      table.addRow(['users', users]);
      const remote = new Table(['ipmi_username', 'password']);
      for (const item of server.remoteManagementAccounts ?? []) remote.addRow([item.username, item.password]);
      table.addRow(['remote users', remote]);
    }
    if (options.components) {
      const components = new Table(['name', 'Firmware version', 'Firmware build date', 'Type']);
      const seen = new Set<unknown>();
      for (const component of await manager.getComponents(id)) {
        if (seen.has(component.id)) continue;
        seen.add(component.id);
        const model = component.hardwareComponentModel;
        const firmware = model?.firmwares?.[0];
        components.addRow([
          model?.longDescription,
          firmware?.version,
          cleanTime(firmware?.createDate),
          model?.hardwareGenericComponentModel?.hardwareComponentType?.keyName,
        ]);
      }
      table.addRow(['components', components]);
    }
    table.addRow(['tags', tagList(server.tagReferences)]);
    return table;
  },
});

type Allocation = Awaited<ReturnType<import('@sl/managers').HardwareManager['getBandwidthAllocation']>>;

/** slcli's bandwidth rows: public usage with its allotment (`-` when none), private usage with `N/A`. */
function bandwidthTable(bandwidth: Allocation): Table {
  const table = new Table(['Type', 'In GB', 'Out GB', 'Allotment']);
  for (const point of bandwidth.usage) {
    const isPublic = point.type?.alias === 'PUBLIC_SERVER_BW';
    const allotment = isPublic ? (bandwidth.allotment ? bandwidth.allotment.amount : '-') : 'N/A';
    table.addRow([isPublic ? 'Public' : 'Private', point.amountIn, point.amountOut, allotment]);
  }
  return table;
}

function systemTable(components: NonNullable<Server['activeComponents']>): Table {
  const table = new Table(['Type', 'name']);
  for (const component of components) {
    const model = component.hardwareComponentModel;
    table.addRow([
      model?.hardwareGenericComponentModel?.hardwareComponentType?.keyName,
      model?.longDescription,
    ]);
  }
  return table;
}

function pricesTable(server: Server): Table {
  const table = new Table(['Item', 'CategoryCode', 'Recurring Price']);
  table.align = { Item: 'left' };
  table.addRow(['Total', '-', server.billingItem?.nextInvoiceTotalRecurringAmount || 0]);
  for (const item of server.billingItem?.nextInvoiceChildren ?? []) {
    table.addRow([item.description, item.categoryCode, item.nextInvoiceTotalRecurringAmount]);
  }
  return table;
}

export default command;
