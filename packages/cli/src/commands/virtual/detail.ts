import type { BandwidthAllocation } from '@sl/managers';
import { type CommandSpec, defineCommand, text } from '../../define-command';
import { blank, FormattedItem, KeyValueTable, Table } from '../../output/table';
import { cleanTime } from '../clean-time';
import { lookup } from '../lookup';
import { resolveId } from '../resolve-id';
import { activeTransaction, tagList } from '../transaction-status';
import type { Guest as SoftLayer_Virtual_Guest } from './guest-types';
import { localDiskTable } from './local-disk-table';

/** slcli's `formatting.mb_to_gb`: the MB value, shown as whole GB (`4G`). */
export function mbToGb(megabytes: unknown): FormattedItem {
  return new FormattedItem(megabytes, `${Math.trunc(Number(megabytes) / 1024)}G`);
}

function bandwidthTable(bandwidth: BandwidthAllocation): Table {
  const table = new Table(['Type', 'In GB', 'Out GB', 'Allotment']);
  for (const point of bandwidth.usage) {
    const isPublic = point.type?.alias === 'PUBLIC_SERVER_BW';
    const allotment = isPublic ? (bandwidth.allotment ? (bandwidth.allotment.amount ?? null) : '-') : 'N/A';
    table.addRow([isPublic ? 'Public' : 'Private', point.amountIn, point.amountOut, allotment]);
  }
  return table;
}

function vlanTable(guest: SoftLayer_Virtual_Guest): Table {
  const table = new Table(['type', 'number', 'id']);
  for (const vlan of guest.networkVlans ?? []) table.addRow([vlan.networkSpace, vlan.vlanNumber, vlan.id]);
  return table;
}

function securityGroupTable(guest: SoftLayer_Virtual_Guest): Table | undefined {
  const table = new Table(['interface', 'id', 'name']);
  for (const component of guest.networkComponents ?? []) {
    const side = component.port === 0 ? 'PRIVATE' : 'PUBLIC';
    for (const binding of component.securityGroupBindings ?? []) {
      table.addRow([side, binding.securityGroup?.id, binding.securityGroup?.name ?? '-']);
    }
  }
  return table.rows.length > 0 ? table : undefined;
}

function priceTable(guest: SoftLayer_Virtual_Guest, total: unknown): Table {
  const table = new Table(['Item', 'CategoryCode', 'Recurring Price']);
  table.addRow(['Total', '-', total]);
  for (const item of guest.billingItem?.nextInvoiceChildren ?? []) {
    if (item.recurringFee != null) table.addRow([item.description, item.categoryCode, item.recurringFee]);
  }
  return table;
}

function passwordTable(guest: SoftLayer_Virtual_Guest): Table {
  const table = new Table(['software', 'username', 'password']);
  for (const component of guest.softwareComponents ?? []) {
    for (const item of component.passwords ?? []) {
      table.addRow([
        lookup(component, 'softwareLicense', 'softwareDescription', 'name'),
        item.username,
        item.password,
      ]);
    }
  }
  return table;
}

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'Get details for a virtual server.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '--passwords', description: 'Show passwords (check over your shoulder!)' },
    { flags: '--price', description: 'Show associated prices' },
  ],
  async run(context, { args, options }) {
    const { VsManager } = await import('@sl/managers/vs-manager');
    const client = await context.client();
    const manager = new VsManager(client);
    const id = await resolveId((name) => manager.resolveIds(name), text(args.identifier) ?? '', 'VS');
    const guest = await manager.getInstance(id);
    const disks = await manager.getLocalDisks(id);

    const table = new KeyValueTable();
    table.addRow(['id', guest.id]);
    table.addRow(['guid', guest.globalIdentifier]);
    table.addRow(['hostname', guest.hostname]);
    table.addRow(['domain', guest.domain]);
    table.addRow(['fqdn', guest.fullyQualifiedDomainName]);
    table.addRow(['status', new FormattedItem(guest.status?.keyName, guest.status?.name)]);
    table.addRow(['state', new FormattedItem(guest.powerState?.keyName, guest.powerState?.name)]);
    table.addRow(['active_transaction', activeTransaction(guest)]);
    table.addRow(['datacenter', guest.datacenter?.name || blank()]);
    const hostId = guest.dedicatedHost?.id;
    if (hostId) {
      table.addRow(['dedicated_host_id', hostId]);
      // As slcli: the host's name, or blank when it cannot be read.
      const host = await client
        .call('Virtual_DedicatedHost', 'getObject', { id: hostId })
        .catch(() => undefined);
      table.addRow(['dedicated_host', host?.name || blank()]);
    }
    const os = guest.operatingSystem?.softwareLicense?.softwareDescription ?? {};
    table.addRow(['os', os.name ?? '-']);
    table.addRow(['os_version', os.version ?? '-']);
    table.addRow(['cores', guest.maxCpu]);
    table.addRow(['memory', mbToGb(guest.maxMemory)]);
    table.addRow(['drives', localDiskTable(disks)]);
    table.addRow(['public_ip', guest.primaryIpAddress ?? '-']);
    table.addRow(['private_ip', guest.primaryBackendIpAddress ?? '-']);
    table.addRow(['private_only', guest.privateNetworkOnlyFlag]);
    table.addRow(['private_cpu', guest.dedicatedAccountHostOnlyFlag]);
    table.addRow(['transient', guest.transientGuestFlag ?? false]);
    table.addRow(['created', guest.createDate]);
    table.addRow(['modified', guest.modifyDate]);
    const last = guest.lastTransaction;
    table.addRow([
      'last_transaction',
      last ? `${last.transactionGroup?.name ?? 'None'} (${cleanTime(last.modifyDate) ?? 'None'})` : '',
    ]);
    table.addRow(['billing', guest.hourlyBillingFlag ? 'Hourly' : 'Monthly']);
    table.addRow(['preset', guest.billingItem?.orderItem?.preset?.keyName || '-']);
    const billingItem: unknown = guest.billingItem;
    table.addRow([
      'owner',
      Array.isArray(billingItem) && billingItem.length === 0
        ? blank()
        : (guest.billingItem?.orderItem?.order?.userRecord?.username ?? null),
    ]);
    table.addRow(['vlans', vlanTable(guest)]);
    table.addRow(['Bandwidth', bandwidthTable(await manager.getBandwidthAllocation(id))]);
    const securityGroups = securityGroupTable(guest);
    if (securityGroups) table.addRow(['security_groups', securityGroups]);
    table.addRow(['notes', guest.notes ?? '-']);
    if (options.price === true) {
      const total = guest.billingItem?.nextInvoiceTotalRecurringAmount || 0;
      if (total !== 0) {
        table.addRow(['Prices', priceTable(guest, total)]);
        table.addRow(['Price rate', total]);
      }
    }
    if (options.passwords === true) table.addRow(['users', passwordTable(guest)]);
    table.addRow(['tags', tagList(guest.tagReferences)]);
    if (!guest.privateNetworkOnlyFlag) {
      // As slcli: the PTR records of the public address, when the API has them.
      const domains = await client.call('Virtual_Guest', 'getReverseDomainRecords', { id }).catch(() => []);
      for (const domain of domains) {
        for (const record of domain.resourceRecords ?? []) table.addRow(['ptr', record.data]);
      }
    }
    return table;
  },
});

export default command;
