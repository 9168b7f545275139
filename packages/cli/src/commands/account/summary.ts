import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable } from '../../output/table';
import { lookup } from '../lookup';

const COUNTS: ReadonlyArray<[string, string]> = [
  ['Image Templates', 'blockDeviceTemplateGroupCount'],
  ['Dedicated Hosts', 'dedicatedHostCount'],
  ['Hardware', 'hardwareCount'],
  ['Virtual Guests', 'virtualGuestCount'],
  ['Domains', 'domainCount'],
  ['Network Storage Volumes', 'networkStorageCount'],
  ['Open Tickets', 'openTicketCount'],
  ['Network Vlans', 'networkVlanCount'],
  ['Subnets', 'subnetCount'],
  ['Users', 'userCount'],
];

const command: CommandSpec = defineCommand({
  name: 'summary',
  description: 'Prints some various bits of information about an account',
  async run(context) {
    const account = (await (await context.manager('AccountManager')).getSummary()) as Record<string, unknown>;
    const table = new KeyValueTable(['Name', 'Value'], { title: 'Account Snapshot' });
    table.addRow(['Company Name', account.companyName ?? '-']);
    table.addRow(['Balance', lookup(account, 'pendingInvoice', 'startingBalance')]);
    table.addRow(['Upcoming Invoice', lookup(account, 'pendingInvoice', 'invoiceTotalAmount')]);
    for (const [name, key] of COUNTS) table.addRow([name, account[key] ?? '-']);
    return table;
  },
});

export default command;
