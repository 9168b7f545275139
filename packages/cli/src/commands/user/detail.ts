import { type CommandSpec, defineCommand } from '../../define-command';
import { KeyValueTable, Table } from '../../output/table';
import { printEach } from '../account/print-each';
import { formatPython } from '../account/python-helpers';
import { resolveUser } from './resolve-user';

type Row = Record<string, unknown>;
const USER_MASK =
  'userStatus[name], parent[id, username], apiAuthenticationKeys[authenticationKey], unsuccessfulLogins, successfulLogins';

function basicInfo(user: Row, keys: boolean): KeyValueTable {
  const table = new KeyValueTable(['Title', 'Basic Information']);
  const get = (key: string, fallback?: unknown): unknown => (key in user ? user[key] : fallback);
  table.addRow(['Id', get('id', '-')]);
  table.addRow(['Username', get('username', '-')]);
  if (keys) {
    for (const key of (user.apiAuthenticationKeys as Row[] | undefined) ?? []) {
      table.addRow(['APIKEY', key.authenticationKey]);
    }
  }
  table.addRow(['Name', `${formatPython(get('firstName', '-'))} ${formatPython(get('lastName', '-'))}`]);
  table.addRow(['Email', user.email]);
  table.addRow(['OpenID', user.openIdConnectUserName]);
  const address = ['address1', 'address2', 'city', 'state', 'country', 'postalCode'];
  table.addRow(['Address', address.map((key) => formatPython(user[key])).join(' ')]);
  table.addRow(['Company', user.companyName]);
  table.addRow(['Created', user.createDate]);
  table.addRow(['Phone Number', user.officePhone]);
  if (user.parentId) table.addRow(['Parent User', (user.parent as Row | undefined)?.username]);
  table.addRow(['Status', (user.userStatus as Row | undefined)?.name]);
  table.addRow(['SSL VPN', get('sslVpnAllowedFlag', 'No')]);
  const failed = (user.unsuccessfulLogins as Row[] | undefined)?.[0];
  if (failed)
    table.addRow([
      'Last Failed Login',
      `${formatPython(failed.createDate)} From: ${formatPython(failed.ipAddress)}`,
    ]);
  const last = (user.successfulLogins as Row[] | undefined)?.[0];
  if (last)
    table.addRow(['Last Login', `${formatPython(last.createDate)} From: ${formatPython(last.ipAddress)}`]);
  return table;
}

function accessTable(hosts: readonly Row[], title: string): Table {
  const table = new Table(['id', 'hostname', 'Primary Public IP', 'Primary Private IP', 'Created'], {
    title,
  });
  for (const host of hosts) {
    table.addRow([
      host.id,
      host.fullyQualifiedDomainName ?? '-',
      host.primaryIpAddress,
      host.primaryBackendIpAddress,
      host.provisionDate,
    ]);
  }
  return table;
}

const command: CommandSpec = defineCommand({
  name: 'detail',
  description: 'User details.',
  arguments: [{ name: 'identifier' }],
  options: [
    { flags: '-k, --keys', description: 'Show the users API key.', default: false },
    {
      flags: '-p, --permissions',
      description: 'Display permissions assigned to this user. Master users will show no permissions',
      default: false,
    },
    { flags: '-h, --hardware', description: 'Display hardware this user has access to.', default: false },
    {
      flags: '-v, --virtual',
      description: 'Display virtual guests this user has access to.',
      default: false,
    },
    {
      flags: '-l, --logins',
      description: 'Show login history of this user for the last 30 days',
      default: false,
    },
    { flags: '-e, --events', description: 'Show event log for this user.', default: false },
  ],
  async run(context, { args, options }) {
    const manager = await context.manager('UserManager');
    const id = await resolveUser(manager, args.identifier);
    const user = (await manager.getUser(id, { mask: USER_MASK })) as Row;
    const outputs: unknown[] = [basicInfo(user, options.keys === true)];
    if (options.permissions === true) {
      const table = new Table(['keyName', 'Description']);
      for (const permission of await manager.getUserPermissions(id))
        table.addRow([permission.keyName, permission.name]);
      outputs.push(table);
    }
    if (options.hardware === true) {
      const access = (await manager.getUser(id, { mask: 'id, hardware, dedicatedHosts' })) as Row;
      const dedicated = new Table(['id', 'Name', 'Cpus', 'Memory', 'Disk', 'Created'], {
        title: 'Dedicated Access',
      });
      for (const host of (access.dedicatedHosts as Row[] | undefined) ?? []) {
        dedicated.addRow([
          host.id,
          host.name,
          host.cpuCount,
          host.memoryCapacity,
          host.diskCapacity,
          host.createDate,
        ]);
      }
      outputs.push(dedicated, accessTable((access.hardware as Row[] | undefined) ?? [], 'Hardware'));
    }
    if (options.virtual === true) {
      const access = (await manager.getUser(id, { mask: 'id, virtualGuests' })) as Row;
      outputs.push(accessTable((access.virtualGuests as Row[] | undefined) ?? [], 'Virtual Guests'));
    }
    if (options.logins === true) {
      const table = new Table(['Date', 'IP Address', 'Successufl Login?']);
      for (const login of await manager.getLogins(id))
        table.addRow([login.createDate, login.ipAddress, login.successFlag]);
      outputs.push(table);
    }
    if (options.events === true) {
      const table = new Table(['Date', 'Type', 'IP Address', 'label', 'username']);
      for (const event of await manager.getEvents(id)) {
        table.addRow([event.eventCreateDate, event.eventName, event.ipAddress, event.label, event.username]);
      }
      outputs.push(table);
    }
    printEach(context, outputs);
  },
});

export default command;
