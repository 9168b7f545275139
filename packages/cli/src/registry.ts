import type { CommandSpec, GroupSpec } from './define-command';

/** One top-level word of `sl`: a command (`call-api`) or a group of commands (`dns`). */
export interface RegistryEntry {
  name: string;
  description: string;
  /** A short name slcli also accepts (`sg` for `securitygroup`). */
  alias?: string;
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
  { name: 'config', description: 'CLI configuration.', load: () => import('./commands/config/index') },
  { name: 'dns', description: 'Domain Name System.', load: () => import('./commands/dns/index') },
  { name: 'event-log', description: 'Event Logs.', load: () => import('./commands/event-log/index') },
  { name: 'globalip', description: 'Global IP addresses.', load: () => import('./commands/globalip/index') },
  { name: 'image', description: 'Compute images.', load: () => import('./commands/image/index') },
  {
    name: 'loadbal',
    alias: 'lb',
    description: 'Load Balancers.',
    load: () => import('./commands/loadbal/index'),
  },
  {
    name: 'search',
    description: 'Perform a query against the SoftLayer search database.',
    load: () => import('./commands/search'),
  },
  {
    name: 'securitygroup',
    alias: 'sg',
    description: 'Network security groups.',
    load: () => import('./commands/securitygroup/index'),
  },
  { name: 'setup', description: 'Setup the CLI config file.', load: () => import('./commands/config/setup') },
  { name: 'sshkey', description: 'SSH Keys.', load: () => import('./commands/sshkey/index') },
  { name: 'subnet', description: 'Network subnets.', load: () => import('./commands/subnet/index') },
  { name: 'summary', description: 'Account summary.', load: () => import('./commands/summary') },
  { name: 'tags', description: 'Manage Tags.', load: () => import('./commands/tags/index') },
  { name: 'ticket', description: 'Support tickets.', load: () => import('./commands/ticket/index') },
  { name: 'vlan', description: 'Network VLANs.', load: () => import('./commands/vlan/index') },
];

export function isGroup(spec: CommandSpec | GroupSpec): spec is GroupSpec {
  return 'commands' in spec;
}
