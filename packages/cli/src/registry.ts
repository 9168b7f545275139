import type { CommandSpec, GroupSpec } from './define-command';

/** One top-level word of `sl`: a command (`call-api`) or a group of commands (`dns`). */
export interface RegistryEntry {
  name: string;
  description: string;
  /** Other words for it (`vs` and `vm` for `virtual`), as slcli's aliases. */
  aliases?: readonly string[];
  /** Imported only when this word is on the command line. */
  load: () => Promise<{ default: CommandSpec | GroupSpec }>;
}

/**
 * Every top-level command and group. Adding a group is one line here plus its folder `commands/<group>/`
 * (one file per command and an `index.ts` listing them): see the README, "Adding a command group".
 */
export const REGISTRY: readonly RegistryEntry[] = [
  {
    name: 'call-api',
    description: 'Call arbitrary API endpoints.',
    load: () => import('./commands/call-api'),
  },
  { name: 'account', description: 'Account information.', load: () => import('./commands/account/index') },
  { name: 'autoscale', description: 'Autoscale', load: () => import('./commands/autoscale/index') },
  { name: 'block', description: 'Block Storage.', load: () => import('./commands/block/index') },
  { name: 'cdn', description: 'Content Delivery Network.', load: () => import('./commands/cdn/index') },
  { name: 'report', description: 'Reports.', load: () => import('./commands/report/index') },
  { name: 'ssl', description: 'SSL Certificates.', load: () => import('./commands/ssl/index') },
  { name: 'config', description: 'CLI configuration.', load: () => import('./commands/config/index') },
  { name: 'dns', description: 'Domain Name System.', load: () => import('./commands/dns/index') },
  { name: 'email', description: 'Email Delivery Network.', load: () => import('./commands/email/index') },
  { name: 'event-log', description: 'Event Logs.', load: () => import('./commands/event-log/index') },
  { name: 'file', description: 'File Storage.', load: () => import('./commands/file/index') },
  {
    name: 'dedicatedhost',
    aliases: ['dh'],
    description: 'Dedicated Host.',
    load: () => import('./commands/dedicatedhost/index'),
  },
  {
    name: 'hardware',
    aliases: ['hw', 'server'],
    description: 'Hardware servers.',
    load: () => import('./commands/hardware/index'),
  },
  { name: 'globalip', description: 'Global IP addresses.', load: () => import('./commands/globalip/index') },
  { name: 'firewall', description: 'Firewalls.', load: () => import('./commands/firewall/index') },
  { name: 'ipsec', description: 'IPSEC VPN', load: () => import('./commands/ipsec/index') },
  {
    name: 'object-storage',
    description: 'Object Storage.',
    load: () => import('./commands/object-storage/index'),
  },
  { name: 'image', description: 'Compute images.', load: () => import('./commands/image/index') },
  {
    name: 'loadbal',
    aliases: ['lb'],
    description: 'Load Balancers.',
    load: () => import('./commands/loadbal/index'),
  },
  {
    name: 'order',
    description: 'View and order from the catalog.',
    load: () => import('./commands/order/index'),
  },
  {
    name: 'search',
    description: 'Perform a query against the SoftLayer search database.',
    load: () => import('./commands/search'),
  },
  {
    name: 'securitygroup',
    aliases: ['sg'],
    description: 'Network security groups.',
    load: () => import('./commands/securitygroup/index'),
  },
  { name: 'setup', description: 'Setup the CLI config file.', load: () => import('./commands/config/setup') },
  { name: 'sshkey', description: 'SSH Keys.', load: () => import('./commands/sshkey/index') },
  { name: 'subnet', description: 'Network subnets.', load: () => import('./commands/subnet/index') },
  { name: 'summary', description: 'Account summary.', load: () => import('./commands/summary') },
  {
    name: 'virtual',
    aliases: ['vs', 'vm'],
    description: 'Virtual Servers.',
    load: () => import('./commands/virtual/index'),
  },
  { name: 'ticket', description: 'Support tickets.', load: () => import('./commands/ticket/index') },
  { name: 'user', description: 'Manage Users.', load: () => import('./commands/user/index') },
  { name: 'tags', description: 'Manage Tags.', load: () => import('./commands/tags/index') },
  { name: 'vlan', description: 'Network VLANs.', load: () => import('./commands/vlan/index') },
  { name: 'licenses', description: 'VMware licenses.', load: () => import('./commands/licenses/index') },
  {
    name: 'metadata',
    aliases: ['meta', 'my'],
    description: 'Find details about this machine.',
    load: () => import('./commands/metadata'),
  },
  { name: 'nas', description: 'Network Attached Storage.', load: () => import('./commands/nas/index') },
];

/** Whether `word` names `entry` (its name or one of its aliases). */
export function namesEntry(entry: RegistryEntry, word: string | undefined): boolean {
  return word !== undefined && (entry.name === word || (entry.aliases ?? []).includes(word));
}

export function isGroup(spec: CommandSpec | GroupSpec): spec is GroupSpec {
  return 'commands' in spec;
}
